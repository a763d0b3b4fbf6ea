/// Which sub-event types one incident can be mentioned as, and how the incident is coded
/// then (incidents.tsv). Pure data; read by `IncidentGrouper`.
public struct IncidentRules: Sendable {
    public enum Outcome: Sendable, Equatable {
        case subType(String)
        /// Armed clash when the target is armed, else Attack.
        case byTarget
    }

    private var pairs: [String: Outcome] = [:]
    public let version: String

    /// No co-occurrences: only mentions with the same sub-event type merge.
    public static let none = IncidentRules(version: "")

    init(version: String) { self.version = version }

    public init(text: String, taxonomy: Set<String>) throws {
        let file = try DataFile(name: "incidents.tsv", text: text, minimumColumns: 3)
        var rules = IncidentRules(version: file.version)
        let subTypes = Set(taxonomy.map { $0.split(separator: "|").last.map(String.init) ?? $0 })
        for row in file.rows {
            for name in [row[0], row[1]] + (row[2] == "target" ? [] : [row[2]]) where !subTypes.contains(name) {
                throw KnowledgeError.unknownName(file: "incidents.tsv", line: row.line, name: name, expected: "sub-event type")
            }
            let outcome: Outcome = row[2] == "target" ? .byTarget : .subType(row[2])
            rules.pairs[Self.key(row[0], row[1])] = outcome
        }
        self = rules
    }

    static func key(_ a: String, _ b: String) -> String { a < b ? a + "|" + b : b + "|" + a }

    /// Can mentions of these two sub-event types be one incident?
    public func cooccur(_ a: String, _ b: String) -> Bool { a == b || pairs[Self.key(a, b)] != nil }

    /// How an incident mentioned as both is coded (nil when they cannot be one incident).
    public func outcome(_ a: String, _ b: String) -> Outcome? {
        a == b ? .subType(a) : pairs[Self.key(a, b)]
    }
}
