/// The event types and sub-types filters are checked against (from the lexicon's taxonomy).
public struct Taxonomy: Sendable {
    public var types: [String]
    public var subTypes: [String]
    /// The types that count as attacks (the dashboard's urban/rural/desert chart).
    public var attackTypes: [String]

    /// - Parameter pairs: (event type, sub-event type)
    public init(_ pairs: [(String, String)], attackTypes: [String] = []) {
        self.attackTypes = attackTypes
        var t: [String] = [], s: [String] = []
        for (a, b) in pairs {
            if !t.contains(a) { t.append(a) }
            if !s.contains(b) { s.append(b) }
        }
        types = t
        subTypes = s
    }
}
