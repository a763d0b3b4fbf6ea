/// An event being assembled from one trigger cluster, before type rules, filters and
/// the within-article merge. Internal to extraction; becomes an `Event`.
struct EventCandidate {
    enum PlaceSource: String {
        /// In the event's clause, its sentence, the next sentence when that one only goes on to
        /// say where ("He was travelling near X"), the dateline, or the article's main place.
        case clause, sentence, following, dateline, article

        /// Named with the event itself (not a fallback for the whole article).
        var isLocal: Bool { self == .clause || self == .sentence || self == .following }
    }
    enum DateSource: String { case clause, sentence, context, publication }

    var sentence: Int
    var triggers: [LexMatch]
    var head: LexMatch
    var headWeight: Double
    var classes: Set<String>
    var region: Range<Int>

    var actor1: (mention: ActorMention, entry: ActorEntry)?
    var actor2: (mention: ActorMention, entry: ActorEntry)?
    var place: ResolvedPlace?
    var placeSource: PlaceSource = .article
    var date: DateMention?
    var dateDay: CalendarDay?
    var datePrecision: DatePrecision = .day
    var dateSource: DateSource = .publication
    var fatalities: NumberMention?
    var fatalityValue = 0
    var fatalityLow: Int?
    var fatalityHigh: Int?
    var rule: TypeRule?
    var confidence = 0.0
    /// The target is armed though no actor names it ("a checkpoint", "a patrol", "عناصر الأمن").
    var armedTarget = false
    /// The triggers of the incident's other mentions (evidence), set by `IncidentGrouper`.
    var otherTriggers: [LexMatch] = []
}
