/// A trigger phrase's class (see type_rules.tsv) and weight. Weight 0 marks a modifier.
public struct TriggerEntry: Sendable, Equatable {
    /// Where the trigger's actors stand. svo: initiator before, target after (English
    /// verbs). vso: a verb that comes first; the first actor after it is the initiator when
    /// none precedes (Arabic "قتل مسلحون مدنيا"). nominal: a noun of the event whose
    /// following actor is its victim ("مقتل ثلاثة عناصر", "the killing of …").
    public enum Order: String, Sendable { case svo, vso, nominal }

    public var phrase: String
    public var triggerClass: String
    public var weight: Double
    public var order: Order = .svo
    public var isModifier: Bool { weight == 0 }
}
