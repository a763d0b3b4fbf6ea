/// Everything the extractor knows, built from data files: the lexicon and the gazetteer.
public struct Knowledge: Sendable {
    public let lexicon: Lexicon
    public let gazetteer: Gazetteer
    /// News outlets and their home cities (a home-city dateline never places an event).
    public let outlets: OutletDirectory

    public init(lexicon: Lexicon, gazetteer: Gazetteer, outlets: OutletDirectory = .empty) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.outlets = outlets
    }

    /// "actors.tsv 2026.11.1, …, gazetteer 2026.11.1": recorded with every coded event.
    public var versionSummary: String {
        let lex = lexicon.versions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return (lex + ["gazetteer=\(gazetteer.version)", "outlets=\(outlets.version)"]).joined(separator: " ")
    }
}
