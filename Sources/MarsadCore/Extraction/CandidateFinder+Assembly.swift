extension Extractor.CandidateFinder {
    /// Fills a cluster's actors, place, date and fatalities, then types it.
    func assemble(_ g: inout EventCandidate, sentenceActor1: (mention: ActorMention, entry: ActorEntry)?,
                  sentenceDate: DateMention?) {
        let sentence = doc.sentences[g.sentence].tokens
        // Place: the finest place in the clause, else in the sentence, else dateline, else the article's.
        // A country alone ("in Syria") does not place an event: look further, keep the country.
        // A place before a verb of saying is the speaker's ("correspondents in Idlib stated that
        // protests broke out …"), not the event's.
        let head = g.head.start
        // The dateline says where the report was filed: it places the event only when the text gives
        // no other place (below, as a fallback).
        let inSentence = placeIndex.items(in: sentence).filter { p in
            gazetteer.places[Int(p.place)].kind != .country && p.start != datelinePlace?.start
                && !(p.end <= head && between(p.end, head).contains { has($0, .attribution) })
        }
        let inRegion = inSentence.filter { g.region.contains($0.start) }
        if let p = finest(inRegion, near: g.head.start) {
            g.place = p; g.placeSource = .clause
        } else if let p = finest(inSentence, near: g.head.start) {
            g.place = p; g.placeSource = .sentence
        } else if g.sentence + 1 < doc.sentences.count, !sentencesWithTriggers.contains(g.sentence + 1),
                  let p = finest(placeIndex.items(in: doc.sentences[g.sentence + 1].tokens).filter { gazetteer.places[Int($0.place)].kind != .country },
                                 near: doc.sentences[g.sentence + 1].tokens.lowerBound) {
            // "… was killed by a drone. He was travelling near the crossing in Qamishli."
            g.place = p; g.placeSource = .following
        } else if let p = datelinePlace {
            g.place = p; g.placeSource = .dateline
        } else if let p = mainPlace {
            g.place = p; g.placeSource = .article
        } else if abroadMentions == 0, let p = placeIndex.items(in: sentence).first ?? places.first {
            // Only an article that places nothing abroad lends its first place to an unplaced event.
            g.place = p; g.placeSource = .article
        }
        // A settlement named in the clause that the gazetteer lacks ("in the village of Al-Maftrah
        // near Daraa"): the event happened there, not at the reference place; code its governorate.
        if let unknown = unknownPlaces.first(where: { g.region.contains($0.lowerBound) }), let p = g.place,
           !(g.placeSource == .clause && placedByIntroduction(p)) {
            let known = gazetteer.places[Int(p.place)]
            if known.isInCoverage, let near = gazetteer.nearMiss(doc.surface(unknown.lowerBound, unknown.upperBound),
                                                                 admin1: known.admin1, country: known.country) {
                // A spelling one letter off a settlement of that governorate.
                g.place = ResolvedPlace(start: unknown.lowerBound, end: unknown.upperBound, place: near,
                                        geoPrecision: gazetteer.places[Int(near)].geoPrecision, isArea: false,
                                        reason: "one letter off a settlement in \(known.admin1)")
                g.placeSource = .clause
            } else if known.isInCoverage, let gov = gazetteer.governorate(known.admin1, country: known.country) {
                g.place = ResolvedPlace(start: unknown.lowerBound, end: unknown.upperBound, place: gov, geoPrecision: 3,
                                        isArea: true, reason: "a settlement the gazetteer lacks, in \(known.admin1)")
                g.placeSource = .clause
            }
        }
        // Date: the one nearest the trigger in its clause, then in its sentence. A page's date line
        // ("date 2023-09-17 ERBIL – … on Saturday") stamps the report, not the event, when the
        // clause gives another.
        // A recap's date ("comes a week after …") dates only the event it names right after it.
        func eventDates(_ r: Range<Int>, clause: Bool) -> [DateMention] {
            let all = dateIndex.items(in: r).filter {
                !$0.forwardOnly || (clause && $0.start < g.head.start && g.head.start - $0.end <= Self.recapReach)
            }
            let stamped = all.filter { !isPageStamp($0) }
            return stamped.isEmpty ? all : stamped
        }
        func nearest(_ ds: [DateMention]) -> DateMention? {
            ds.min { abs($0.start - g.head.start) < abs($1.start - g.head.start) }
        }
        if let d = nearest(eventDates(g.region, clause: true)) {
            g.date = d; g.dateSource = .clause
        } else if let d = sentenceDate ?? nearest(eventDates(sentence, clause: false)) {
            g.date = d; g.dateSource = .sentence
        }
        if g.date == nil, g.sentence > 0 {
            // A narrative stays on its day: "Hours later, …", "The monitor said the casualties
            // resulted from clashes in Barad" take the last day the article named before them (not
            // the page's date line), within a few sentences.
            let from = doc.sentences[max(0, g.sentence - Self.narrativeSentences)].tokens.lowerBound
            if let d = dateIndex.items(in: between(from, sentence.lowerBound)).last(where: {
                $0.precision == .day && !isPageStamp($0) && !$0.forwardOnly
            }) {
                g.date = d; g.dateSource = .context
            }
        }
        if let d = g.date {
            g.dateDay = d.day; g.datePrecision = d.precision
        } else {
            g.dateDay = anchor; g.datePrecision = .day; g.dateSource = .publication
        }
        let country = g.place.map { gazetteer.places[Int($0.place)] }.flatMap { $0.isInCoverage && $0.kind != .foreign ? $0.country : nil } ?? mainCountry
        assignActors(&g, country: country, sentenceActor1: sentenceActor1)
        countFatalities(&g)
        // Targets named by role — a checkpoint, a patrol, fighters, عناصر الأمن — are armed.
        let actor1Tokens = g.actor1.map { $0.mention.start..<$0.mention.end } ?? 0..<0
        g.armedTarget = (g.actor2?.entry.kind.isArmed ?? false)
            || g.region.contains { i in has(i, .armedtarget) && !actor1Tokens.contains(i) }
        let targetKind = g.actor2?.entry.kind ?? (g.armedTarget ? .unidentified : nil)
        g.rule = extractor.classifier.classify(classes: g.classes, actor1: g.actor1?.entry.kind, actor2: targetKind)
        // Confidence: how strongly the trigger signals an event and how much is anchored in the same clause.
        var c = 0.25 + 0.35 * g.headWeight
        if g.actor1 != nil { c += 0.1 }
        if g.actor2 != nil { c += 0.05 }
        if g.placeSource.isLocal { c += 0.15 }
        if g.dateSource != .publication { c += 0.05 }
        if g.fatalityValue > 0 { c += 0.05 }
        g.confidence = min(0.99, (c * 100).rounded() / 100)
    }

    /// A full date at the top of the page ("date 2023-09-17", "Thu 16 May 2024"): the report's
    /// stamp (the same window `DateResolver.datelineAnchor` reads the anchor from).
    func isPageStamp(_ d: DateMention) -> Bool {
        d.explicitYear && d.precision == .day && doc.tokens[d.start].start < DateResolver.datelineBytes
    }

    /// Is the place itself named as a settlement ("the village of X", "X town", "قرية X")?
    func placedByIntroduction(_ p: ResolvedPlace) -> Bool {
        var k = p.start
        while k > 0, has(k - 1, .filler) { k -= 1 }
        if cueEndingAt[k]?.contains(where: { $0 == .placeintro || $0 == .settlement }) ?? false { return true }
        return p.end < doc.tokens.count && has(p.end, .settlement)
    }

    /// The other places of a list the event's place belongs to ("shelled the villages of Khidr
    /// Hassan and Sheikh Ali", "protests in Salqin, Hazzano and Kafr Takharim"): each is a place of
    /// its own event (ACLED: one event per place). Not the ends of a stretch ("between X and Y"),
    /// nor a place's own governorate or country ("Jableh, Latakia"), nor a reference point ("near").
    func coordinatedPlaces(_ p: ResolvedPlace, region: Range<Int>) -> [ResolvedPlace] {
        let inRegion = Array(placeIndex.items(in: region))
        guard let k = inRegion.firstIndex(of: p) else { return [] }
        func linked(_ a: ResolvedPlace, _ b: ResolvedPlace) -> Bool {
            let gap = between(a.end, b.start)
            guard gap.count <= 6, gap.contains(where: { doc.isPunct($0, 44) || has($0, .conjunction) }) else { return false }
            return gap.allSatisfy { i in
                doc.isPunct(i, 44) || has(i, .conjunction) || has(i, .filler) || has(i, .settlement) || has(i, .placeintro)
                    || (cueEndingAt[i + 1]?.contains(.placeintro) ?? false)
            }
        }
        var first = k, last = k
        while first > 0, linked(inRegion[first - 1], inRegion[first]) { first -= 1 }
        while last + 1 < inRegion.count, linked(inRegion[last], inRegion[last + 1]) { last += 1 }
        guard last > first else { return [] }
        // "between X and Y": a stretch.
        if precededBy(inRegion[first].start, [.stretch], floor: region.lowerBound)
            || (inRegion[first].start > region.lowerBound && has(inRegion[first].start - 1, .stretch)) { return [] }
        let chosen = gazetteer.places[Int(p.place)]
        return (first...last).compactMap { i -> ResolvedPlace? in
            let q = inRegion[i]
            guard q != p else { return nil }
            let place = gazetteer.places[Int(q.place)]
            guard place.isInCoverage, place.kind != .country, q.place != p.place else { return nil }
            // A qualifier of another list member: its governorate or district ("Jableh, Latakia").
            let qualifies = (first...last).contains { j in
                let other = gazetteer.places[Int(inRegion[j].place)]
                return j != i && other.admin1 == place.admin1
                    && (place.kind == .governorate || place.kind == .district && other.admin2 == place.admin2)
            }
            if qualifies { return nil }
            // The list is of one rank: towns with towns, provinces with provinces.
            let rank = { (x: Place) -> Int in x.kind == .governorate ? 2 : (x.kind == .district || x.kind == .subdistrict ? 1 : 0) }
            return rank(place) == rank(chosen) ? q : nil
        }
    }

    /// ACLED's actor conventions on a coded event: civilians never initiate political violence
    /// (a civilian read as actor1 of a strike or a clash is its victim), and the victims of
    /// violence against civilians are civilians unless the text names them.
    func applyConventions(_ g: inout EventCandidate) {
        guard let rule = g.rule else { return }
        let demonstration = rule.eventType == "Protests" || rule.eventType == "Riots"
        if !demonstration, let a1 = g.actor1, a1.entry.kind == .civilian || a1.entry.kind == .protester {
            if g.actor2 == nil, a1.entry.kind == .civilian { g.actor2 = a1 }
            g.actor1 = nil
        }
        // Demonstrators have no civilian counterpart: a peaceful protest has no actor2, and the
        // actor2 of a dispersed protest or a riot is the force that intervened.
        if demonstration, let a2 = g.actor2, !a2.entry.kind.isArmed || rule.subEventType == "Peaceful protest" {
            g.actor2 = nil
        }
        if rule.eventType == "Violence against civilians", g.actor2 == nil, let civilians = extractor.civilians {
            // Implied, not read: an empty mention, so no evidence span claims it.
            g.actor2 = (ActorMention(start: g.head.start, end: g.head.start, actors: []), civilians)
        }
    }

    /// Political violence with no initiator in its own sentences: the initiator the article gives
    /// to its other events of the same type ("Israeli jets struck … In another attack, six air
    /// strikes hit …"), else the non-state armed group the article names as the suspect or
    /// claimant, else an unidentified armed group (ACLED's convention for
    /// unclaimed attacks).
    func attributeUnclaimed(_ events: inout [EventCandidate]) {
        let violent = extractor.attackTypes
        var initiators: [String: [String: (Int, (mention: ActorMention, entry: ActorEntry))]] = [:]
        for e in events {
            guard let rule = e.rule, violent.contains(rule.eventType), let a = e.actor1,
                  a.entry.kind != .unidentified, a.entry.kind.isArmed else { continue }
            let n = initiators[rule.eventType]?[a.entry.canonical]?.0 ?? 0
            initiators[rule.eventType, default: [:]][a.entry.canonical] = (n + 1, a)
        }
        let unidentified = extractor.unidentified
        // A group the article names as the suspect or claimant ("ISIS cells are believed to be behind
        // the crime", "suspected ISIS members", "تبنى التنظيم").
        var named: [String: (Int, (mention: ActorMention, entry: ActorEntry))] = [:]
        for a in actors {
            guard let e = a.resolve(lexicon, country: mainCountry, day: anchor), e.kind == .rebel,
                  (max(0, a.start - 6)..<min(doc.tokens.count, a.end + 6)).contains(where: { has($0, .suspect) || has($0, .claim) })
            else { continue }
            named[e.canonical] = ((named[e.canonical]?.0 ?? 0) + 1, (a, e))
        }
        for k in events.indices {
            guard events[k].actor1 == nil, let rule = events[k].rule, violent.contains(rule.eventType) else { continue }
            let target = events[k].actor2?.entry.canonical
            if let best = initiators[rule.eventType]?.filter({ $0.key != target }).max(by: { ($0.value.0, $1.key) < ($1.value.0, $0.key) }) {
                events[k].actor1 = best.value.1
            } else if let best = named.filter({ $0.key != target }).max(by: { ($0.value.0, $1.key) < ($1.value.0, $0.key) }) {
                events[k].actor1 = best.value.1
            } else if let u = unidentified {
                events[k].actor1 = (ActorMention(start: events[k].head.start, end: events[k].head.start, actors: []), u)
            }
        }
    }

    /// The most specific place (village before district before governorate), nearest the trigger.
    func finest(_ candidates: [ResolvedPlace], near t: Int) -> ResolvedPlace? {
        func rank(_ p: ResolvedPlace) -> Int { gazetteer.places[Int(p.place)].specificity * 2 + (p.isArea ? 1 : 0) }
        // Among equals, a place introduced as a location ("in the village of Barad", "near X")
        // before one named in passing ("Suwayda's National Guard"), then the nearest.
        func introduced(_ p: ResolvedPlace) -> Int {
            precededBy(p.start, [.locative, .placeintro, .namedplace], floor: 0) || placedByIntroduction(p) ? 0 : 1
        }
        return candidates.min { (rank($0), introduced($0), abs($0.start - t)) < (rank($1), introduced($1), abs($1.start - t)) }
    }

    /// Is the actor counted by a number right before it ("قتل ثلاثة جنود": three soldiers were killed)?
    func counted(_ a: ActorMention) -> Bool {
        numberIndex.items(in: max(0, a.start - 4)..<a.start).contains { $0.end == a.start }
    }

    func assignActors(_ g: inout EventCandidate, country: String, sentenceActor1: (mention: ActorMention, entry: ActorEntry)?) {
        // Roles are read around the cluster's first trigger: the verb whose subject is the initiator.
        let head = g.triggers.filter { !triggerEntry($0).isModifier }.min { $0.start < $1.start } ?? g.head
        // Passive voice: "was struck", "were killed", "have been killed", "was reportedly killed".
        var passive = false
        var k = head.start - 1
        var steps = 0
        while k >= g.region.lowerBound, steps < 3 {
            if has(k, .passiveAux) { passive = true; break }
            if doc.tokens[k].kind != .word { break }
            k -= 1; steps += 1
        }
        var initiators: [(ActorMention, ActorEntry, Int)] = []  // strength
        var targets: [(ActorMention, ActorEntry, Int)] = []
        let triggerTokens = g.triggers.map { $0.start..<$0.end }
        var asides: [(ActorMention, ActorEntry, Int)] = []
        for a in actorIndex.items(in: g.region) {
            // An actor inside a trigger ("mob") is the trigger; one around it ("Israeli warplanes") is not.
            if triggerTokens.contains(where: { $0.lowerBound <= a.start && a.end <= $0.upperBound }) { continue }
            // A speaker ("residents said", "Turkish officials said") is not a party to the event.
            func saying(_ k: Int) -> Bool { has(k, .attribution) && !triggerTokens.contains { $0.contains(k) } }
            if a.end < doc.tokens.count, saying(a.end) { continue }
            if a.start < head.start, between(a.end, head.start).contains(where: saying) { continue }
            guard let entry = a.resolve(lexicon, country: country, day: g.dateDay) else { continue }
            let floor = g.region.lowerBound
            // After the trigger and a comma, only what follows closely belongs to this event
            // ("…, killing three soldiers"), not a description ("Al Tanf, a US outpost … against ISIS").
            if a.start > head.start, let comma = between(head.end, a.start).last(where: { doc.isPunct($0, 44) }), a.start - comma > 9 {
                continue
            }
            if a.start <= head.start && a.end > head.start {
                initiators.append((a, entry, 1))  // around the trigger: "Israeli warplanes", "طائرة مسيرة تركية"
            } else if precededBy(a.start, [.passive], floor: floor) && a.start > head.start {
                initiators.append((a, entry, 3))
            } else if a.start > head.start,
                      g.triggers.contains(where: {
                          let t = triggerEntry($0)
                          return t.order == .nominal && !t.isModifier && $0.end <= a.start && a.start - $0.end <= Self.possessiveReach
                      }),
                      hasPossessiveLam(a), entry.kind.isArmed {
                // "هجوم لداعش" (an attack of ISIS) — right after the act's noun, not after its
                // target's ("هاجموا مقراً لقوات النظام": a headquarters of the regime's forces).
                initiators.append((a, entry, 2))
            } else if precededBy(a.start, [.affiliation], floor: floor) {
                initiators.append((a, entry, 3))
            } else if a.start > 0, doc.tokens[a.start].flags.contains(.hyphenBefore), has(a.start - 1, .antiprefix) {
                targets.append((a, entry, 3))
            } else if precededBy(a.start, [.target], floor: floor) {
                targets.append((a, entry, 2))
            } else if a.start < head.start {
                if passive { targets.append((a, entry, 2)) } else {
                    // "X claimed …": the claimer is the initiator.
                    let claims = between(a.end, head.start).contains { has($0, .claim) }
                    if inAppositive(a, before: head.start, floor: floor) {
                        asides.append((a, entry, claims ? 2 : 1))
                    } else {
                        initiators.append((a, entry, claims ? 2 : 1))
                    }
                }
            } else {
                targets.append((a, entry, 1))
            }
        }
        // An actor in an aside ("X, a front for ISIS, claimed") is the initiator only when no other is named.
        if initiators.isEmpty { initiators = asides }
        // Verb-first (Arabic "قتل مسلحون مجهولون مدنيين"): with nobody before the verb, the first
        // armed actor after it is the initiator. A civilian first is the victim of a passive
        // reading ("قُتل مدني" — the same letters without vowels), and so is a group named as the
        // victims' of a killing ("قتل 4 عناصر من الحشد": four members of the PMF were killed; but
        // "هاجم عناصر من داعش" — members of ISIS attacked).
        if initiators.isEmpty, triggerEntry(head).order == .vso,
           let k = targets.indices.filter({ targets[$0].0.start > head.start && targets[$0].2 == 1 }).min(by: { targets[$0].0.start < targets[$1].0.start }),
           targets[k].1.kind.isArmed,
           !(lexicon.lethalClasses.contains(triggerEntry(head).triggerClass)
             && ((targets[k].0.start >= 2 && has(targets[k].0.start - 1, .partitive) && has(targets[k].0.start - 2, .person))
                 || counted(targets[k].0))) {
            initiators.append((targets[k].0, targets[k].1, 1))
            targets.remove(at: k)
        }
        // Coordinated subjects ("the SDF and the Syrian government signed"): the first is actor1,
        // the second actor2.
        let plain = initiators.filter { $0.2 <= 2 && $0.0.start < head.start }.sorted { $0.0.start < $1.0.start }
        if plain.count >= 2, initiators.allSatisfy({ $0.2 <= 2 }) {
            let first = plain[0], second = plain[1]
            if between(first.0.end, second.0.start).contains(where: { has($0, .conjunction) }),
               !between(first.0.end, second.0.start).contains(where: { doc.isPunct($0, 44) }) {
                initiators = [first]
                targets.append((second.0, second.1, 2))
            }
        }
        // The initiator: the strongest; among equals a named group before an unidentified one
        // or civilians, then the one nearest the trigger.
        func specificity(_ e: ActorEntry) -> Int {
            switch e.kind {
            case .unidentified: 0
            case .civilian, .protester: -1
            default: 1
            }
        }
        if let best = initiators.max(by: { a, b in
            (a.2, specificity(a.1), a.0.start) < (b.2, specificity(b.1), b.0.start)
        }) {
            g.actor1 = (best.0, best.1)
        }
        // Pronoun subject ("it withdrew"): the last armed actor of the previous sentences.
        if g.actor1 == nil, !passive, between(g.region.lowerBound, head.start).contains(where: { has($0, .pronoun) }) {
            let sentenceStart = doc.sentences[g.sentence].tokens.lowerBound
            let prevStart = g.sentence >= 2 ? doc.sentences[g.sentence - 2].tokens.lowerBound : 0
            if let prev = actorIndex.items(in: between(prevStart, sentenceStart)).last(where: {
                $0.resolve(lexicon, country: country, day: g.dateDay)?.kind.isArmed ?? false }),
               let e = prev.resolve(lexicon, country: country, day: g.dateDay) {
                g.actor1 = (prev, e)
            }
        }
        if g.actor1 == nil, let s = sentenceActor1, s.mention.start < head.start { g.actor1 = s }
        // The target: the strongest; among equals the nearest after the trigger.
        let chosenTarget = targets.max { a, b in
            (a.2, a.0.start > head.start ? -(a.0.start - head.start) : -1000 - (head.start - a.0.start))
                < (b.2, b.0.start > head.start ? -(b.0.start - head.start) : -1000 - (head.start - b.0.start))
        }
        if let t = chosenTarget, t.1.canonical != g.actor1?.entry.canonical { g.actor2 = (t.0, t.1) }
        // "clashes between X and Y": the two sides, in the order named.
        for i in g.region where has(i, .stretch) {
            var j = i + 1
            while j < g.region.upperBound, has(j, .filler) { j += 1 }
            guard let first = actorIndex.items(in: j..<min(j + 1, g.region.upperBound)).first,
                  let e1 = first.resolve(lexicon, country: country, day: g.dateDay), e1.kind.isArmed else { continue }
            var k = first.end
            while k < g.region.upperBound, has(k, .filler) { k += 1 }
            guard k < g.region.upperBound, has(k, .conjunction) else { continue }
            guard let second = actorIndex.items(in: (k + 1)..<min(k + 4, g.region.upperBound)).first,
                  let e2 = second.resolve(lexicon, country: country, day: g.dateDay), e2.canonical != e1.canonical else { continue }
            g.actor1 = (first, e1)
            g.actor2 = (second, e2)
            break
        }
        // Protests and riots: the demonstrators are actor1 and whoever intervenes is actor2.
        if g.classes.contains("protest") || g.classes.contains("riot") || g.classes.contains("mob") {
            let inRegion = actorIndex.items(in: g.region)
            let riot = g.classes.contains("riot") || g.classes.contains("mob")
            let wanted = riot ? "Rioters" : "Protesters"
            if let p = inRegion.first(where: { $0.resolve(lexicon, country: country, day: g.dateDay)?.kind == .protester }),
               let found = p.resolve(lexicon, country: country, day: g.dateDay) {
                // Rioting demonstrators are coded as rioters.
                let e = found.canonical.hasPrefix(wanted) ? found
                    : lexicon.actors.first(where: { $0.kind == .protester && $0.canonical.hasPrefix(wanted) }) ?? found
                let previous = g.actor1
                g.actor1 = (p, e)
                if let prev = previous, prev.entry.kind != .protester { g.actor2 = prev }
                if g.actor2?.entry.kind == .protester { g.actor2 = nil }
            } else if let lexProtester = lexicon.actors.first(where: { $0.kind == .protester && $0.canonical.hasPrefix(wanted) }),
                      g.actor1 == nil || g.actor1!.entry.kind == .civilian {
                // Demonstrators not named as such ("Hundreds of residents protested").
                g.actor1 = (ActorMention(start: head.start, end: head.end, actors: []), lexProtester)
            }
        }
    }

    /// An Arabic word with the conjunction و attached ("وإصابة": "and the wounding of").
    func startsWithConjunction(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        guard t.flags.contains(.arabic), t.end - t.start > 4 else { return false }
        return doc.text.bytes[Int(t.start)] == 0xD9 && doc.text.bytes[Int(t.start) + 1] == 0x88
    }

    /// The Arabic possessive ل on an actor after an event noun ("قصف لقوات النظام": shelling by
    /// the regime's forces) marks the initiator.
    func hasPossessiveLam(_ a: ActorMention) -> Bool {
        let t = doc.tokens[a.start]
        guard t.flags.contains(.arabic), t.end - t.start > 4 else { return false }
        let b = doc.text.bytes, s = Int(t.start)
        // ل but not لل (للقوات: "to the forces") and not the article ال.
        return b[s] == 0xD9 && b[s + 1] == 0x84 && !(b[s + 2] == 0xD9 && b[s + 3] == 0x84)
    }

    /// An actor inside a comma-delimited aside before the trigger ("X, a front for ISIS, claimed …").
    func inAppositive(_ a: ActorMention, before head: Int, floor: Int) -> Bool {
        var left = false
        var k = a.start - 1
        while k >= floor { if doc.isPunct(k, 44) { left = true; break }; k -= 1 }
        guard left, k > floor else { return false }
        return between(a.end, head).contains { doc.isPunct($0, 44) }
    }

    /// Fatalities: a number next to a death word, never across a wound word.
    func countFatalities(_ g: inout EventCandidate) {
        var best: NumberMention? = nil
        var bestValue = 0
        for death in deathIndex.items(in: g.region) {
            let start = death.start, end = death.end
            let after = numberIndex.items(in: between(end, end + 4)).first { n in
                n.start >= end && n.start - end <= 3 && g.region.contains(n.start)
                    && !(between(end, n.start).contains { has($0, .wound) })
                    // "five others wounded": a number that counts the wounded
                    && !((n.phraseEnd ?? n.end) < doc.tokens.count && has(n.phraseEnd ?? n.end, .wound)
                         && !startsWithConjunction(n.phraseEnd ?? n.end))
            }
            let before = numberIndex.items(in: between(max(g.region.lowerBound, start - 16), start)).last { n in
                let stop = n.phraseEnd ?? n.end
                return stop <= start && start - stop <= 4 && g.region.contains(n.start)
                    && !(between(stop, start).contains { has($0, .wound) || isSeparator($0) && !doc.isPunct($0, 44) })
            }
            // "killed 25 people": the number after a verb of killing; "25 people were killed": before.
            let passiveDeath = start > 0 && (has(start - 1, .passiveAux) || (start > 1 && has(start - 2, .passiveAux)))
            let preferAfter = !passiveDeath && has(start, .victimfollows)
            guard let n = preferAfter ? (after ?? before) : (before ?? after) else { continue }
            // "(January) 2015": a bare year is not a death toll.
            if n.personTotal == nil, !n.vague, (1900...2100).contains(n.value), doc.tokens[n.start].kind == .number,
               doc.tokens[n.start].end - doc.tokens[n.start].start == 4 { continue }
            // "25 people were killed, and the dead": prefer people totals.
            let value = n.personTotal ?? n.value
            if value > bestValue { bestValue = value; best = n }
        }
        guard let n = best else {
            // A verb of killing with no count: at least one dead, the most conservative figure.
            if let t = g.triggers.first(where: { lexicon.lethalClasses.contains(triggerEntry($0).triggerClass) }),
               !(t.start > 0 && has(t.start - 1, .negation)) {
                g.fatalityValue = 1
                g.fatalityLow = 1
            }
            return
        }
        g.fatalities = n
        g.fatalityValue = bestValue
        switch n.bound {
        case .low?: g.fatalityLow = bestValue
        case .high?: g.fatalityHigh = bestValue
        case .approx?: break
        case nil:
            if !n.vague { g.fatalityLow = bestValue; g.fatalityHigh = bestValue }
        }
    }

    /// How many sentences back an undated event looks for the narrative's day.
    static let narrativeSentences = 6

    /// How far after an act's noun its owner may follow ("ضربات جوية لداعش": one adjective between).
    static let possessiveReach = 1

    /// How many tokens after a recap's date ("comes a week after") the event it dates may be named.
    static let recapReach = 20

    /// How long after its end an event is still news rather than background (days).
    static let historyDays = 60

    /// Why a candidate is not an event (nil: it is one). Aggregates become claims.
    mutating func filter(_ g: EventCandidate) -> String? {
        let sentence = doc.sentences[g.sentence].tokens
        if sentence.contains(where: { has($0, .denial) }) { return Self.deniedReason }
        // Negation, hedges and commentary shortly before the trigger, within the clause.
        var k = g.head.start - 1
        var steps = 0
        while k >= g.region.lowerBound, steps < 6 {
            if doc.isPunct(k, 44) || doc.isPunct(k, 59) { break }
            if let c = cue(k), [.negation, .hedge, .commentary].contains(c) {
                return "\(c.rawValue) '\(doc.word(k))'"
            }
            k -= 1; steps += 1
        }
        // "ISIS attacks are intensifying": a trend of many incidents, not one.
        var j = g.head.end
        while j < min(g.region.upperBound, g.head.end + 4), doc.tokens[j].kind == .word {
            if has(j, .trend) { return "a trend, not an incident ('\(doc.word(j))')" }
            j += 1
        }
        // "ISIS has escalated its attacks", "تصاعد الهجمات": the trend named before the event word.
        if precededBy(g.head.start, [.trend], floor: g.region.lowerBound) { return "a trend, not an incident" }
        if isAggregate(g) {
            claims.append(Claim(articleID: article.id, text: doc.surface(sentence.lowerBound, sentence.upperBound),
                                span: doc.span(sentence.lowerBound, sentence.upperBound),
                                attributedTo: attribution(sentence), figure: aggregateFigure(g),
                                trigger: doc.surface(g.head.start, g.head.end)))
            return "aggregate statistic (kept as a claim)"
        }
        if g.rule == nil { return "no type rule fits classes \(g.classes.sorted())" }
        // Background, not news: an event whose period ended long before the article was
        // published ("the regime lost Palmyra in May", "سيطرت … في نيسان 2014").
        if article.published != nil, g.dateSource != .publication, let d = g.dateDay, let a = anchor {
            let length = switch g.datePrecision {
            case .day: 0
            case .week: 6
            case .month: 30
            case .year: 364
            }
            if a.dayNumber - (d.dayNumber + length) > Self.historyDays {
                return "history: \(g.datePrecision.rawValue) of \(d) in an article of \(a)"
            }
        }
        guard let p = g.place else { return "no place in Syria or Iraq" }
        let place = gazetteer.places[Int(p.place)]
        if !place.isInCoverage { return "abroad (\(place.name))" }
        // "Tens of airstrikes in Syria": an incident needs at least a governorate.
        if place.kind == .country { return "no place below the country (\(place.name))" }
        let local = g.placeSource.isLocal
        let hasPlace = local && place.kind != .country
        // An inherited date (the narrative's day) does not make a sentence an event by itself.
        let hasDate = g.dateSource != .publication && g.dateSource != .context && g.datePrecision != .year
        let hasDead = g.fatalityValue > 0
        let anchors = [hasPlace, hasDate, hasDead, g.actor1 != nil].filter { $0 }.count
        if !(hasPlace || hasDate || hasDead) { return "no place, date or fatalities in its sentence" }
        // Nobody named, nobody dead, and a trigger that alone is not conclusive ("السيطرة على السوق",
        // "an attack on the plan"): not enough to call it an event.
        if g.actor1 == nil, g.actor2 == nil, !hasDead, g.headWeight < 0.85 { return "no actor, no deaths and a weak trigger" }
        if g.headWeight < 0.5, anchors < 2 { return "weak trigger with one anchor" }
        if g.dateDay == nil { return "no date (no publication date, dateline or absolute date)" }
        return nil
    }

    func isAggregate(_ g: EventCandidate) -> Bool { aggregateFigure(g) != nil }

    /// A statistic: a number of 10 or more (or a vague "dozens", "several") counting events or
    /// targets ("13 plots", "more than 100 installations", "several attacks").
    func aggregateFigure(_ g: EventCandidate) -> Int? {
        // "… killed 5812 civilians over the past year": a figure with a period of accumulation.
        // So is a figure over a month or a year ("خلال يوليو الماضي", "during 2024").
        let accumulates = g.region.contains { has($0, .aggregate) }
            || dateIndex.items(in: g.region).contains { d in
                (d.precision == .month || d.precision == .year) && precededBy(d.start, [.period], floor: g.region.lowerBound)
            }
        for n in numberIndex.items(in: g.region) {
            if accumulates, n.value >= 10 { return n.value }
            guard n.vague || n.value >= 10 else { continue }
            var k = n.end
            var steps = 0
            while k < g.region.upperBound, steps < 4 {
                if has(k, .countnoun) { return n.value }
                if doc.tokens[k].kind == .punct { break }
                k += 1; steps += 1
            }
        }
        return nil
    }

    /// Who a statement is attributed to: the words before "said"/"says"/"adds", or after "according to".
    func attribution(_ sentence: Range<Int>) -> String? {
        for i in sentence {
            guard let (_, end) = cueAt[i], has(i, .attribution) || has(i, .sourcefollows) else { continue }
            if has(i, .sourcefollows) {
                var e = end
                while e < sentence.upperBound, doc.tokens[e].kind == .word, e - end < 5 { e += 1 }
                return e > end ? doc.surface(end, e) : nil
            }
            var s = i
            while s > sentence.lowerBound, doc.tokens[s - 1].kind == .word, i - s < 4,
                  doc.tokens[s - 1].flags.contains(.capitalized) || has(s - 1, .speaker) { s -= 1 }
            if s < i { return doc.surface(s, i) }
        }
        return nil
    }
}
