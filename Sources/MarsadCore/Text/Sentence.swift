/// A sentence as a half-open range of token indices.
public struct Sentence: Sendable, Equatable {
    public var tokens: Range<Int>
    public init(tokens: Range<Int>) { self.tokens = tokens }
}
