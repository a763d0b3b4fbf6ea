/// The day an article's relative dates ("on Tuesday", "yesterday") resolve against, and where
/// it came from. An article without `published` is still anchored when it can be: its
/// dateline or page timestamp, a date in its URL ("/2024/05/17/", "20240517", "14-08-2025"),
/// else the latest full date the text itself names.
public struct ArticleAnchor: Sendable, Equatable {
    public enum Source: String, Sendable { case published, dateline, url, latestInText = "latest date in text" }

    public var day: CalendarDay
    public var source: Source

    static func find(_ article: Article, resolver: DateResolver) -> ArticleAnchor? {
        if let p = article.published, let d = CalendarDay(iso: p) { return ArticleAnchor(day: d, source: .published) }
        if let d = resolver.datelineAnchor() { return ArticleAnchor(day: d, source: .dateline) }
        if let u = article.url, let d = urlDay(u) { return ArticleAnchor(day: d, source: .url) }
        if let d = resolver.mentions(anchor: nil).filter({ $0.explicitYear && $0.precision == .day }).map(\.day).max() {
            return ArticleAnchor(day: d, source: .latestInText)
        }
        return nil
    }

    /// A full date in a URL: /YYYY/MM/DD/, YYYY-MM-DD, YYYYMMDD, DD-MM-YYYY or DDMMYYYY (the
    /// first reading that is a real day between 1990 and 2100).
    public static func urlDay(_ url: String) -> CalendarDay? {
        let b = Array(url.utf8)
        // Runs of digits and the separators between them.
        var runs: [(value: [UInt8], end: Int)] = []
        var i = 0
        while i < b.count {
            if b[i] >= 48, b[i] <= 57 {
                var e = i
                while e < b.count, b[e] >= 48, b[e] <= 57 { e += 1 }
                runs.append((Array(b[i..<e]), e))
                i = e
            } else { i += 1 }
        }
        func int(_ d: ArraySlice<UInt8>) -> Int { d.reduce(0) { $0 * 10 + Int($1 - 48) } }
        func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay? {
            (1990...2100).contains(y) && CalendarDay.isValid(year: y, month: m, day: d) ? CalendarDay(year: y, month: m, day: d) : nil
        }
        // Consecutive runs separated by one '/', '-' or '_': Y M D or D M Y.
        for k in runs.indices where k + 2 < runs.count {
            let (a, bb, c) = (runs[k], runs[k + 1], runs[k + 2])
            let adjacent = bb.end - bb.value.count - a.end == 1 && c.end - c.value.count - bb.end == 1
            guard adjacent, bb.value.count <= 2 else { continue }
            if a.value.count == 4, c.value.count <= 2, let d = day(int(a.value[...]), int(bb.value[...]), int(c.value[...])) { return d }
            if c.value.count == 4, a.value.count <= 2, let d = day(int(c.value[...]), int(bb.value[...]), int(a.value[...])) { return d }
        }
        // Eight (or nine, with a trailing digit) digits: YYYYMMDD or DDMMYYYY.
        for r in runs where r.value.count == 8 || r.value.count == 9 {
            let v = r.value
            if let d = day(int(v[0..<4]), int(v[4..<6]), int(v[6..<8])) { return d }
            if let d = day(int(v[4..<8]), int(v[2..<4]), int(v[0..<2])) { return d }
        }
        return nil
    }
}
