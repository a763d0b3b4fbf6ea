/// Stage 1 of extraction: the annotation layers of an article (`ArticleAnnotations`). Reads the
/// document and its dictionary matches; resolves place mentions in context and keeps only those
/// that are places (not part of a name, an adjective like "UK-based", or an outlet's home-city
/// dateline); resolves dates against the article's anchor; reads numbers, actors and cues; finds
/// the dateline, the article's main place and country, and the settlements the gazetteer lacks.
struct Annotator: CueReading {
    let doc: Document
    let extractor: Extractor
    let article: Article
    let wantNotes: Bool
    /// Why mentions were dropped (for --explain).
    private(set) var notes: [String] = []
    var lexicon: Lexicon { extractor.lexicon }
    var gazetteer: Gazetteer { extractor.knowledge.gazetteer }

    /// The layers being built; `annotate` hands them over.
    private(set) var layers: ArticleAnnotations
    var cueAt: TokenMap<(LexEntry.Cue, Int)> { layers.cueAt }
    var cuesAt: TokenMap<UInt64> { layers.cuesAt }
    var cueEndingAt: TokenMap<[LexEntry.Cue]> { layers.cueEndingAt }
    var mentionKinds: [Int: Set<Place.Kind>] = [:]
    var mentionExact: [Int: Bool] = [:]
    var mentionMajor: [Int: Bool] = [:]

    init(doc: Document, extractor: Extractor, article: Article, wantNotes: Bool) {
        self.doc = doc
        self.extractor = extractor
        self.article = article
        self.wantNotes = wantNotes
        layers = ArticleAnnotations(doc: doc)
    }

    mutating func note(_ s: String) { notes.append(s) }

    /// The layers, or nil when the article names no place in Syria or Iraq (an event needs one).
    mutating func annotate(_ triggers: [LexMatch]) -> ArticleAnnotations? {
        guard preparePlaces(triggers) else {
            if wantNotes { note("no place in Syria or Iraq is named: no events") }
            return nil
        }
        prepare()
        return layers
    }

    /// Finds and resolves layers.places; false when the article names none in Syria or Iraq (then
    /// nothing else needs to be done: an event needs a place in coverage).
    private mutating func preparePlaces(_ triggers: [LexMatch]) -> Bool {
        // Places are looked for where they can matter: the opening (headline, dateline), the
        // sentences with triggers and the one before each.
        var wanted = Set<Int>([0, 1, 2])
        for t in triggers {
            let s = Int(doc.sentenceOf[t.start])
            wanted.insert(s); if s > 0 { wanted.insert(s - 1) }
        }
        let ranges = wanted.sorted().filter { $0 < doc.sentences.count }.map { doc.sentences[$0].tokens }
        let mentions = gazetteer.mentions(doc.text, doc.tokens, within: ranges)
        guard mentions.contains(where: { m in m.candidates.contains { gazetteer.places[Int($0)].isInCoverage } }) else { return false }
        for m in mentions {
            mentionKinds[m.start] = Set(m.candidates.map { gazetteer.places[Int($0)].kind })
            mentionExact[m.start] = !m.exact.isEmpty
            mentionMajor[m.start] = m.candidates.contains { c in
                let p = gazetteer.places[Int(c)]
                return p.kind == .governorate || p.kind == .country || p.kind == .foreign || p.population >= 100_000
            }
        }
        // Actors tied to one country ("Iraqi army", "SDF") are evidence of the article's country.
        var hints: [String: Int] = [:]
        for m in doc.matches where m.category == .actor {
            let countries = Set(m.entries.map { lexicon.actors[lexicon.entries[Int($0)].value].country })
            if countries.count == 1, let c = countries.first!, !c.isEmpty { hints[c, default: 0] += 2 }
        }
        layers.places = PlaceResolver(doc: doc, lexicon: lexicon, gazetteer: gazetteer).resolve(mentions, countryHints: hints)
        return true
    }

    private mutating func prepare() {
        let resolver = DateResolver(doc: doc, lexicon: lexicon)
        layers.anchor = ArticleAnchor.find(article, resolver: resolver)?.day
        layers.dates = resolver.mentions(anchor: layers.anchor)
        layers.numbers = NumberReader(doc: doc, lexicon: lexicon).mentions(excluding: layers.dates.map { $0.start..<$0.end })
        for m in doc.matches {
            switch m.category {
            case .actor:
                layers.actors.append(ActorMention(start: m.start, end: m.end, actors: m.entries.map { lexicon.entries[Int($0)].value }))
            case .cue:
                let cs = m.entries.compactMap { lexicon.entries[Int($0)].cue }
                if let c = cs.first {
                    layers.cueAt[m.start] = (c, m.end)
                    layers.cuesAt[m.start] = cs.reduce(0) { $0 | $1.bit }
                    layers.cueEndingAt[m.end, default: []].append(contentsOf: cs)
                }
            default: break
            }
        }
        // A name that is also an actor or another dictionary word ("Turkey", "Moscow", "Sarin")
        // is that, unless it follows a locative preposition ("in Turkey").
        let n = doc.tokens.count
        var lexical = [Bool](repeating: false, count: n)
        var matchedAt = [Bool](repeating: false, count: n)
        for m in doc.matches {
            for k in m.start..<m.end {
                matchedAt[k] = true
                if m.category != .cue || m.end - m.start > 1 { lexical[k] = true }
            }
        }
        let withPreposition = Set(layers.places.filter { hasLocativeClitic($0) }.map(\.start))
        layers.places.removeAll { p in
            (p.start..<p.end).contains(where: { lexical[$0] })
                && !(p.start > 0 && [.locative, .placeintro].contains(layers.cueAt[p.start - 1]?.0))
                && !withPreposition.contains(p.start)
        }
        // "UK-based", "Iran-backed", "US-led": a place in an adjective is not a location.
        let adjectives = Set(layers.places.filter { p in
            p.end < n && doc.tokens[p.end].flags.contains(.hyphenBefore) && has(p.end, .compound)
        }.map(\.start))
        layers.places.removeAll { adjectives.contains($0.start) }
        // A place name inside a longer proper name ("President Ahmad Al Shara") is not a place.
        let placeEnds = Set(layers.places.map(\.end))
        let gaz = gazetteer
        layers.places.removeAll { p in
            guard p.start > 0 else { return false }
            let prev = p.start - 1
            let t = doc.tokens[prev]
            guard t.kind == .word, t.flags.contains(.capitalized), !t.flags.contains(.allCaps) else { return false }
            if doc.sentences[Int(doc.sentenceOf[prev])].tokens.lowerBound == prev { return false }
            // "Syrias Deir Ezzor", "President Ahmad Al Shara": a common or national word before a
            // name does not make it a person's name.
            if gaz.isStopWord(doc.word(prev)) { return false }
            return !matchedAt[prev] && !placeEnds.contains(p.start)
        }
        // A one-word village name needs a place context ("in", "near", "village of", "… countryside",
        // a list of layers.places): villages are named after everyday words and people.
        var kept: [ResolvedPlace] = []
        var keptAdmins = Set<String>()
        for p in layers.places {
            let words = between(p.start, p.end).filter { doc.tokens[$0].kind == .word }.count
            let allSmall = mentionKinds[p.start].map { $0.allSatisfy { $0 == .community || $0 == .subdistrict } } ?? false
            // A folded-only spelling ("Husky" ~ Hasakah) needs the same context as a village, and so
            // does any one-word Arabic name but a governorate or a large city: Arabic has no
            // capitals to tell "عنه" (about him) from ‘Anah.
            let folded = !(mentionExact[p.start] ?? false)
            let arabicCommon = doc.tokens[p.start].flags.contains(.arabic) && !(mentionMajor[p.start] ?? false)
            let ordinaryWord = words == 1 && gazetteer.needsContext(doc.word(p.start))
            // "في ذيبان" after "في بلدة البصيرة": an Arabic name after "in" counts when the article
            // has already placed something in the same governorate.
            let sameGovernorate = arabicCommon && words == 1 && precededBy(p.start, [.locative], floor: 0)
                && keptAdmins.contains(gazetteer.places[Int(p.place)].admin1)
            if words <= 2, allSmall || folded || (arabicCommon && words == 1) || ordinaryWord,
               !hasPlaceContext(p, previous: kept.last), !sameGovernorate {
                continue
            }
            kept.append(p)
            keptAdmins.insert(gazetteer.places[Int(p.place)].admin1)
        }
        layers.places = kept
        // An outlet's home city at the head of its report ("ERBIL (Kurdistan 24) –", a headline
        // line then "ERBIL, Kurdistan Region –", a page header "Erbil 7°C") is where the report
        // was filed or published: not a place of the events it reports.
        if let first = layers.places.first, doc.tokens[first.start].start < 400,
           let outlet = extractor.knowledge.outlets.outlet(source: article.source, url: article.url,
                                                             datelineNote: parenthesis(after: first.end)) {
            let heading = layers.places.filter { p in
                doc.tokens[p.start].start < 400 && outlet.home.contains(gazetteer.places[Int(p.place)].id)
                    && (doc.tokens[p.start].flags.contains(.allCaps) || startsLine(p.start) || inDatelinePunctuation(p))
            }
            for p in heading where wantNotes {
                note("'\(doc.surface(p.start, p.end))' heads the report and is \(outlet.name)'s home: not an event place by itself")
            }
            let starts = Set(heading.map(\.start))
            layers.places.removeAll { starts.contains($0.start) }
        }
        // Actors that are really part of a place name ("Jabal al-Bishri") are not layers.actors.
        var inPlace = [Bool](repeating: false, count: n)
        for p in layers.places { for k in p.start..<p.end { inPlace[k] = true } }
        layers.actors.removeAll { a in (a.start..<a.end).allSatisfy { inPlace[$0] } }
        layers.unknownPlaces = findUnknownPlaces(inPlace: inPlace)
        layers.placeIndex = TokenIndex(layers.places, start: { $0.start })
        layers.dateIndex = TokenIndex(layers.dates, start: { $0.start })
        layers.actorIndex = TokenIndex(layers.actors, start: { $0.start })
        layers.numberIndex = TokenIndex(layers.numbers, start: { $0.start })
        layers.deathIndex = TokenIndex(layers.cueAt.filter { $0.value.0 == .death }.map { (start: $0.key, end: $0.value.1) }, start: { $0.start })
        // Dateline: a place in capitals at the very start ("DEIR EZ-ZOR, Syria –"), or one that opens
        // a line near the top, set off by a dash, comma or parenthesis (a headline, then "Damascus --").
        if let first = layers.places.first, doc.tokens[first.start].start < 60,
           doc.tokens[first.start].flags.contains(.allCaps) || first.start == 0 {
            layers.datelinePlace = first
        } else if let line = layers.places.first(where: { p in
            doc.tokens[p.start].start < 400 && startsLine(p.start) && p.end < doc.tokens.count
                && (inDatelinePunctuation(p) || doc.isPunct(p.end, 44))
        }) {
            layers.datelinePlace = line
        }
        // The article's main place: the in-coverage place named most often.
        var counts: [Int32: (Int, Int)] = [:]
        var countries: [String: Int] = [:]
        for (k, p) in layers.places.enumerated() {
            let place = gazetteer.places[Int(p.place)]
            guard place.isInCoverage else { continue }
            countries[place.country, default: 0] += 1
            guard place.kind != .country else { continue }
            let c = counts[p.place] ?? (0, k)
            counts[p.place] = (c.0 + 1, c.1)
        }
        // The article's main place stands in for an event's unnamed place only when the article
        // is mostly about Syria and Iraq: a round-up that names other countries as often may be
        // reporting an event abroad.
        // Places abroad named as locations ("in Istanbul", "في المكسيك"), not as parties
        // ("Turkey said", "the UK's envoy").
        let abroad = layers.places.filter { p in
            !gazetteer.places[Int(p.place)].isInCoverage && p.start > 0
                && (layers.cueEndingAt[p.start]?.contains { $0 == .locative || $0 == .placeintro } ?? false)
        }.count
        layers.abroadMentions = abroad
        let home = counts.values.reduce(0) { $0 + $1.0 }
        if abroad * 2 < home || abroad == 0, let best = counts.max(by: { ($0.value.0, -$0.value.1) < ($1.value.0, -$1.value.1) }) {
            layers.mainPlace = layers.places[best.value.1]
        }
        if let c = countries.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) { layers.mainCountry = c.key }
    }

    /// Is a place mention introduced as a place: after a locative ("in", "near", "village of"),
    /// before an area word ("… countryside", "… village"), in a list after another place, or
    /// as the dateline?
    func hasPlaceContext(_ p: ResolvedPlace, previous: ResolvedPlace?) -> Bool {
        // A dateline: "DEIR EZ-ZOR, Syria –", "دير الزور - …".
        if doc.tokens[p.start].start < 40, doc.tokens[p.start].flags.contains(.allCaps)
            || (p.start == 0 && p.end < doc.tokens.count && (doc.isPunct(p.end, 45) || doc.isPunct(p.end, 44))) { return true }
        var k = p.start
        while k > 0, has(k - 1, .filler), !(layers.cueEndingAt[k]?.contains(where: { $0 != .filler }) ?? false) { k -= 1 }
        if let cues = layers.cueEndingAt[k] {
            if cues.contains(.placeintro) || cues.contains(.area) || cues.contains(.direction) || cues.contains(.settlement) { return true }
            // "in X" is enough in English, where the capital already says "name"; Arabic "في"
            // precedes any noun, so a one-word Arabic name needs more (بلدة، قرب …).
            if cues.contains(.locative), !(doc.tokens[p.start].flags.contains(.arabic) && p.end - p.start == 1) { return true }
        }
        var e = p.end
        if e < doc.tokens.count, doc.tokens[e].flags.contains(.apostropheBefore), doc.word(e) == "s" { e += 1 }
        if e < doc.tokens.count, has(e, .area) || has(e, .direction) || has(e, .settlement) { return true }
        if let prev = previous, p.start - prev.end <= 2,
           between(prev.end, p.start).allSatisfy({ doc.isPunct($0, 44) || has($0, .conjunction) }) { return true }
        return false
    }

    /// A name set off as a dateline: "زاكروس عربية - أربيل", "بغداد اليوم _ بغداد", "أربيل (كوردستان24)-".
    func inDatelinePunctuation(_ p: ResolvedPlace) -> Bool {
        func dash(_ i: Int) -> Bool {
            guard i >= 0, i < doc.tokens.count, doc.tokens[i].kind == .punct else { return false }
            let b = doc.text.bytes[Int(doc.tokens[i].start)]
            return b == 45 || b == 95 || b == 47 || b == 40 || b == 0xE2  // - _ / ( and the dashes – —
        }
        return dash(p.start - 1) || dash(p.end)
    }

    /// Names introduced as settlements ("the village of X", "X town", "قرية X") that are neither
    /// a resolved place nor an actor: layers.places the gazetteer lacks.
    func findUnknownPlaces(inPlace: [Bool]) -> [Range<Int>] {
        let n = doc.tokens.count
        var inActor = [Bool](repeating: false, count: n)
        for a in layers.actors { for k in a.start..<a.end { inActor[k] = true } }
        func nameRun(from j: Int) -> Range<Int>? {
            guard j < n, doc.tokens[j].kind == .word, !inPlace[j], !inActor[j] else { return nil }
            let arabic = doc.tokens[j].flags.contains(.arabic)
            guard arabic || doc.tokens[j].flags.contains(.capitalized) else { return nil }
            if !arabic, has(j, .filler) { return nil }
            var e = j + 1
            // English names run over capitalised words and hyphens ("Al-Maftrah", "Khidr Hassan").
            while !arabic, e < n, e - j < 4, !inPlace[e], !inActor[e],
                  doc.tokens[e].kind == .word && doc.tokens[e].flags.contains(.capitalized) || doc.isPunct(e, 45) && e + 1 < n { e += 1 }
            while e > j + 1, doc.isPunct(e - 1, 45) { e -= 1 }
            return j..<e
        }
        var out: [Range<Int>] = []
        for (start, (_, end)) in layers.cueAt where has(start, .namedplace) {
            var j = end
            // Skip determiners and opening quotes ('قرية "الخصيم"', 'the village of “X”').
            while j < n, has(j, .filler) || doc.tokens[j].kind == .punct && isQuote(j) { j += 1 }
            if let r = nameRun(from: j) { out.append(r) }
        }
        // "Al-Tyyanah town", "Hamar al-Ali area": a capitalised name right before a settlement or area word.
        for (start, _) in layers.cueAt where (has(start, .settlement) || has(start, .area)) && start > 0 {
            var s0 = start - 1
            guard doc.tokens[s0].kind == .word, doc.tokens[s0].flags.contains(.capitalized), !inPlace[s0], !inActor[s0],
                  !has(s0, .filler) else { continue }
            while s0 > 0, start - s0 < 4, doc.tokens[s0 - 1].flags.contains(.capitalized) || doc.isPunct(s0 - 1, 45),
                  !inPlace[s0 - 1], !inActor[s0 - 1] { s0 -= 1 }
            if doc.isPunct(s0, 45) { s0 += 1 }
            // Not the sentence's first word, where every word is capitalised.
            if doc.sentences[Int(doc.sentenceOf[s0])].tokens.lowerBound == s0 { continue }
            out.append(s0..<start)
        }
        return out.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// A quotation mark: " “ ” « » '.
    func isQuote(_ i: Int) -> Bool {
        let b = doc.text.bytes, s = Int(doc.tokens[i].start)
        if b[s] == 34 || b[s] == 39 { return true }
        // “ ” (E2 80 9C/9D), « » (C2 AB/BB)
        if b[s] == 0xE2, s + 2 < b.count, b[s + 1] == 0x80, b[s + 2] == 0x9C || b[s + 2] == 0x9D { return true }
        return b[s] == 0xC2 && s + 1 < b.count && (b[s + 1] == 0xAB || b[s + 1] == 0xBB)
    }

    /// Is token i the first of its line?
    func startsLine(_ i: Int) -> Bool {
        var b = Int(doc.tokens[i].start) - 1
        while b >= 0, doc.text.bytes[b] == 32 || doc.text.bytes[b] == 9 { b -= 1 }
        return b < 0 || doc.text.bytes[b] == 10 || doc.text.bytes[b] == 13
    }

    /// The words in parentheses shortly after token i ("ERBIL, Kurdistan Region (Kurdistan 24)").
    func parenthesis(after i: Int) -> String? {
        var k = i
        while k < min(doc.tokens.count, i + 8) {
            if doc.isPunct(k, 40) {
                var e = k + 1
                while e < min(doc.tokens.count, k + 8), !doc.isPunct(e, 41) { e += 1 }
                return e > k + 1 ? doc.surface(k + 1, e) : nil
            }
            k += 1
        }
        return nil
    }

    /// An Arabic place name carrying a fused preposition ("بتركيا", "وبالرقة"; the prefixes are
    /// `locative_prefix` rows of cues.tsv): "in Turkey", as "في تركيا" is.
    func hasLocativeClitic(_ p: ResolvedPlace) -> Bool {
        let word = Array(doc.word(p.start).utf8)
        guard let first = gazetteer.places[Int(p.place)].nameAR.split(separator: " ").first else { return false }
        var name: [UInt8] = []
        Array(first.utf8).withUnsafeBufferPointer { KeyFolder.foldWord($0, 0, $0.count, into: &name) }
        guard !name.isEmpty else { return false }
        return lexicon.locativePrefixes.contains { word.count == $0.count + name.count && word.starts(with: $0 + name) }
    }
}
