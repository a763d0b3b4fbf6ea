/// Finds date expressions and resolves them against an anchor (the publication date):
/// absolute dates (2024-05-21, 21 May 2024, May 21, 2024), month names ("in December":
/// the most recent December on or before the anchor; "June last year"), years ("in
/// 2019"), weekdays ("on Sunday": the most recent Sunday on or before the anchor) and
/// relative expressions ("yesterday", "last week", "earlier this month") from dates.tsv.
public struct DateResolver: Sendable {
    let doc: Document
    let lexicon: Lexicon

    let timePrepositionEnds: [Bool]

    public init(doc: Document, lexicon: Lexicon) {
        self.doc = doc
        self.lexicon = lexicon
        var ends = [Bool](repeating: false, count: doc.tokens.count + 2)
        for m in doc.matches where m.category == .cue && m.entries.contains(where: { lexicon.entries[Int($0)].cue == .timeprep }) {
            ends[m.end] = true
        }
        timePrepositionEnds = ends
    }

    func number(_ i: Int) -> Int? {
        guard i < doc.tokens.count, doc.tokens[i].kind == .number else { return nil }
        let t = doc.tokens[i]
        guard t.end - t.start <= 4 else { return nil }
        var v = 0
        for k in Int(t.start)..<Int(t.end) {
            let b = doc.text.bytes[k]
            guard b >= 48, b <= 57 else { return nil }  // "5.93", "1,200" are not dates
            v = v * 10 + Int(b - 48)
        }
        return v
    }

    /// "21st", "3rd": a day number with an ordinal suffix.
    func ordinalDay(_ i: Int) -> Int? {
        guard i < doc.tokens.count, doc.tokens[i].kind == .word else { return nil }
        let first = doc.text.bytes[Int(doc.tokens[i].start)]
        guard first >= 48, first <= 57, doc.tokens[i].end - doc.tokens[i].start <= 4 else { return nil }
        let w = doc.word(i)
        for suffix in lexicon.ordinalSuffixes where w.hasSuffix(suffix) && w.count > suffix.count {
            if let v = Int(w.dropLast(2)), (1...31).contains(v) { return v }
        }
        return nil
    }

    func day(_ i: Int) -> Int? {
        if let v = number(i), (1...31).contains(v) { return v }
        return ordinalDay(i)
    }

    func year(_ i: Int) -> Int? {
        guard let v = number(i), (1900...2100).contains(v), doc.tokens[i].end - doc.tokens[i].start == 4 else { return nil }
        return v
    }

    /// All date mentions, in text order. `anchor` may be nil: then only absolute dates resolve.
    public func mentions(anchor: CalendarDay?) -> [DateMention] {
        var out: [DateMention] = []
        var dateWords = TokenMap<LexMatch>(tokens: doc.tokens.count)
        for m in doc.matches where m.category == .date { dateWords[m.start] = m }
        let n = doc.tokens.count
        var i = 0
        while i < n {
            // ISO 2024-05-21
            if let y = year(i), i + 2 < n, let m = number(i + 1), let d = number(i + 2),
               doc.tokens[i + 1].flags.contains(.hyphenBefore), doc.tokens[i + 2].flags.contains(.hyphenBefore),
               CalendarDay.isValid(year: y, month: m, day: d) {
                out.append(DateMention(start: i, end: i + 3, day: CalendarDay(year: y, month: m, day: d), precision: .day, explicitYear: true))
                i += 3; continue
            }
            if let m = dateWords[i] {
                let entry = lexicon.entries[Int(m.entries[0])]
                if let found = resolve(entry, m, anchor: anchor, dateWords) {
                    out.append(found)
                    i = found.end; continue
                }
                i = m.end; continue
            }
            // "21 May 2024", "21 May"
            if let d = day(i), i + 1 < n, let mm = dateWords[i + 1], lexicon.entries[Int(mm.entries[0])].dateKind == .month {
                let month = lexicon.entries[Int(mm.entries[0])].value
                var end = skipAlternateName(mm.end, month: month, dateWords)
                if end < n, doc.isPunct(end, 46) { end += 1 }
                if let y = year(end), CalendarDay.isValid(year: y, month: month, day: d) {
                    out.append(DateMention(start: i, end: end + 1, day: CalendarDay(year: y, month: month, day: d), precision: .day, explicitYear: true))
                    i = end + 1; continue
                }
                if let a = anchor, let r = recent(month: month, day: d, anchor: a) {
                    out.append(DateMention(start: i, end: mm.end, day: r, precision: .day, explicitYear: false))
                    i = mm.end; continue
                }
            }
            // "in 2019" (a bare year after a preposition)
            if let y = year(i), i > 0, isTimePreposition(i - 1) {
                out.append(DateMention(start: i, end: i + 1, day: CalendarDay(year: y, month: 1, day: 1), precision: .year, explicitYear: true))
                i += 1; continue
            }
            i += 1
        }
        return out
    }

    private func resolve(_ entry: LexEntry, _ m: LexMatch, anchor: CalendarDay?, _ dateWords: TokenMap<LexMatch>) -> DateMention? {
        let n = doc.tokens.count
        switch entry.dateKind {
        case .month:
            let month = entry.value
            var end = skipAlternateName(m.end, month: month, dateWords)
            if end < n, doc.isPunct(end, 46) { end += 1 }  // "Dec."
            // May 21, 2024 / May 21 2024 / May 21
            if let d = day(end) {
                var e2 = end + 1
                if e2 < n, doc.isPunct(e2, 44) { e2 += 1 }
                if let y = year(e2), CalendarDay.isValid(year: y, month: month, day: d) {
                    return DateMention(start: m.start, end: e2 + 1, day: CalendarDay(year: y, month: month, day: d), precision: .day, explicitYear: true)
                }
                if let y = year(e2) { _ = y }
                if year(end) == nil, let a = anchor, let r = recent(month: month, day: d, anchor: a) {
                    return DateMention(start: m.start, end: end + 1, day: r, precision: .day, explicitYear: false)
                }
            }
            // May 2024
            if let y = year(end) {
                return DateMention(start: m.start, end: end + 1, day: CalendarDay(year: y, month: month, day: 1), precision: .month, explicitYear: true)
            }
            guard let a = anchor else { return nil }
            // "June last year", "March this year"
            if let rel = dateWords[end], lexicon.entries[Int(rel.entries[0])].dateKind == .agoYear {
                let back = lexicon.entries[Int(rel.entries[0])].value
                return DateMention(start: m.start, end: rel.end, day: CalendarDay(year: a.year - back, month: month, day: 1), precision: .month, explicitYear: false)
            }
            // Month names alone need a preposition to be dates ("in December", "last March").
            guard m.start > 0, isTimePreposition(m.start - 1) else { return nil }
            let y = month <= a.month ? a.year : a.year - 1
            return DateMention(start: m.start, end: m.end, day: CalendarDay(year: y, month: month, day: 1), precision: .month, explicitYear: false)
        case .weekday:
            guard let a = anchor else { return nil }
            var back = (a.weekday - entry.value + 7) % 7
            var start = m.start
            var stop = m.end
            // "last Tuesday", "الثلاثاء الماضي": the one before, even on a Tuesday.
            func previous(_ w: LexMatch?) -> Bool { w.map { lexicon.entries[Int($0.entries[0])].dateKind == .previous } ?? false }
            if m.start > 0, let before = dateWords[m.start - 1], before.end == m.start, previous(before) {
                start = before.start
                if back == 0 { back = 7 }
            } else if previous(dateWords[m.end]) {
                stop = dateWords[m.end]!.end
                if back == 0 { back = 7 }
            }
            // "Wed 05 Apr 2017": a weekday before an absolute date belongs to that date.
            var end = m.end
            if end < n, doc.isPunct(end, 44) || doc.isPunct(end, 46) { end += 1 }
            if day(end) != nil { return nil }
            return DateMention(start: start, end: stop, day: a.adding(days: -back), precision: .day, explicitYear: false)
        case .agoDay, .daysBefore:
            guard let a = anchor else { return nil }
            return DateMention(start: m.start, end: m.end, day: a.adding(days: -entry.value), precision: .day, explicitYear: false,
                               forwardOnly: entry.dateKind == .daysBefore)
        case .agoWeek:
            guard let a = anchor else { return nil }
            return DateMention(start: m.start, end: m.end, day: a.start(of: .week).adding(days: -7 * entry.value), precision: .week, explicitYear: false)
        case .agoMonth:
            guard let a = anchor else { return nil }
            var y = a.year, mo = a.month - entry.value
            while mo < 1 { mo += 12; y -= 1 }
            return DateMention(start: m.start, end: m.end, day: CalendarDay(year: y, month: mo, day: 1), precision: .month, explicitYear: false)
        case .agoYear:
            guard let a = anchor else { return nil }
            return DateMention(start: m.start, end: m.end, day: CalendarDay(year: a.year - entry.value, month: 1, day: 1), precision: .year, explicitYear: false)
        case .dayOrdinal:
            // "الثامن من آذار [2023]": an ordinal day, "من" (of), a month, maybe a year.
            var k = m.end
            if let of = dateWords[k], lexicon.entries[Int(of.entries[0])].dateKind == .dayOf { k = of.end }
            guard k < n, let mm = dateWords[k], lexicon.entries[Int(mm.entries[0])].dateKind == .month else { return nil }
            let month = lexicon.entries[Int(mm.entries[0])].value
            if let y = year(mm.end), CalendarDay.isValid(year: y, month: month, day: entry.value) {
                return DateMention(start: m.start, end: mm.end + 1, day: CalendarDay(year: y, month: month, day: entry.value), precision: .day, explicitYear: true)
            }
            guard let a = anchor, let r = recent(month: month, day: entry.value, anchor: a) else { return nil }
            return DateMention(start: m.start, end: mm.end, day: r, precision: .day, explicitYear: false)
        case .previous, .ordinalSuffix, .dayOf, .none:
            return nil
        }
    }

    /// Is token i a word after which a month or a bare year is a date ("in", "since", "في")?
    func isTimePreposition(_ i: Int) -> Bool {
        i + 1 >= 0 && i + 1 < timePrepositionEnds.count && timePrepositionEnds[i + 1]
    }

    /// Arabic news names a month in both systems: "يوليو/تموز 2014", "يوليو (تموز)". After a
    /// month name ending at `end`, skips "/" or "(" and the same month's other name (and ")").
    private func skipAlternateName(_ end: Int, month: Int, _ dateWords: TokenMap<LexMatch>) -> Int {
        let n = doc.tokens.count
        guard end + 1 < n, doc.isPunct(end, 47) || doc.isPunct(end, 40),
              let other = dateWords[end + 1], lexicon.entries[Int(other.entries[0])].dateKind == .month,
              lexicon.entries[Int(other.entries[0])].value == month else { return end }
        var e = other.end
        if e < n, doc.isPunct(e, 41) { e += 1 }
        return e
    }

    /// The most recent (month, day) on or before the anchor.
    private func recent(month: Int, day: Int, anchor a: CalendarDay) -> CalendarDay? {
        let y = (month, day) <= (a.month, a.day) ? a.year : a.year - 1
        guard CalendarDay.isValid(year: y, month: month, day: day) else { return nil }
        return CalendarDay(year: y, month: month, day: day)
    }

    /// The anchor when an article has no `published` date: a full date near the start
    /// (a dateline such as "Wed 05 Apr 2017" or "DAMASCUS, May 3, 2024"), else one after
    /// "Updated:" / "Published:" / "Posted:" anywhere (page timestamps).
    /// How far into the text a full date is still the page's date line.
    static let datelineBytes = 120

    public func datelineAnchor() -> CalendarDay? {
        let all = mentions(anchor: nil).filter { $0.explicitYear && $0.precision == .day }
        if let first = all.first, doc.tokens[first.start].start < Self.datelineBytes { return first.day }
        var stampEnds = Set<Int>()
        for m in doc.matches where m.category == .cue && m.entries.contains(where: { lexicon.entries[Int($0)].cue == .timestamp }) {
            stampEnds.insert(m.end)
        }
        // "Updated: February 14, 2026", "Posted on April 19 2017".
        for m in all where stampEnds.contains(m.start) || stampEnds.contains(m.start - 1) || stampEnds.contains(m.start - 2) {
            return m.day
        }
        return nil
    }
}
