/// A trigger phrase's class (see type_rules.tsv) and weight. Weight 0 marks a modifier.
public struct TriggerEntry: Sendable, Equatable {
    public var phrase: String
    public var triggerClass: String
    public var weight: Double
    public var isModifier: Bool { weight == 0 }
}
