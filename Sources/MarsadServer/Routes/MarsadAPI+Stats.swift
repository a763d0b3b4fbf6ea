import Foundation
import Hummingbird
import MarsadCore
import MarsadStore
import NIOCore

/// `GET /api/stats/timeseries`, `GET /api/stats/summary` and `GET /api/map`.
extension MarsadAPI {
    func timeseries(_ request: Request, _ context: MarsadRequestContext) async throws -> Response {
        try await cached(request, context) {
            let q = try EventQuery(request, allowed: ["by", "group"])
            let f = try q.filter(taxonomy: taxonomy)
            let by = try q.choice("by", default: TimePeriod.month)
            let group = try q.choice("group", default: TimeGrouping.none)
            let series = try store.timeseries(f, by: by, group: group)
            var w = JSONWriter(capacity: 64 * series.count + 256)
            w.beginObject()
            w.field("by", by.rawValue)
            w.field("group", group.rawValue)
            w.field("reports", !f.incidentsOnly)
            w.key("series")
            w.beginArray()
            for b in series {
                w.beginObject()
                w.field("period", b.period)
                w.field("group", b.group)
                w.field("events", b.events)
                w.field("fatalities", b.fatalities)
                w.endObject()
            }
            w.endArray()
            w.endObject()
            return w.bytes
        }
    }

    func summary(_ request: Request, _ context: MarsadRequestContext) async throws -> Response {
        try await cached(request, context) {
            let q = try EventQuery(request, allowed: ["top"])
            let f = try q.filter(taxonomy: taxonomy)
            let s = try store.summary(f, top: try q.integer("top", default: 10, range: 1...100))
            var w = JSONWriter(capacity: 4096)
            w.beginObject()
            w.field("events", s.events)
            w.field("reports", s.reports)
            w.field("fatalities", s.fatalities)
            w.field("articles", s.articles)
            w.field("first_date", s.firstDate)
            w.field("last_date", s.lastDate)
            for (name, counts) in [("by_type", s.byType), ("by_admin1", s.byAdmin1), ("by_actor", s.byActor), ("by_setting", s.bySetting)] {
                w.key(name)
                w.beginArray()
                for c in counts {
                    w.beginObject()
                    w.field("key", c.key)
                    w.field("events", c.events)
                    w.field("fatalities", c.fatalities)
                    w.endObject()
                }
                w.endArray()
            }
            w.endObject()
            return w.bytes
        }
    }

    func map(_ request: Request, _ context: MarsadRequestContext) async throws -> Response {
        try await cached(request, context, contentType: "application/geo+json") {
            let q = try EventQuery(request, allowed: ["limit"])
            let f = try q.filter(taxonomy: taxonomy)
            let points = try store.places(f, limit: try q.integer("limit", default: 20_000, range: 1...100_000))
            var w = JSONWriter(capacity: 200 * points.count + 64)
            w.beginObject()
            w.field("type", "FeatureCollection")
            w.key("features")
            w.beginArray()
            for p in points {
                w.beginObject()
                w.field("type", "Feature")
                w.key("geometry")
                w.beginObject()
                w.field("type", "Point")
                w.key("coordinates")
                w.beginArray()
                w.value(p.longitude)
                w.value(p.latitude)
                w.endArray()
                w.endObject()
                w.key("properties")
                w.beginObject()
                w.field("location", p.location)
                w.field("admin1", p.admin1)
                w.field("events", p.events)
                w.field("fatalities", p.fatalities)
                w.field("event_type", p.eventType)
                w.field("latest_id", p.latestID)
                w.field("latest_date", p.latestDate)
                w.endObject()
                w.endObject()
            }
            w.endArray()
            w.endObject()
            return w.bytes
        }
    }

    /// Streams an export page by page (keyset pagination), so any size goes out in constant memory.
}
