/// Which sub-event types one incident can be mentioned as, and how the incident is coded
/// then (incidents.tsv). Pure data; read by `IncidentGrouper`.
public struct IncidentRules: Sendable {
    public enum Outcome: Sendable, Equatable {
        case subType(String)
        /// Armed clash when the target is armed, else Attack.
        case byTarget
    }

    private var pairs: [String: Outcome] = [:]
    private var lines: [String: Int] = [:]
    /// Event type of each sub-event type (from the taxonomy).
    private var typeOf: [String: String] = [:]
    public let version: String

    /// No co-occurrences: only mentions with the same sub-event type merge.
    public static let none = IncidentRules(version: "")

    init(version: String) { self.version = version }

    public init(text: String, taxonomy: Set<String>) throws {
        let file = try DataFile(name: "incidents.tsv", text: text, minimumColumns: 3)
        var rules = IncidentRules(version: file.version)
        for pair in taxonomy {
            let parts = pair.split(separator: "|").map(String.init)
            if parts.count == 2 { rules.typeOf[parts[1]] = parts[0] }
        }
        let subTypes = Set(rules.typeOf.keys)
        for row in file.rows {
            for name in [row[0], row[1]] + (row[2] == "target" ? [] : [row[2]]) where !subTypes.contains(name) {
                throw KnowledgeError.unknownName(file: "incidents.tsv", line: row.line, name: name, expected: "sub-event type")
            }
            let outcome: Outcome = row[2] == "target" ? .byTarget : .subType(row[2])
            rules.pairs[Self.key(row[0], row[1])] = outcome
            rules.lines[Self.key(row[0], row[1])] = row.line
        }
        self = rules
    }

    static func key(_ a: String, _ b: String) -> String { a < b ? a + "|" + b : b + "|" + a }

    /// Can mentions of these two sub-event types be one incident?
    public func cooccur(_ a: String, _ b: String) -> Bool { a == b || pairs[Self.key(a, b)] != nil }

    /// The type rule an incident coded by an outcome carries ("incidents.tsv:14 A + B → C").
    public func rule(_ a: String, _ b: String, codedAs sub: String) -> TypeRule? {
        guard let type = typeOf[sub] else { return nil }
        let line = lines[Self.key(a, b)] ?? 0
        return TypeRule(classes: [], actor1: .any, actor2: .any, eventType: type, subEventType: sub, line: line,
                        source: "incidents.tsv:\(line) \(a) + \(b) → \(sub)")
    }

    /// How an incident mentioned as both is coded (nil when they cannot be one incident).
    public func outcome(_ a: String, _ b: String) -> Outcome? {
        a == b ? .subType(a) : pairs[Self.key(a, b)]
    }
}
