/// The incident stage: mentions of events in one article → incidents → one coded event per
/// incident (ANNOTATION.md, "One event per incident"). The lead, a quote, the official
/// statement and the recap of one attack are one incident when their places agree at their
/// precision, their dates agree, their actors do not contradict each other and their types
/// can co-occur (incidents.tsv). Each field of the incident comes from the mention that
/// supports it best; its evidence from all its mentions.
///
/// Reads: assembled, filtered `EventCandidate`s in text order. Writes: `ArticleIncident`s.
struct IncidentGrouper {
    let rules: IncidentRules
    let gazetteer: Gazetteer
    /// The generic rioters actor ("Rioters ({country})"), for a protest coded as a riot.
    let rioterEntry: ActorEntry?

    /// Reports of one incident sit close together; a window keeps huge inputs linear.
    static let window = 64
    /// Two towns this close can be one incident's place ("in Homs", "in the Wadi al-Dhahab
    /// neighbourhood of Homs").
    static let sameSpotKm = 3.0
    /// How far "the countryside / desert / outskirts of" a town reaches.
    static let townAreaKm = 25.0
    /// How many sentences apart two kinds of act without their own place can still be one.
    static let nearSentences = 3

    func group(_ candidates: [EventCandidate]) -> [ArticleIncident] {
        var groups: [[EventCandidate]] = []
        for c in candidates {
            let from = max(0, groups.count - Self.window)
            // The latest compatible incident: a recap refers to what was just told. Every mention
            // of the incident must agree with the new one.
            if let k = (from..<groups.count).reversed().first(where: { groups[$0].allSatisfy { compatible($0, c) } }) {
                groups[k].append(c)
            } else {
                groups.append([c])
            }
        }
        // Each incident is coded once, from all its mentions.
        return groups.map { ArticleIncident(mentions: $0, coded: $0.count == 1 ? $0[0] : code($0)) }
    }

    func compatible(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        guard let ra = a.rule, let rb = b.rule, rules.cooccur(ra.subEventType, rb.subEventType) else { return false }
        // A mention without a place of its own joins another kind of act only close by ("… attacked
        // a checkpoint. Two guards were killed"), not across the article.
        if ra.subEventType != rb.subEventType, !a.placeSource.isLocal || !b.placeSource.isLocal, abs(a.sentence - b.sentence) > Self.nearSentences {
            return false
        }
        guard placesAgree(a, b), datesAgree(a, b) else { return false }
        return actorsAgree(a, b) || sameSpotAndDay(a, b)
    }

    /// Places agree when either is only the article's or dateline's place, when they are the
    /// same entry, when one is an area that holds the other, or when two towns are one spot.
    func placesAgree(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        guard a.placeSource.isLocal, b.placeSource.isLocal, let pa = a.place, let pb = b.place else { return true }
        if pa.place == pb.place { return true }
        let x = gazetteer.places[Int(pa.place)], y = gazetteer.places[Int(pb.place)]
        if x.country != y.country { return false }
        func coarse(_ p: Place, _ r: ResolvedPlace) -> Bool { r.isArea || p.geoPrecision >= 2 }
        func holds(_ big: Place, _ small: Place) -> Bool {
            switch big.kind {
            case .country: return big.country == small.country
            case .governorate: return big.admin1 == small.admin1
            case .district: return big.admin1 == small.admin1 && big.admin2 == small.admin2
            case .subdistrict, .area: return big.admin1 == small.admin1
            default:
                // The area around a town ("the Al-Bokamal desert", "the outskirts of Palmyra").
                guard let la = big.latitude, let oa = big.longitude, let lb = small.latitude, let ob = small.longitude else { return false }
                return GeoDistance.kilometres(la, oa, lb, ob) <= Self.townAreaKm
            }
        }
        if coarse(x, pa), holds(x, y) { return true }
        if coarse(y, pb), holds(y, x) { return true }
        if let la = x.latitude, let oa = x.longitude, let lb = y.latitude, let ob = y.longitude,
           GeoDistance.kilometres(la, oa, lb, ob) <= Self.sameSpotKm { return true }
        return false
    }

    /// Dates agree at the coarser precision; an undated mention (publication day, or the day the
    /// narrative was on) agrees with any.
    func datesAgree(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        func own(_ c: EventCandidate) -> Bool { c.dateSource != .publication && c.dateSource != .context }
        guard own(a), own(b), let da = a.dateDay, let db = b.dateDay else { return true }
        let p = max(a.datePrecision, b.datePrecision)
        return da.start(of: p) == db.start(of: p)
    }

    /// One type of act at the same named place on the same day is one incident even when the two
    /// mentions read the actors differently (ACLED: one event per place, day and actor pair; role
    /// readings across sentences are the least reliable field).
    func sameSpotAndDay(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        guard a.placeSource.isLocal, b.placeSource.isLocal, let pa = a.place, let pb = b.place, pa.place == pb.place,
              a.rule?.eventType == b.rule?.eventType,
              a.dateSource != .publication, b.dateSource != .publication, a.dateSource != .context, b.dateSource != .context,
              a.datePrecision == .day, b.datePrecision == .day, a.dateDay == b.dateDay else { return false }
        return true
    }

    /// Actors agree unless both name a different specific initiator that is not the other's
    /// target (roles read from two sentences may be swapped: "ISIS attacked the SDF" and "the
    /// SDF repelled ISIS" are one fight).
    func actorsAgree(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        func specific(_ x: (mention: ActorMention, entry: ActorEntry)?) -> String? {
            guard let x, x.entry.kind != .unidentified, x.entry.kind != .civilian else { return nil }
            return x.entry.canonical
        }
        guard let a1 = specific(a.actor1), let b1 = specific(b.actor1), a1 != b1 else { return true }
        let a2 = specific(a.actor2), b2 = specific(b.actor2)
        // With both pairs named, a swap must be a whole swap: ISIS–army and SDF–ISIS are two acts.
        if let a2, let b2 { return a2 == b1 && b2 == a1 }
        return b2 == a1 || a2 == b1
    }

    /// The coded event of an incident's mentions.
    func code(_ mentions: [EventCandidate]) -> EventCandidate {
        var best = mentions[0]
        // Type: fold the mentions' sub-event types through the co-occurrence outcomes.
        var sub = mentions[0].rule!.subEventType
        var outcomeRule: TypeRule? = nil
        let armedTarget = mentions.contains { $0.armedTarget || ($0.actor2?.entry.kind.isArmed ?? false) }
        for m in mentions.dropFirst() {
            let other = m.rule!.subEventType
            let next: String
            switch rules.outcome(sub, other) {
            case .subType(let s)?: next = s
            case .byTarget?: next = armedTarget ? "Armed clash" : "Attack"
            case nil: continue
            }
            if next != sub, next != other { outcomeRule = rules.rule(sub, other, codedAs: next) }
            sub = next
        }
        // The mention that carries the chosen type and most support leads.
        let carriers = mentions.filter { $0.rule!.subEventType == sub }
        let lead = carriers.max { support($0) < support($1) } ?? mentions.max { support($0) < support($1) }!
        best = lead
        if carriers.isEmpty, let r = outcomeRule { best.rule = r }
        // Demonstrators of a riot are rioters.
        if best.rule!.eventType == "Riots", let a = best.actor1, a.entry.kind == .protester,
           let rioters = rioterEntry, a.entry != rioters { best.actor1 = (a.mention, rioters) }
        // Place: the finest local place of any mention.
        let placed = mentions.filter { $0.placeSource.isLocal && $0.place != nil }
        if let p = placed.min(by: { placeRank($0) < placeRank($1) }) { best.place = p.place; best.placeSource = p.placeSource }
        // Date: an explicit date, finest precision, from the clause if possible.
        let dated = mentions.filter { $0.dateSource != .publication && $0.dateDay != nil }
        if let d = dated.min(by: { dateRank($0) < dateRank($1) }) {
            best.date = d.date; best.dateDay = d.dateDay; best.datePrecision = d.datePrecision; best.dateSource = d.dateSource
        }
        // Actors: the most specific initiator and target.
        func rank(_ x: (mention: ActorMention, entry: ActorEntry)?) -> Int {
            guard let x else { return 0 }
            switch x.entry.kind {
            case .unidentified: return 1
            case .civilian, .protester: return 2
            default: return 3
            }
        }
        if let m = mentions.max(by: { rank($0.actor1) < rank($1.actor1) }), rank(m.actor1) > rank(best.actor1) { best.actor1 = m.actor1 }
        if let m = mentions.max(by: { rank($0.actor2) < rank($1.actor2) }), rank(m.actor2) > rank(best.actor2),
           m.actor2?.entry.canonical != best.actor1?.entry.canonical { best.actor2 = m.actor2 }
        if best.actor2?.entry.canonical == best.actor1?.entry.canonical { best.actor2 = nil }
        // Fatalities: the highest count any mention gives (tolls are told in pieces and grow).
        if let f = mentions.max(by: { $0.fatalityValue < $1.fatalityValue }), f.fatalityValue > best.fatalityValue {
            best.fatalities = f.fatalities; best.fatalityValue = f.fatalityValue
            best.fatalityLow = f.fatalityLow; best.fatalityHigh = f.fatalityHigh
        }
        best.armedTarget = armedTarget
        best.otherTriggers = mentions.filter { $0.head != best.head }.map(\.head)
        best.confidence = min(0.99, mentions.map(\.confidence).max()! + 0.05 * Double(mentions.count - 1))
        return best
    }

    func support(_ c: EventCandidate) -> Double {
        c.confidence + (c.placeSource.isLocal ? 0.1 : 0) + (c.dateSource == .clause ? 0.05 : 0)
    }

    func placeRank(_ c: EventCandidate) -> (Int, Int, Int) {
        let specificity = gazetteer.places[Int(c.place!.place)].specificity
        return (specificity * 2 + (c.place!.isArea ? 1 : 0), c.placeSource == .clause ? 0 : 1, c.sentence)
    }

    func dateRank(_ c: EventCandidate) -> (Int, Int, Int) {
        let precision: Int
        switch c.datePrecision {
        case .day: precision = 0
        case .week: precision = 1
        case .month: precision = 2
        case .year: precision = 3
        }
        let source = c.dateSource == .clause ? 0 : c.dateSource == .sentence ? 1 : 2
        return (precision, source, c.sentence)
    }
}
