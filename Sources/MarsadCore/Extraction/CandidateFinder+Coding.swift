extension Extractor.CandidateFinder {
    /// Stage 4: the coded events of the article's incidents — ACLED's actor conventions, the
    /// initiator of unclaimed violence, and the public record with its evidence.
    func code(_ incidents: [ArticleIncident]) -> [Event] {
        var coded = incidents.map { incident in
            var c = incident.coded
            applyConventions(&c)
            return c
        }
        attributeUnclaimed(&coded)
        return coded.map { makeEvent($0) }
    }

    /// Turns an assembled candidate into the public event record with its evidence.
    func makeEvent(_ g: EventCandidate) -> Event {
        let rule = g.rule!
        var evidence: [Evidence] = []
        func add(_ field: String, _ start: Int, _ end: Int) {
            let span = doc.span(start, end)
            evidence.append(Evidence(field: field, span: span, text: doc.text.originalText(span)))
        }
        add("trigger", g.head.start, g.head.end)
        for t in g.otherTriggers { add("trigger", t.start, t.end) }
        let country: String
        var event = Event(articleID: article.id, eventType: rule.eventType, subEventType: rule.subEventType,
                          date: (g.dateDay ?? CalendarDay(year: 1970, month: 1, day: 1)).start(of: g.datePrecision).description,
                          datePrecision: g.datePrecision, rule: rule.label)
        if let p = g.place {
            let place = gazetteer.places[Int(p.place)]
            country = place.country
            event.country = place.country
            if place.kind != .country {
                event.admin1 = place.admin1.isEmpty ? nil : place.admin1
                event.admin2 = place.admin2.isEmpty ? nil : place.admin2
                // Only the governorate known: no location (ANNOTATION.md, "location").
                event.location = place.kind == .governorate ? nil : place.name
            }
            event.latitude = place.latitude
            event.longitude = place.longitude
            var precision = p.geoPrecision
            if g.placeSource == .article || g.placeSource == .dateline { precision = max(precision, 2) }
            event.geoPrecision = precision
            event.placeID = place.id
            event.setting = place.setting?.rawValue
            if g.placeSource.isLocal || g.placeSource == .dateline { add("location", p.start, p.end) }
        } else {
            country = mainCountry
        }
        if let a = g.actor1 {
            event.actor1 = a.entry.name(in: country)
            if a.mention.end > a.mention.start { add("actor1", a.mention.start, a.mention.end) }
        }
        if let a = g.actor2 {
            event.actor2 = a.entry.name(in: country)
            if a.mention.end > a.mention.start { add("actor2", a.mention.start, a.mention.end) }
        }
        if let d = g.date, g.dateSource != .publication { add("date", d.start, d.end) }
        event.fatalities = g.fatalityValue
        event.fatalitiesLow = g.fatalityLow
        event.fatalitiesHigh = g.fatalityHigh
        if let n = g.fatalities { add("fatalities", n.start, n.phraseEnd ?? n.end) }
        event.confidence = g.confidence
        event.evidence = evidence
        return event
    }
}
