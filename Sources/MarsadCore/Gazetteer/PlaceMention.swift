/// A place name found in text: tokens `[start, end)`, its gazetteer candidates, and
/// the cues around it that make it a wider area.
public struct PlaceMention: Sendable, Equatable {
    public var start: Int
    public var end: Int
    /// Candidate indices into `Gazetteer.places`.
    public var candidates: [Int32]
    /// Candidates whose own spelling (not just the folded skeleton) matches the text.
    public var exact: Set<Int32>
}
