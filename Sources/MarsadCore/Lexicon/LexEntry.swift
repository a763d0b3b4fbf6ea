/// What a dictionary phrase means. Phrases of every category share one trie, so the
/// text is walked once.
public struct LexEntry: Sendable, Equatable {
    public enum Category: UInt8, Sendable, CaseIterable {
        case actor, trigger, number, quantifier, date, cue
    }

    public enum Cue: String, Sendable, CaseIterable {
        case negation, denial, hedge, commentary, aggregate, countnoun, passive
        case passiveAux = "passive_aux"
        case target, death, wound, person, locative, area, direction, pronoun
        case attribution, claim, affiliation, clause, conjunction, timeprep, placeintro
        case filler, antiprefix, adminunit, victimfollows, speaker, sourcefollows, timestamp, period, settlement, stretch, armedtarget, namedplace, trend, compound, partitive, suspect
        /// A preposition fused to the front of a word ("ب" in "بتركيا"): not matched as a word,
        /// kept as `Lexicon.locativePrefixes`.
        case locativePrefix = "locative_prefix"

        /// A bit per cue, for cheap sets of cues: the case's position in the declaration. Measured hot
        /// path (every cue test of extraction): a payload-free enum is stored as its case index,
        /// read directly instead of hashing the case in a dictionary. `KnowledgeTests` checks that
        /// the bits are distinct and follow `allCases`.
        public var bit: UInt64 { UInt64(1) << UInt64(unsafeBitCast(self, to: UInt8.self)) }
    }

    public enum NumberKind: String, Sendable { case unit, tens, multiplier, vague, article }
    public enum Bound: String, Sendable { case low, high, approx }
    public enum DateKind: String, Sendable {
        case month, weekday
        case agoDay = "ago-day", agoWeek = "ago-week", agoMonth = "ago-month", agoYear = "ago-year"
        /// "comes a week after": the events named after the phrase happened this many days
        /// before the article's day; the events before it are not dated by it.
        case daysBefore = "days-before"
        case previous
        case ordinalSuffix = "ordinal-suffix"
        case dayOrdinal = "day-ordinal"
        case dayOf = "day-of"
    }

    public var category: Category
    /// actor: index into `Lexicon.actors`; trigger: index into `Lexicon.triggers`;
    /// number: value; date: value.
    public var value: Int
    public var cue: Cue? = nil
    public var numberKind: NumberKind? = nil
    public var bound: Bound? = nil
    public var dateKind: DateKind? = nil
    /// The phrase must appear in capitals (short all-caps aliases such as US, IS).
    public var requiresCaps = false
    /// The phrase must start with a capital letter (month and weekday names).
    public var requiresCapital = false
}
