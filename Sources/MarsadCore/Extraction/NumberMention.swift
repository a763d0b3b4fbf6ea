/// A quantity in text: tokens `[start, end)` (including a quantifier such as "at
/// least"), its value and bound, and — when it counts people joined by "and" ("two
/// soldiers and an interpreter") — the summed count and where the phrase ends.
public struct NumberMention: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var value: Int
    public var bound: LexEntry.Bound?
    public var vague: Bool
    /// Token just past the counted noun phrase(s), when a person noun follows.
    public var phraseEnd: Int?
    /// The sum over conjoined person counts ("two soldiers and an interpreter" = 3).
    public var personTotal: Int?
}
