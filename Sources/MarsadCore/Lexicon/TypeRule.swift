/// One row of type_rules.tsv: trigger classes and actor kinds → ACLED type.
public struct TypeRule: Sendable, Equatable {
    /// An actor-kind pattern: any, none, armed, or a set of kinds.
    public enum KindPattern: Sendable, Equatable {
        case any, none, armed
        case kinds(Set<String>)

        init(_ text: String) {
            switch text {
            case "*", "": self = .any
            case "none": self = .none
            case "armed": self = .armed
            default: self = .kinds(Set(text.split(separator: "|").map(String.init)))
            }
        }

        func accepts(_ kind: ActorEntry.Kind?) -> Bool {
            switch self {
            case .any: return true
            case .none: return kind == nil
            case .armed: return kind?.isArmed ?? false
            case .kinds(let set):
                guard let kind else { return false }
                return set.contains(kind.rawValue)
            }
        }
    }

    public var classes: [String]
    public var actor1: KindPattern
    public var actor2: KindPattern
    public var eventType: String
    public var subEventType: String
    public var line: Int
    /// Where the type came from when not a type rule (an incidents.tsv outcome).
    public var source: String? = nil

    public var label: String { source ?? "type_rules.tsv:\(line) \(classes.joined(separator: "&")) → \(subEventType)" }
}
