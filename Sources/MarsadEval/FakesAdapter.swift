import MarsadCore

/// Reads the FA-KES development CSV (article_title, article_content, date m/d/yy,
/// location = governorate in lower case, …) and scores the extractor's main event
/// per article: governorate right, date right (the gold day inside the predicted
/// period), and both.
public enum FakesAdapter {
    public struct Item: Sendable {
        public var line: Int
        public var article: Article
        public var governorate: String
        public var date: CalendarDay?
    }

    public static func items(_ csv: String) throws -> [Item] {
        try CSVReader.table(csv).enumerated().map { k, rec in
            let r = rec.row
            let title = r["article_title"] ?? ""
            let content = r["article_content"] ?? ""
            let text = content.hasPrefix(title) || title.isEmpty ? content : title + ".\n\n" + content
            return Item(line: rec.line, article: Article(id: "fakes-\(r["unit_id"] ?? String(k))", text: text, lang: "en"),
                        governorate: r["location"] ?? "", date: parseDate(r["date"] ?? ""))
        }
    }

    /// m/d/yy or m/d/yyyy.
    public static func parseDate(_ s: String) -> CalendarDay? {
        let parts = s.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        let y = parts[2] < 100 ? 2000 + parts[2] : parts[2]
        guard CalendarDay.isValid(year: y, month: parts[0], day: parts[1]) else { return nil }
        return CalendarDay(year: y, month: parts[0], day: parts[1])
    }

    public struct Score: Codable, Sendable {
        public var articles = 0
        public var withEvent = 0
        public var governorateRight = 0
        public var dateRight = 0
        public var bothRight = 0
        public var governorateRate: Double { articles == 0 ? 0 : Double(governorateRight) / Double(articles) }
        public var dateRate: Double { articles == 0 ? 0 : Double(dateRight) / Double(articles) }
        public var bothRate: Double { articles == 0 ? 0 : Double(bothRight) / Double(articles) }
        public var errors: [String] = []
        /// Articles whose label date is within a day of the article's own dateline date, and the
        /// scores on them: many FA-KES labels are weeks or months off the article they label.
        public var consistent = 0
        public var consistentGovernorate = 0
        public var consistentDate = 0
        public var consistentBoth = 0

        public var report: String {
            func r(_ n: Int, _ d: Int) -> String { d == 0 ? "-" : fmt(Double(n) / Double(d)) }
            return """
            FA-KES dev: \(articles) articles, \(withEvent) with at least one extracted event
              main event governorate right  \(fmt(governorateRate))  (\(governorateRight))
              main event date right         \(fmt(dateRate))  (\(dateRight))
              both right                    \(fmt(bothRate))  (\(bothRight))
              on the \(consistent) articles whose label date is within a day of their own dateline:
                governorate \(r(consistentGovernorate, consistent))  date \(r(consistentDate, consistent))  both \(r(consistentBoth, consistent))
            """
        }
    }

    /// The main event: the lead event (first in the text) among those dated to the day, as a
    /// news story reports its main event first; else the first event.
    public static func mainEvent(_ events: [Event]) -> Event? {
        events.first { $0.datePrecision == .day } ?? events.first
    }

    public static func score(_ items: [Item], gazetteer: Gazetteer, anchor: (Article) -> CalendarDay? = { _ in nil },
                             extract: (Article) -> [Event]) -> Score {
        var s = Score()
        for item in items {
            s.articles += 1
            var labelConsistent = false
            if let d = item.date, let a = anchor(item.article), abs(a.dayNumber - d.dayNumber) <= 1 {
                labelConsistent = true
                s.consistent += 1
            }
            let events = extract(item.article)
            guard let main = mainEvent(events) else {
                s.errors.append("line \(item.line): no event (gold \(item.governorate) \(item.date?.description ?? "?"))")
                continue
            }
            s.withEvent += 1
            let goldAdmin = governorate(item.governorate, gazetteer)
            var govOK = goldAdmin != nil && main.admin1 == goldAdmin
            // FA-KES has no Rif Dimashq label: its "damascus" covers the city and its countryside.
            if goldAdmin == "Damascus", main.admin1 == "Rural Damascus" { govOK = true }
            var dateOK = false
            if let d = item.date, let p = CalendarDay(iso: main.date) {
                dateOK = p <= d && d <= p.end(of: main.datePrecision)
            }
            if govOK { s.governorateRight += 1 }
            if dateOK { s.dateRight += 1 }
            if govOK && dateOK { s.bothRight += 1 }
            if labelConsistent {
                if govOK { s.consistentGovernorate += 1 }
                if dateOK { s.consistentDate += 1 }
                if govOK && dateOK { s.consistentBoth += 1 }
            }
            if !(govOK && dateOK) {
                s.errors.append("line \(item.line): gold \(item.governorate) \(item.date?.description ?? "?") — predicted \(main.admin1 ?? "-") \(main.date)/\(main.datePrecision.rawValue)")
            }
        }
        return s
    }

    /// The gazetteer's admin1 name for a FA-KES governorate label ("deir ezzor", "daraa" …).
    public static func governorate(_ label: String, _ g: Gazetteer) -> String? {
        g.lookup(label).first { $0.place.kind == .governorate }?.place.admin1
    }
}
