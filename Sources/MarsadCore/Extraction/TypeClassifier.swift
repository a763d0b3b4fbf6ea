/// Applies type_rules.tsv: the first rule whose trigger classes are all present and whose
/// actor kinds fit decides the event type and sub-type.
public struct TypeClassifier: Sendable {
    let rules: [TypeRule]

    public init(lexicon: Lexicon) { rules = lexicon.rules }

    public func classify(classes: Set<String>, actor1: ActorEntry.Kind?, actor2: ActorEntry.Kind?) -> TypeRule? {
        for rule in rules where rule.classes.allSatisfy(classes.contains) {
            if rule.actor1.accepts(actor1), rule.actor2.accepts(actor2) { return rule }
        }
        return nil
    }
}
