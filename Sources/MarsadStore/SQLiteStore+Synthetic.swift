import GRDB
import MarsadCore

extension SQLiteStore {
    /// Fills the store with `count` synthetic events spread over `places`, the taxonomy and
    /// 2012–2026 (deterministic for a seed): the database the query benchmark runs on.
    public func insertSynthetic(count: Int, places: [Place], taxonomy: [(String, String)], actors: [String], seed: UInt64 = 1) throws {
        var state = seed &+ 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        func pick<T>(_ a: [T]) -> T { a[Int(next() % UInt64(a.count))] }
        let located = places.filter { $0.latitude != nil && $0.isInCoverage && $0.kind != .country }
        let start = CalendarDay(year: 2012, month: 1, day: 1).dayNumber
        let span = CalendarDay(year: 2026, month: 11, day: 1).dayNumber - start
        let perArticle = 5
        try writer.write { db in
            let article = try db.makeStatement(sql: """
                INSERT INTO article (externalID, url, title, source, published, lang, text, contentHash, ingestedAt)
                VALUES (?, NULL, ?, 'synthetic', ?, 'en', ?, ?, '2026-11-29T00:00:00Z')
                """)
            let event = try db.makeStatement(sql: """
                INSERT INTO event (articleRowID, eventType, subEventType, actor1, actor2, country, admin1, admin2, location,
                  latitude, longitude, geoPrecision, date, datePrecision, fatalities, confidence, placeID, rule, evidence, codedWith,
                  setting)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 'day', ?, 0.8, ?, 'synthetic', '[]', 'synthetic', ?)
                """)
            let geo = try db.makeStatement(sql: "INSERT INTO eventGeo VALUES (?, ?, ?, ?, ?)")
            var made = 0, k = 0
            while made < count {
                let day = CalendarDay(dayNumber: start + Int(next() % UInt64(span)))
                try article.execute(arguments: ["syn-\(k)", "Synthetic \(k)", day.description, "Synthetic article \(k)", "syn-\(k)-\(seed)"])
                let rowID = db.lastInsertedRowID
                for _ in 0..<min(perArticle, count - made) {
                    let p = pick(located)
                    let (t, s) = pick(taxonomy)
                    let d = CalendarDay(dayNumber: day.dayNumber - Int(next() % 3))
                    try event.execute(arguments: [rowID, t, s, pick(actors), pick(actors), p.country, p.admin1, p.admin2, p.name,
                                                  p.latitude, p.longitude, d.description, Int(next() % 10), p.id, p.setting?.rawValue])
                    try geo.execute(arguments: [db.lastInsertedRowID, p.latitude, p.latitude, p.longitude, p.longitude])
                    made += 1
                }
                k += 1
            }
            try Self.bumpGeneration(db)
        }
        try writer.writeWithoutTransaction { db in try db.execute(sql: "ANALYZE") }
    }
}
