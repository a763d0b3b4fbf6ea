/// The extraction pipeline, four stages with their own types: (1) `Annotator` → the article's
/// `ArticleAnnotations` (places, dates, numbers, actors, cues); (2) `CandidateFinder` → typed,
/// filtered `EventCandidate`s (and claims); (3) `IncidentGrouper` → `ArticleIncident`s, one per
/// incident; (4) coding → `Event`s with evidence. Pure: an article in, events out.
public struct Extractor: Sendable {
    public let knowledge: Knowledge
    let classifier: TypeClassifier

    /// Trigger classes that say only that someone was hurt (from type_rules.tsv).
    let genericClasses: Set<String>

    /// The generic rioters actor, for a protest coded as a riot.
    let rioters: ActorEntry?
    /// The generic civilians and unidentified-armed-group actors ("… ({country})").
    let civilians: ActorEntry?
    let unidentified: ActorEntry?
    /// The event types that count as political violence (taxonomy.tsv's attack column).
    let attackTypes: Set<String>

    /// Trigger classes that a type rule codes together ("protest&arrest"): one event, not two.
    let combinations: [Set<String>]

    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
        classifier = TypeClassifier(lexicon: knowledge.lexicon)
        genericClasses = knowledge.lexicon.genericClasses
        rioters = knowledge.lexicon.actors.first { $0.kind == .protester && $0.canonical.hasPrefix("Rioters") }
        civilians = knowledge.lexicon.actors.first { $0.kind == .civilian }
        unidentified = knowledge.lexicon.actors.first { $0.kind == .unidentified }
        attackTypes = Set(knowledge.lexicon.attackTypes)
        combinations = knowledge.lexicon.rules.filter { $0.classes.count > 1 }.map { Set($0.classes) }
    }

    func combines(_ group: Set<String>, _ cls: String) -> Bool {
        combinations.contains { $0.contains(cls) && !$0.isDisjoint(with: group.subtracting([cls])) }
    }

    var lexicon: Lexicon { knowledge.lexicon }

    public func extract(_ article: Article, notes wantNotes: Bool = false) -> ExtractionResult {
        let doc = Document(article.text, lexicon: lexicon)
        var result = ExtractionResult()
        let triggers = doc.matches.filter { $0.category == .trigger }
        if triggers.isEmpty { return result }
        // 1. Annotation layers: places, dates, numbers, actors, cues.
        var annotator = Annotator(doc: doc, extractor: self, article: article, wantNotes: wantNotes)
        guard let layers = annotator.annotate(triggers) else {
            result.notes = annotator.notes
            return result
        }
        // 2. Event candidates (and claims).
        var finder = CandidateFinder(doc: doc, extractor: self, article: article, layers: layers, wantNotes: wantNotes)
        finder.notes = annotator.notes
        var candidates = finder.candidates(triggers)
        // 3. Incidents: the mentions of one incident become one; an act the lead denies is
        // denied wherever the article retells it.
        let grouper = IncidentGrouper(rules: knowledge.incidentRules, gazetteer: knowledge.gazetteer, rioterEntry: rioters)
        if !finder.deniedInLead.isEmpty {
            candidates.removeAll { c in
                guard finder.deniedInLead.contains(where: { grouper.compatible($0, c) }) else { return false }
                if wantNotes { finder.note("drop '\(finder.doc.surface(c.head.start, c.head.end))' in sentence \(c.sentence + 1): the lead denies it") }
                return true
            }
        }
        let incidents = grouper.group(candidates)
        // 4. Coding: one event per incident.
        result.events = finder.code(incidents)
        result.claims = finder.claims
        result.notes = finder.notes
        return result
    }
}

extension Extractor {
    /// The date an article's relative expressions resolve against (`ArticleAnchor`): its
    /// publication date, else its dateline or page timestamp, a date in its URL, or the latest
    /// full date in its text.
    public func anchorDate(for article: Article) -> CalendarDay? {
        if let p = article.published, let d = CalendarDay(iso: p) { return d }
        let doc = Document(article.text, lexicon: lexicon)
        return ArticleAnchor.find(article, resolver: DateResolver(doc: doc, lexicon: lexicon))?.day
    }

    /// The places named in a text, resolved in context, in text order (what `marsad geocode
    /// --text` and the CENTCOM evaluation use).
    public func resolvePlaces(_ text: String) -> [(mention: ResolvedPlace, place: Place, surface: String)] {
        let doc = Document(text, lexicon: lexicon)
        let mentions = knowledge.gazetteer.mentions(doc.text, doc.tokens)
        return PlaceResolver(doc: doc, lexicon: lexicon, gazetteer: knowledge.gazetteer).resolve(mentions).map {
            ($0, knowledge.gazetteer.places[Int($0.place)], doc.surface($0.start, $0.end))
        }
    }
}
