/// What extraction returns for one article: events, aggregate claims, and — when
/// asked — notes on every candidate that was dropped and why.
public struct ExtractionResult: Sendable {
    public var events: [Event]
    public var claims: [Claim]
    public var notes: [String]

    public init(events: [Event] = [], claims: [Claim] = [], notes: [String] = []) {
        self.events = events
        self.claims = claims
        self.notes = notes
    }
}
