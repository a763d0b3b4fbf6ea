/// An actor named in text: tokens `[start, end)` and the actor entries its phrase may
/// denote (resolved by country and date when the event is known).
public struct ActorMention: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var actors: [Int]

    /// The entry that fits an event in `country` on `day`: matching country first,
    /// then validity dates; nil when none fits.
    public func resolve(_ lexicon: Lexicon, country: String, day: CalendarDay?) -> ActorEntry? {
        let entries = actors.map { lexicon.actors[$0] }
        let fitting = entries.filter { ($0.country == nil || $0.country == country) && $0.isValid(on: day) }
        if let e = fitting.first(where: { $0.country == country }) ?? fitting.first { return e }
        return nil
    }
}
