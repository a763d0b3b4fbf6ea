/// A place mention with its chosen gazetteer entry and the precision it gives an event.
public struct ResolvedPlace: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var place: Int32
    public var geoPrecision: Int
    /// Named as a wider area ("eastern Deir ez-Zor", "the outskirts of Palmyra", "Tabni region").
    public var isArea: Bool
    /// Why this candidate won (for --explain).
    public var reason: String
}
