extension Extractor {
    /// Stage 2 of extraction: event candidates. Groups each sentence's triggers into clusters,
    /// fills each cluster's place, date, actors and fatalities from the annotation layers, types it
    /// with type_rules.tsv and drops what is not an event (negated, hedged, a statistic — kept as a
    /// claim —, history, abroad). Its coding helpers (`CandidateFinder+Coding.swift`) turn the incidents
    /// of stage 3 into events.
    struct CandidateFinder: CueReading {
        let doc: Document
        let extractor: Extractor
        let article: Article
        let wantNotes: Bool
        var lexicon: Lexicon { extractor.lexicon }
        var gazetteer: Gazetteer { extractor.knowledge.gazetteer }

        var claims: [Claim] = []
        var notes: [String] = []

        /// The annotation layers (stage 1), read-only here; each layer is also held directly, so the
        /// hot paths read a stored property rather than copy it out of `layers`.
        let layers: ArticleAnnotations
        let anchor: CalendarDay?
        let dates: [DateMention]
        let numbers: [NumberMention]
        let places: [ResolvedPlace]
        let actors: [ActorMention]
        let cueAt: TokenMap<(LexEntry.Cue, Int)>
        let cuesAt: TokenMap<UInt64>
        let cueEndingAt: TokenMap<[LexEntry.Cue]>
        let placeIndex: TokenIndex<ResolvedPlace>
        let dateIndex: TokenIndex<DateMention>
        let actorIndex: TokenIndex<ActorMention>
        let numberIndex: TokenIndex<NumberMention>
        let deathIndex: TokenIndex<(start: Int, end: Int)>
        let datelinePlace: ResolvedPlace?
        let mainPlace: ResolvedPlace?
        let abroadMentions: Int
        let mainCountry: String
        let unknownPlaces: [Range<Int>]

        /// Sentences that hold an event trigger of their own.
        var sentencesWithTriggers = Set<Int>()

        init(doc: Document, extractor: Extractor, article: Article, layers: ArticleAnnotations, wantNotes: Bool) {
            self.layers = layers
            anchor = layers.anchor
            dates = layers.dates
            numbers = layers.numbers
            places = layers.places
            actors = layers.actors
            cueAt = layers.cueAt
            cuesAt = layers.cuesAt
            cueEndingAt = layers.cueEndingAt
            placeIndex = layers.placeIndex
            dateIndex = layers.dateIndex
            actorIndex = layers.actorIndex
            numberIndex = layers.numberIndex
            deathIndex = layers.deathIndex
            datelinePlace = layers.datelinePlace
            mainPlace = layers.mainPlace
            abroadMentions = layers.abroadMentions
            mainCountry = layers.mainCountry
            unknownPlaces = layers.unknownPlaces
            self.doc = doc
            self.extractor = extractor
            self.article = article
            self.wantNotes = wantNotes
        }

        mutating func note(_ s: String) {
            notes.append(s)
        }

        /// Acts the headline or lead denies ("Security media denies an attack in Abu Ghraib"): the
        /// article's retellings of them are denied too (`Extractor.extract` drops them).
        private(set) var deniedInLead: [EventCandidate] = []
        static let leadSentences = 3
        static let deniedReason = "denied"

        /// The article's event candidates in text order (one per cluster, and one per place of a list).
        mutating func candidates(_ triggers: [LexMatch]) -> [EventCandidate] {
            var bySentence: [Int: [LexMatch]] = [:]
            var inPlace = [Bool](repeating: false, count: doc.tokens.count)
            for p in places { for k in p.start..<p.end { inPlace[k] = true } }
            for t in triggers {
                if isPartOfName(t) {
                    if wantNotes { let w = doc.surface(t.start, t.end); note("skip trigger '\(w)': part of a name") }
                    continue
                }
                if (t.start..<t.end).allSatisfy({ inPlace[$0] }) { continue }
                bySentence[Int(doc.sentenceOf[t.start]), default: []].append(t)
            }
            sentencesWithTriggers = Set(bySentence.keys)
            var candidates: [EventCandidate] = []
            for s in bySentence.keys.sorted() {
                let groups = cluster(bySentence[s]!, sentence: s)
                var sentenceActor1: (mention: ActorMention, entry: ActorEntry)? = nil
                var sentenceDate: DateMention? = nil
                for var g in groups {
                    assemble(&g, sentenceActor1: sentenceActor1, sentenceDate: sentenceDate)
                    if g.actor1 != nil, g.actor1!.mention.start < g.head.start { sentenceActor1 = sentenceActor1 ?? g.actor1 }
                    if g.dateSource == .clause, g.date?.forwardOnly != true { sentenceDate = sentenceDate ?? g.date }
                    if let reason = filter(g) {
                        if wantNotes { let w = doc.surface(g.head.start, g.head.end); note("drop '\(w)' in sentence \(s + 1): \(reason)") }
                        if reason == Self.deniedReason, s < Self.leadSentences { deniedInLead.append(g) }
                        continue
                    }
                    candidates.append(g)
                    // One event per place of a list; the toll stays with the place the text ties it to.
                    if g.placeSource == .clause, let p = g.place {
                        for q in coordinatedPlaces(p, region: g.region) {
                            var copy = g
                            copy.place = q
                            copy.fatalities = nil; copy.fatalityValue = 0; copy.fatalityLow = nil; copy.fatalityHigh = nil
                            if wantNotes { note("'\(doc.surface(g.head.start, g.head.end))' in sentence \(s + 1): one more event at '\(doc.surface(q.start, q.end))' (a list of places)") }
                            candidates.append(copy)
                        }
                    }
                }
            }
            return candidates
        }

        /// A capitalised trigger inside a run of capitalised words ("Operation Hawkeye Strike").
        func isPartOfName(_ t: LexMatch) -> Bool {
            let tok = doc.tokens[t.start]
            guard tok.flags.contains(.capitalized), !tok.flags.contains(.allCaps) else { return false }
            let s = doc.sentences[Int(doc.sentenceOf[t.start])]
            guard t.start > s.tokens.lowerBound else { return false }
            let prev = doc.tokens[t.start - 1]
            // Title-case headlines: every word capitalised → not a name.
            if s.tokens.count > 3 {
                let words = s.tokens.filter { doc.tokens[$0].kind == .word }
                let caps = words.filter { doc.tokens[$0].flags.contains(.capitalized) }.count
                if caps * 10 >= words.count * 8 { return false }
            }
            return prev.kind == .word && prev.flags.contains(.capitalized) && !prev.flags.contains(.allCaps)
        }

        func triggerEntry(_ m: LexMatch) -> TriggerEntry { lexicon.triggers[lexicon.entries[Int(m.entries[0])].value] }

        func isSeparator(_ i: Int) -> Bool {
            if doc.isPunct(i, 44) || doc.isPunct(i, 59) || doc.isPunct(i, 58) { return true }
            if has(i, .clause) || has(i, .conjunction) { return true }
            return false
        }

        /// Groups a sentence's triggers into event clusters and gives each its region.
        func cluster(_ triggers: [LexMatch], sentence s: Int) -> [EventCandidate] {
            var groups: [[LexMatch]] = []
            var modifiers: [LexMatch] = []
            for t in triggers {
                let e = triggerEntry(t)
                if e.isModifier { modifiers.append(t); continue }
                guard let last = groups.last?.last else { groups.append([t]); continue }
                let lastClass = triggerEntry(last).triggerClass
                let groupClasses = Set(groups[groups.count - 1].map { triggerEntry($0).triggerClass })
                let generic = extractor.genericClasses.contains(e.triggerClass)
                let gap = t.start - last.end
                let between = last.end..<t.start
                let comma = between.contains { doc.isPunct($0, 44) || doc.isPunct($0, 59) }
                let separated = between.contains { isSeparator($0) }
                if generic {
                    // "… an explosion at a mosque, which killed eight": a generic trigger joins
                    // the event before it unless a new clause with its own subject starts.
                    let newClause = between.contains { has($0, .clause) }
                    if !newClause { groups[groups.count - 1].append(t); continue }
                } else if groupClasses.contains(e.triggerClass), !separated {
                    groups[groups.count - 1].append(t); continue  // "a landmine … exploded"
                } else if extractor.combines(groupClasses, e.triggerClass) {
                    groups[groups.count - 1].append(t); continue  // "dispersed protesters and arrested", "rioters … set fire"
                } else if extractor.genericClasses.contains(lastClass), gap <= 12, !comma {
                    groups[groups.count - 1].append(t); continue  // "killed … when their car was struck by an air strike"
                }
                groups.append([t])
            }
            guard !groups.isEmpty else { return [] }
            let sent = doc.sentences[s].tokens
            var out: [EventCandidate] = []
            var regionStart = sent.lowerBound
            for (k, g) in groups.enumerated() {
                var regionEnd = sent.upperBound
                if k + 1 < groups.count {
                    let nextStart = groups[k + 1][0].start
                    regionEnd = nextStart
                    var j = nextStart - 1
                    while j >= g.last!.end { if isSeparator(j) { regionEnd = j; break }; j -= 1 }
                }
                var all = g
                for m in modifiers where m.start >= regionStart && m.start < regionEnd { all.append(m) }
                let head = g.max { a, b in
                    let ea = triggerEntry(a), eb = triggerEntry(b)
                    let sa = (extractor.genericClasses.contains(ea.triggerClass) ? 0 : 1, ea.weight)
                    let sb = (extractor.genericClasses.contains(eb.triggerClass) ? 0 : 1, eb.weight)
                    return sa < sb
                }!
                out.append(EventCandidate(sentence: s, triggers: all, head: head, headWeight: triggerEntry(head).weight,
                                          classes: Set(all.map { triggerEntry($0).triggerClass }),
                                          region: regionStart..<regionEnd))
                regionStart = regionEnd
            }
            return out
        }
    }
}
