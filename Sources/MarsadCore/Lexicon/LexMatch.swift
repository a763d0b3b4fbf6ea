/// A dictionary match: tokens `[start, end)` and the entries (all of one category)
/// of the phrase that matched.
public struct LexMatch: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var category: LexEntry.Category
    public var entries: [Int32]
}
