/// Merges candidates of one article that describe the same incident ("a gunman killed
/// two US soldiers in December" … "the gunman who killed the three US personnel in
/// Palmyra"): same type, compatible actors, places and dates. The merged event keeps
/// the most specific value of each field and the evidence for it.
enum ArticleMerger {
    static func merge(_ candidates: [EventCandidate]) -> [EventCandidate] {
        var out: [EventCandidate] = []
        for c in candidates {
            // Reports of one incident sit close together; a window keeps huge inputs linear.
            let window = max(0, out.count - 64)..<out.count
            if let k = window.first(where: { compatible(out[$0], c) }) {
                out[k] = combine(out[k], c)
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func localPlace(_ c: EventCandidate) -> Bool { c.placeSource == .clause || c.placeSource == .sentence }

    static func compatible(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        guard let ra = a.rule, let rb = b.rule, ra.eventType == rb.eventType, ra.subEventType == rb.subEventType else { return false }
        func actorsFit(_ x: ActorEntry?, _ y: ActorEntry?) -> Bool {
            guard let x, let y else { return true }
            return x.canonical == y.canonical || x.kind == .unidentified || y.kind == .unidentified
        }
        guard actorsFit(a.actor1?.entry, b.actor1?.entry), actorsFit(a.actor2?.entry, b.actor2?.entry) else { return false }
        if localPlace(a), localPlace(b), a.place?.place != b.place?.place { return false }
        if a.dateSource != .publication, b.dateSource != .publication, let da = a.dateDay, let db = b.dateDay {
            let p = max(a.datePrecision, b.datePrecision)
            if da.start(of: p) != db.start(of: p) { return false }
        }
        // Same type, place and date (or one of them unknown): one event (ACLED: one event per
        // place, day and pair of actors).
        return true
    }

    static func combine(_ a: EventCandidate, _ b: EventCandidate) -> EventCandidate {
        var m = a
        if !localPlace(m), localPlace(b) { m.place = b.place; m.placeSource = b.placeSource }
        if m.dateSource == .publication, b.dateSource != .publication {
            m.date = b.date; m.dateDay = b.dateDay; m.datePrecision = b.datePrecision; m.dateSource = b.dateSource
        }
        if m.actor1 == nil || (m.actor1!.entry.kind == .unidentified && b.actor1 != nil) { m.actor1 = b.actor1 ?? m.actor1 }
        if m.actor2 == nil { m.actor2 = b.actor2 }
        if b.fatalityValue > m.fatalityValue {
            m.fatalities = b.fatalities; m.fatalityValue = b.fatalityValue
            m.fatalityLow = b.fatalityLow; m.fatalityHigh = b.fatalityHigh
        }
        m.confidence = min(0.99, max(a.confidence, b.confidence) + 0.05)
        return m
    }
}
