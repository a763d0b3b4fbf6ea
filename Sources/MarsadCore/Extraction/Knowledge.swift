/// Everything the extractor knows, built from data files: the lexicon and the gazetteer.
public struct Knowledge: Sendable {
    public let lexicon: Lexicon
    public let gazetteer: Gazetteer
    /// News outlets and their home cities (a home-city dateline never places an event).
    public let outlets: OutletDirectory
    /// Which event types one incident can be mentioned as (incidents.tsv).
    public let incidentRules: IncidentRules

    public init(lexicon: Lexicon, gazetteer: Gazetteer, outlets: OutletDirectory = .empty, incidentRules: IncidentRules = .none) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self.outlets = outlets
        self.incidentRules = incidentRules
    }

    /// "actors.tsv 2026.11.1, …, gazetteer 2026.11.1": recorded with every coded event.
    public var versionSummary: String {
        let lex = lexicon.versions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return (lex + ["gazetteer=\(gazetteer.version)", "outlets=\(outlets.version)", "incidents=\(incidentRules.version)"]).joined(separator: " ")
    }
}
