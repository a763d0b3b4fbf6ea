import GRDB
import MarsadCore

extension SQLiteStore {
    /// Events and fatalities per period, split by `group`, over the events matching `filter`
    /// (its paging fields are ignored). Incidents count once when `filter.incidentsOnly`, with
    /// their conservative toll; grouped by actor, an event counts for each of its two actors.
    public func timeseries(_ filter: EventFilter, by period: TimePeriod, group: TimeGrouping) throws -> [TimeBucket] {
        let (whereSQL, args) = Self.whereClause(filter)
        let fatalities = "COALESCE(e.incidentFatalities, e.fatalities)"
        let sql: String
        var arguments = args
        if group == .actor {
            let and = whereSQL.isEmpty ? "WHERE" : "\(whereSQL) AND"
            sql = """
                SELECT p, g, COUNT(*) AS n, SUM(f) AS f FROM (
                  SELECT \(period.expression) AS p, e.actor1 AS g, \(fatalities) AS f FROM event e \(whereSQL)
                  UNION ALL
                  SELECT \(period.expression), e.actor2, \(fatalities) FROM event e \(and) e.actor2 IS NOT NULL
                    AND e.actor2 IS NOT e.actor1
                ) GROUP BY p, g ORDER BY p, g
                """
            arguments += args
        } else {
            sql = """
                SELECT \(period.expression) AS p, \(group.expression) AS g, COUNT(*) AS n, SUM(\(fatalities)) AS f
                FROM event e \(whereSQL) GROUP BY p, g ORDER BY p, g
                """
        }
        return try writer.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map {
                TimeBucket(period: $0["p"], group: $0["g"], events: $0["n"], fatalities: $0["f"] ?? 0)
            }
        }
    }

    /// Totals and the largest groups over the events matching `filter`.
    public func summary(_ filter: EventFilter, top: Int = 10) throws -> EventSummary {
        let (whereSQL, args) = Self.whereClause(filter)
        let fatalities = "COALESCE(e.incidentFatalities, e.fatalities)"
        return try writer.read { db in
            var s = EventSummary()
            if let row = try Row.fetchOne(db, sql: """
                SELECT COUNT(*) AS n, SUM(\(fatalities)) AS f, SUM(e.sourcesCount) AS r, COUNT(DISTINCT e.articleRowID) AS a,
                       MIN(e.date) AS first, MAX(e.date) AS last
                FROM event e \(whereSQL)
                """, arguments: args) {
                s.events = row["n"]
                s.fatalities = row["f"] ?? 0
                s.reports = filter.incidentsOnly ? (row["r"] ?? 0) : s.events
                s.articles = row["a"]
                s.firstDate = row["first"]
                s.lastDate = row["last"]
            }
            func counts(_ expr: String) throws -> [EventSummary.Count] {
                try Row.fetchAll(db, sql: """
                    SELECT \(expr) AS k, COUNT(*) AS n, SUM(\(fatalities)) AS f FROM event e \(whereSQL)
                    GROUP BY k ORDER BY n DESC, k LIMIT ?
                    """, arguments: args + [top]).map { .init(key: $0["k"], events: $0["n"], fatalities: $0["f"] ?? 0) }
            }
            s.byType = try counts("e.eventType")
            s.byAdmin1 = try counts("e.admin1")
            s.byActor = try counts("e.actor1")
            s.bySetting = try counts("e.setting")
            return s
        }
    }

    /// The events matching `filter` gathered by map point (at most `limit` points, the
    /// busiest first), each with its most frequent event type.
    public func places(_ filter: EventFilter, limit: Int = 20_000) throws -> [PlaceAggregate] {
        let (whereSQL, args) = Self.whereClause(filter)
        let and = whereSQL.isEmpty ? "WHERE" : "\(whereSQL) AND"
        let rows = try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.latitude AS lat, e.longitude AS lon, e.eventType AS t, MAX(e.location) AS loc,
                       MAX(e.admin1) AS adm, COUNT(*) AS n, SUM(COALESCE(e.incidentFatalities, e.fatalities)) AS f,
                       MAX(e.date || '|' || printf('%020d', e.id)) AS latest
                FROM event e \(and) e.latitude IS NOT NULL AND e.longitude IS NOT NULL
                GROUP BY e.latitude, e.longitude, e.eventType
                """, arguments: args)
        }
        struct Key: Hashable { var lat: Double, lon: Double }
        var order: [Key] = []
        var byPoint: [Key: (aggregate: PlaceAggregate, typeCount: Int, latest: String)] = [:]
        for row in rows {
            let key = Key(lat: row["lat"], lon: row["lon"])
            let n: Int = row["n"], f: Int = row["f"] ?? 0, latest: String = row["latest"], type: String = row["t"]
            if var entry = byPoint[key] {
                entry.aggregate.events += n
                entry.aggregate.fatalities += f
                if n > entry.typeCount || (n == entry.typeCount && type < entry.aggregate.eventType) {
                    entry.aggregate.eventType = type
                    entry.typeCount = n
                }
                if latest > entry.latest { entry.latest = latest }
                byPoint[key] = entry
            } else {
                order.append(key)
                byPoint[key] = (PlaceAggregate(latitude: key.lat, longitude: key.lon, location: row["loc"], admin1: row["adm"],
                                               events: n, fatalities: f, eventType: type, latestID: 0, latestDate: ""), n, latest)
            }
        }
        var out = order.map { key -> PlaceAggregate in
            let entry = byPoint[key]!
            var a = entry.aggregate
            let parts = entry.latest.split(separator: "|")
            a.latestDate = String(parts.first ?? "")
            a.latestID = Int64(parts.last ?? "0") ?? 0
            return a
        }
        out.sort { ($0.events, $0.latestID) > ($1.events, $1.latestID) }
        return Array(out.prefix(limit))
    }
}
