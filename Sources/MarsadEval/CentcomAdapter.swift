import MarsadCore

/// Reads the CENTCOM strike-report CSV (date, country, location, line …) and scores
/// place resolution: the place the extractor's analysis resolves in `line` against the
/// gold `location`, right when it is the same gazetteer entry or within 10 km.
public enum CentcomAdapter {
    public struct Item: Sendable {
        public var line: Int
        public var country: String
        public var location: String
        public var text: String
        public var date: CalendarDay?
    }

    public static func items(_ csv: String) throws -> [Item] {
        try CSVReader.table(csv).map { rec in
            let r = rec.row
            return Item(line: rec.line, country: r["country"] ?? "", location: r["location"] ?? "",
                        text: r["line"] ?? "", date: FakesAdapter.parseDate(r["date"] ?? ""))
        }
    }

    public struct Score: Codable, Sendable {
        public var lines = 0
        public var resolved = 0
        public var right = 0
        public var goldUnresolved = 0
        public var eventLines = 0
        public var airStrikeLines = 0
        public var rate: Double { lines == 0 ? 0 : Double(right) / Double(lines) }
        public var errors: [String] = []

        public var report: String {
            """
            CENTCOM dev: \(lines) lines
              place resolved in the line      \(resolved)
              right place (same entry or ≤ 10 km)  \(fmt(rate))  (\(right)/\(lines))
              gold names the gazetteer lacks  \(goldUnresolved)
              lines giving an event           \(eventLines); coded Air/drone strike \(airStrikeLines)
            """
        }
    }

    /// - Parameters:
    ///   - resolve: the first resolved place in a text (through the extraction pipeline's place resolver).
    ///   - extract: the events of an article.
    public static func score(_ items: [Item], gazetteer: Gazetteer, resolve: (String) -> Place?,
                             extract: (Article) -> [Event]) -> Score {
        var s = Score()
        for item in items where !item.location.isEmpty {
            s.lines += 1
            let gold = gazetteer.lookup(item.location).first { $0.place.country == item.country }?.place
            if gold == nil { s.goldUnresolved += 1 }
            let predicted = resolve(item.text)
            if predicted != nil { s.resolved += 1 }
            var ok = false
            if let p = predicted, let g = gold {
                if p.id == g.id { ok = true } else if let a = p.latitude, let b = p.longitude, let c = g.latitude, let d = g.longitude {
                    ok = GeoDistance.kilometres(a, b, c, d) <= 10
                }
            }
            if ok { s.right += 1 } else {
                s.errors.append("line \(item.line): gold \(item.location) [\(gold?.id ?? "unresolved")] — predicted \(predicted.map { "\($0.name) [\($0.id)]" } ?? "nothing") — \(item.text.prefix(80))")
            }
            let article = Article(id: "centcom-\(item.line)", text: item.text, published: item.date?.description, lang: "en")
            let events = extract(article)
            if !events.isEmpty { s.eventLines += 1 }
            if events.contains(where: { $0.subEventType == "Air/drone strike" }) { s.airStrikeLines += 1 }
        }
        return s
    }
}
