import Foundation
import GRDB
import MarsadCore

/// The SQLite event store (one file, WAL mode) through GRDB. Owns the database writer and
/// exposes intent-named operations; migrations are named and append-only.
public final class SQLiteStore: EventStore, @unchecked Sendable {
    let writer: any DatabaseWriter

    /// Opens (creating if needed) the database file at `path`.
    public init(path: String) throws {
        do {
            var config = Configuration()
            config.busyMode = .timeout(10)
            config.prepareDatabase { db in
                // Reads map the file instead of copying pages through read(2), and each
                // connection keeps up to 64 MB of pages: the API's queries stay in memory.
                try db.execute(sql: "PRAGMA mmap_size = 4294967296")
                try db.execute(sql: "PRAGMA cache_size = -65536")
            }
            writer = try DatabasePool(path: path, configuration: config)
            try Self.migrator.migrate(writer)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// An in-memory database, for tests.
    public init() throws {
        writer = try DatabaseQueue()
        try Self.migrator.migrate(writer)
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1 articles, events, full-text search") { db in
            try db.create(table: "article") { t in
                t.autoIncrementedPrimaryKey("rowid")
                t.column("externalID", .text).notNull().indexed()
                t.column("url", .text).indexed()
                t.column("title", .text)
                t.column("source", .text)
                t.column("published", .text)
                t.column("lang", .text)
                t.column("text", .text).notNull()
                t.column("contentHash", .text).notNull().unique()
                t.column("ingestedAt", .text).notNull()
            }
            try db.create(table: "event") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("articleRowID", .integer).notNull().references("article", onDelete: .cascade).indexed()
                t.column("eventType", .text).notNull()
                t.column("subEventType", .text).notNull()
                t.column("actor1", .text)
                t.column("actor2", .text)
                t.column("country", .text)
                t.column("admin1", .text)
                t.column("admin2", .text)
                t.column("location", .text)
                t.column("latitude", .double)
                t.column("longitude", .double)
                t.column("geoPrecision", .integer)
                t.column("date", .text).notNull().indexed()
                t.column("datePrecision", .text).notNull()
                t.column("fatalities", .integer).notNull()
                t.column("fatalitiesLow", .integer)
                t.column("fatalitiesHigh", .integer)
                t.column("confidence", .double)
                t.column("placeID", .text)
                t.column("rule", .text)
                t.column("evidence", .text).notNull()
                t.column("codedWith", .text).notNull()
            }
            try db.create(index: "event_admin1_date", on: "event", columns: ["admin1", "date"])
            try db.create(index: "event_type_date", on: "event", columns: ["eventType", "date"])
            try db.create(index: "event_actor1_date", on: "event", columns: ["actor1", "date"])
            try db.create(index: "event_actor2_date", on: "event", columns: ["actor2", "date"])
            try db.create(index: "event_lat_lon", on: "event", columns: ["latitude", "longitude"])
            try db.create(virtualTable: "articleSearch", using: FTS5()) { t in
                t.synchronize(withTable: "article")
                t.tokenizer = .unicode61()
                t.column("title")
                t.column("text")
            }
        }
        m.registerMigration("v2 incidents") { db in
            try db.alter(table: "event") { t in t.add(column: "incidentID", .integer) }
            try db.create(index: "event_incident", on: "event", columns: ["incidentID"])
        }
        m.registerMigration("v3 spatial index") { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE eventGeo USING rtree(id, minLat, maxLat, minLon, maxLon)")
            try db.execute(sql: "INSERT INTO eventGeo SELECT id, latitude, latitude, longitude, longitude FROM event WHERE latitude IS NOT NULL AND longitude IS NOT NULL")
        }
        m.registerMigration("v4 incident summary, setting, api keys, generation") { db in
            try db.alter(table: "event") { t in
                t.add(column: "isPrimary", .boolean).notNull().defaults(to: true)
                t.add(column: "sourcesCount", .integer).notNull().defaults(to: 1)
                t.add(column: "incidentFatalities", .integer)
                t.add(column: "setting", .text)
            }
            try db.create(index: "event_fatalities", on: "event", columns: ["fatalities"])
            try db.create(index: "event_place", on: "event", columns: ["placeID"])
            try db.create(table: "apiKey") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("hash", .text).notNull().unique()
                t.column("prefix", .text).notNull()
                t.column("role", .text).notNull()
                t.column("label", .text)
                t.column("createdAt", .text).notNull()
                t.column("revokedAt", .text)
            }
            // Bumped by every write that changes what queries return, by any process: readers
            // (the API's response cache) compare it to know their answers are still current.
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .integer).notNull()
            }
            try db.execute(sql: "INSERT INTO meta VALUES ('generation', 0)")
        }
        m.registerMigration("v5 indexes for the API's filters") { db in
            // admin1 and country are compared without case; their indexes must say so to be used.
            try db.execute(sql: "DROP INDEX IF EXISTS event_admin1_date")
            try db.execute(sql: "CREATE INDEX event_admin1_date ON event(admin1 COLLATE NOCASE, date)")
            try db.execute(sql: "CREATE INDEX event_type_admin1_date ON event(eventType, admin1 COLLATE NOCASE, date)")
            try db.execute(sql: "CREATE INDEX event_country_date ON event(country COLLATE NOCASE, date)")
            try db.execute(sql: "CREATE INDEX event_setting_date ON event(setting, date)")
            // For sort=-fatalities with the common filters (no sort of every match).
            try db.execute(sql: "CREATE INDEX event_type_admin1_fatalities ON event(eventType, admin1 COLLATE NOCASE, fatalities)")
            try db.execute(sql: "CREATE INDEX event_admin1_fatalities ON event(admin1 COLLATE NOCASE, fatalities)")
            try db.execute(sql: "CREATE INDEX event_type_fatalities ON event(eventType, fatalities)")
            try db.execute(sql: "ANALYZE")
        }
        return m
    }

    /// Refreshes the query planner's statistics (after large writes).
    public func optimize() throws {
        try writer.write { db in try db.execute(sql: "PRAGMA optimize") }
    }

    /// Recomputes the incident clusters (each report keeps its own coding; only `incidentID`
    /// and the incident summary columns change: which report represents its incident, how
    /// many sources it has, its conservative toll). Returns the number of incidents touched.
    ///
    /// With `around`, only the reports that could share an incident with events dated in that
    /// range are reclustered: those within 40 days of it (the clusterer never joins reports a
    /// month apart), year-precision reports of those years, and every report of an incident
    /// any of them is in. Without it, the whole store is.
    @discardableResult
    public func recluster(_ clusterer: IncidentClusterer = IncidentClusterer(), around range: ClosedRange<CalendarDay>? = nil) throws -> Int {
        let stored: [StoredEvent]
        if let range {
            let lo = range.lowerBound.adding(days: -40), hi = range.upperBound.adding(days: 40)
            let decoder = JSONDecoder()
            stored = try writer.read { db in
                try Row.fetchAll(db, sql: """
                    WITH w AS (SELECT id, incidentID FROM event WHERE date BETWEEN ? AND ?
                               OR (datePrecision = 'year' AND substr(date, 1, 4) BETWEEN ? AND ?))
                    SELECT \(Self.eventColumns)
                    FROM event e JOIN article a ON a.rowid = e.articleRowID
                    WHERE e.id IN (SELECT id FROM w)
                       OR e.incidentID IN (SELECT incidentID FROM w WHERE incidentID IS NOT NULL)
                    """, arguments: [lo.description, hi.description + "\u{FFFF}",
                                     String(lo.description.prefix(4)), String(hi.description.prefix(4))])
                    .map { try Self.storedEvent($0, decoder) }
            }
        } else {
            var f = EventFilter()
            f.limit = Int.max
            stored = try events(matching: f)
        }
        let byID = Dictionary(uniqueKeysWithValues: stored.map { ($0.id, $0) })
        let clusters = clusterer.cluster(stored.map { IncidentClusterer.Report(id: $0.id, event: $0.event) })
        try writer.write { db in
            let update = try db.makeStatement(sql: """
                UPDATE event SET incidentID = ?, isPrimary = ?, sourcesCount = ?, incidentFatalities = ? WHERE id = ?
                """)
            for c in clusters {
                let incidentID = c.min()!
                var reports = c.compactMap { byID[$0] }
                for k in reports.indices { reports[k].incidentID = incidentID }
                let incident = Incident(reports: reports)
                for id in c {
                    try update.execute(arguments: [incidentID, id == incident.representativeID, c.count,
                                                   incident.event.fatalities, id])
                }
            }
            try Self.bumpGeneration(db)
        }
        return clusters.count
    }

    static func bumpGeneration(_ db: Database) throws {
        try db.execute(sql: "UPDATE meta SET value = value + 1 WHERE key = 'generation'")
    }

    /// A number that changes whenever stored data changes (in this process or another).
    public func generation() throws -> Int64 {
        try writer.read { db in try Int64.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? 0 }
    }

    public func add(_ batch: [(article: Article, events: [Event])], codedWith: String) throws -> [Bool] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let now = ISO8601DateFormatter().string(from: Date())
        return try writer.write { db in
            var added: [Bool] = []
            for (article, events) in batch {
                let hash = ContentHash.of(article.text)
                let exists = try Bool.fetchOne(db, sql: """
                    SELECT EXISTS(SELECT 1 FROM article WHERE contentHash = ? OR (? IS NOT NULL AND url = ?))
                    """, arguments: [hash, article.url, article.url]) ?? false
                if exists { added.append(false); continue }
                try db.execute(sql: """
                    INSERT INTO article (externalID, url, title, source, published, lang, text, contentHash, ingestedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [article.id, article.url, article.title, article.source, article.published,
                                     article.lang, article.text, hash, now])
                let rowID = db.lastInsertedRowID
                for e in events {
                    let evidence = String(decoding: try encoder.encode(e.evidence), as: UTF8.self)
                    try db.execute(sql: """
                        INSERT INTO event (articleRowID, eventType, subEventType, actor1, actor2, country, admin1, admin2,
                          location, latitude, longitude, geoPrecision, date, datePrecision, fatalities, fatalitiesLow,
                          fatalitiesHigh, confidence, placeID, rule, evidence, codedWith, setting)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [rowID, e.eventType, e.subEventType, e.actor1, e.actor2, e.country, e.admin1, e.admin2,
                                         e.location, e.latitude, e.longitude, e.geoPrecision, e.date, e.datePrecision.rawValue,
                                         e.fatalities, e.fatalitiesLow, e.fatalitiesHigh, e.confidence, e.placeID, e.rule,
                                         evidence, codedWith, e.setting])
                    if let lat = e.latitude, let lon = e.longitude {
                        try db.execute(sql: "INSERT INTO eventGeo VALUES (?, ?, ?, ?, ?)", arguments: [db.lastInsertedRowID, lat, lat, lon, lon])
                    }
                }
                added.append(true)
            }
            if added.contains(true) { try Self.bumpGeneration(db) }
            return added
        }
    }

    /// The WHERE clause and arguments of a filter (all values bound, never interpolated).
    /// With `paging`, the keyset condition of `after` is included.
    static func whereClause(_ f: EventFilter, paging: Bool = false) -> (String, StatementArguments) {
        var conditions: [String] = []
        var args: [any DatabaseValueConvertible] = []
        // Sorted by fatalities, the date bounds must not steer the planner to a date index (and
        // a sort of every match): "+e.date" keeps them out of index choice, so an index ordered
        // by fatalities is walked and stops at the page's end.
        let date = paging && f.sort == .fatalitiesDescending ? "+e.date" : "e.date"
        if let d = f.since { conditions.append("\(date) >= ?"); args.append(d.description) }
        if let d = f.until { conditions.append("\(date) <= ?"); args.append(d.description) }
        if let t = f.eventType { conditions.append("e.eventType = ?"); args.append(t) }
        if !f.eventTypes.isEmpty {
            conditions.append("e.eventType IN (" + f.eventTypes.map { _ in "?" }.joined(separator: ", ") + ")")
            args += f.eventTypes.map { $0 as any DatabaseValueConvertible }
        }
        if let t = f.subEventType { conditions.append("e.subEventType = ?"); args.append(t) }
        if let a = f.admin1 { conditions.append("e.admin1 = ? COLLATE NOCASE"); args.append(a) }
        if let c = f.country { conditions.append("e.country = ? COLLATE NOCASE"); args.append(c) }
        if let p = f.placeID { conditions.append("e.placeID = ?"); args.append(p) }
        if let s = f.setting { conditions.append("e.setting = ?"); args.append(s) }
        if f.incidentsOnly { conditions.append("e.isPrimary") }
        if let a = f.actor {
            // LIKE's own wildcards in the user's text are taken literally.
            let escaped = a.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            conditions.append("(e.actor1 LIKE ? ESCAPE '\\' OR e.actor2 LIKE ? ESCAPE '\\')")
            args.append("%\(escaped)%"); args.append("%\(escaped)%")
        }
        if let m = f.minFatalities { conditions.append("e.fatalities >= ?"); args.append(m) }
        if let (lat, lon, r) = f.near {
            // A bounding box in SQL; the exact distance is checked after.
            let dLat = r / 111.0
            let dLon = r / (111.0 * max(0.1, cos(lat * .pi / 180)))
            conditions.append("e.id IN (SELECT id FROM eventGeo WHERE minLat >= ? AND maxLat <= ? AND minLon >= ? AND maxLon <= ?)")
            args += [lat - dLat, lat + dLat, lon - dLon, lon + dLon]
        }
        if let (west, south, east, north) = f.bbox {
            conditions.append("e.id IN (SELECT id FROM eventGeo WHERE minLat >= ? AND maxLat <= ? AND minLon >= ? AND maxLon <= ?)")
            args += [south, north, west, east]
        }
        if let q = f.text {
            if let pattern = FTS5Pattern(matchingAllTokensIn: q) {
                conditions.append("e.articleRowID IN (SELECT rowid FROM articleSearch WHERE articleSearch MATCH ?)")
                args.append(pattern)
            } else {
                conditions.append("0")  // no searchable word: nothing matches
            }
        }
        if paging, let c = f.after {
            let op = f.sort.descending ? "<" : ">"
            let column = f.sort.column
            let key: any DatabaseValueConvertible = f.sort == .fatalitiesDescending ? (Int(c.key) ?? 0) : c.key
            conditions.append("(\(column) \(op) ? OR (\(column) = ? AND e.id \(op) ?))")
            args += [key, key, c.id]
        }
        let sql = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return (sql, StatementArguments(args))
    }

    static func orderClause(_ sort: EventSort) -> String {
        let dir = sort.descending ? "DESC" : "ASC"
        return "ORDER BY \(sort.column) \(dir), e.id \(dir)"
    }

    public func events(matching f: EventFilter) throws -> [StoredEvent] {
        let (whereSQL, args) = Self.whereClause(f, paging: true)
        let decoder = JSONDecoder()
        return try writer.read { db in
            // A prepared statement cached per connection (the SQL varies only with which filters
            // are set), and a cursor that reads each value straight from SQLite.
            let statement = try db.cachedStatement(sql: """
                SELECT \(Self.eventColumns)
                FROM event e JOIN article a ON a.rowid = e.articleRowID
                \(whereSQL) \(Self.orderClause(f.sort)) LIMIT ? OFFSET ?
                """)
            let rows = try Row.fetchCursor(statement, arguments: args + [f.limit, f.offset])
            var out: [StoredEvent] = []
            while let row = try rows.next() {
                let s = try Self.storedEvent(row, decoder)
                if let (lat, lon, r) = f.near, let a = s.event.latitude, let b = s.event.longitude,
                   GeoDistance.kilometres(lat, lon, a, b) > r { continue }
                out.append(s)
            }
            return out
        }
    }

    /// The columns `storedEvent` reads, in its order (read by position: looking columns up by
    /// name costs more than the query on the API's hot path).
    static let eventColumns = """
        e.id, e.eventType, e.subEventType, e.actor1, e.actor2, e.country, e.admin1, e.admin2, e.location, e.latitude,
        e.longitude, e.geoPrecision, e.date, e.datePrecision, e.fatalities, e.fatalitiesLow, e.fatalitiesHigh, e.confidence,
        e.placeID, e.rule, e.setting, e.evidence, e.codedWith, e.incidentID, e.isPrimary, e.sourcesCount, e.incidentFatalities,
        a.externalID, a.source, a.title
        """

    /// Decodes a row of `SELECT eventColumns FROM event e JOIN article a`.
    static func storedEvent(_ row: Row, _ decoder: JSONDecoder) throws -> StoredEvent {
        var e = Event(articleID: row[27], eventType: row[1], subEventType: row[2],
                      actor1: row[3], actor2: row[4], country: row[5], admin1: row[6],
                      admin2: row[7], location: row[8], latitude: row[9], longitude: row[10],
                      geoPrecision: row[11], date: row[12],
                      datePrecision: DatePrecision(rawValue: row[13]) ?? .day, fatalities: row[14],
                      fatalitiesLow: row[15], fatalitiesHigh: row[16],
                      confidence: row[17], placeID: row[18], rule: row[19])
        e.setting = row[20]
        let evidence: String = row[21]
        e.evidence = evidence == "[]" ? [] : try decoder.decode([Evidence].self, from: Data(evidence.utf8))
        return StoredEvent(id: row[0], event: e, codedWith: row[22], source: row[28],
                           articleTitle: row[29], incidentID: row[23],
                           isPrimary: row[24], sourcesCount: row[25],
                           incidentFatalities: row[26])
    }

    public func count(matching f: EventFilter) throws -> Int {
        let (whereSQL, args) = Self.whereClause(f)
        return try writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event e \(whereSQL)", arguments: args) ?? 0
        }
    }

    public func searchArticles(_ query: String, limit: Int) throws -> [(id: String, title: String?, snippet: String)] {
        guard let pattern = FTS5Pattern(matchingPhrase: query) else { return [] }
        return try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.externalID, a.title, snippet(articleSearch, 1, '[', ']', '…', 12) AS snip
                FROM articleSearch JOIN article a ON a.rowid = articleSearch.rowid
                WHERE articleSearch MATCH ? ORDER BY rank LIMIT ?
                """, arguments: [pattern, limit]).map { ($0["externalID"], $0["title"], $0["snip"]) }
        }
    }

    public func stats() throws -> StoreStats {
        try writer.read { db in
            var s = StoreStats()
            s.articles = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0
            s.events = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0
            func groups(_ expr: String) throws -> [(String, Int)] {
                try Row.fetchAll(db, sql: "SELECT \(expr) AS k, COUNT(*) AS n FROM event GROUP BY k ORDER BY k")
                    .map { (($0["k"] as String?) ?? "—", $0["n"]) }
            }
            s.byMonth = try groups("substr(date, 1, 7)")
            s.byType = try groups("eventType")
            s.byAdmin1 = try groups("admin1")
            return s
        }
    }
}
