import Foundation
import Hummingbird
import MarsadCore
import MarsadStore
import NIOCore

/// `GET /api/events` (filtered, keyset-paginated) and `GET /api/events/{id}` (the event, its
/// incident and every source with the evidence marked).
extension MarsadAPI {
    func listEvents(_ request: Request, _ context: MarsadRequestContext) async throws -> Response {
        try await cached(request, context) {
            let q = try EventQuery(request, allowed: ["limit", "cursor", "sort", "evidence"])
            var f = try q.filter(taxonomy: taxonomy)
            f.sort = try q.choice("sort", default: EventSort.dateDescending)
            f.limit = try q.integer("limit", default: config.defaultLimit, range: 1...config.maxLimit)
            if let c = q["cursor"] {
                guard let cursor = EventCursor(token: c) else {
                    throw APIError.badRequest("'cursor' is not one this server gave; use the next_cursor of the previous page")
                }
                f.after = cursor
            }
            let withEvidence = q["evidence"] == nil ? true : try q.flag("evidence")
            // One more than asked tells whether there is a next page.
            let page = f.limit
            f.limit = page + 1
            let rows = try store.events(matching: f)
            let shown = rows.prefix(page)
            var w = JSONWriter(capacity: 2048 + shown.count * 1400)
            w.beginObject()
            w.key("events")
            w.beginArray()
            for s in shown { EventJSON.write(s, into: &w, evidence: withEvidence) }
            w.endArray()
            w.field("count", shown.count)
            w.field("limit", page)
            w.field("sort", f.sort.rawValue)
            w.field("reports", !f.incidentsOnly)
            w.field("next_cursor", rows.count > page ? EventCursor(after: shown.last!, sort: f.sort).token : nil)
            w.endObject()
            return w.bytes
        }
    }

    func eventDetail(_ request: Request, _ context: MarsadRequestContext) async throws -> Response {
        try await cached(request, context) {
            _ = try EventQuery(request, allowed: [])
            guard let raw = context.parameters.get("id"), let id = Int64(raw), id > 0 else {
                throw APIError.badRequest("the event id must be a positive whole number")
            }
            guard let event = try store.event(id: id) else { throw APIError.notFound("no event with id \(id)") }
            var reports = try store.reports(incident: event.incidentID ?? event.id)
            if reports.isEmpty { reports = [event] }
            let incident = Incident(reports: reports)
            var w = JSONWriter(capacity: 8192)
            w.beginObject()
            w.key("event")
            EventJSON.write(event, into: &w, provenance: true)
            w.key("incident")
            w.beginObject()
            w.field("id", incident.id)
            w.field("representative_id", incident.representativeID)
            w.field("sources_count", reports.count)
            w.field("fatalities", incident.event.fatalities)
            w.field("fatalities_low", incident.event.fatalitiesLow)
            w.field("fatalities_high", incident.event.fatalitiesHigh)
            w.endObject()
            w.key("sources")
            w.beginArray()
            for r in reports {
                w.beginObject()
                w.key("event")
                EventJSON.write(r, into: &w, provenance: true)
                if let a = try store.article(id: r.event.articleID) {
                    w.key("article")
                    w.beginObject()
                    w.field("id", a.id)
                    w.field("title", a.title)
                    w.field("source", a.source)
                    w.field("url", a.url)
                    w.field("published", a.published)
                    w.field("lang", a.lang)
                    w.endObject()
                    w.key("snippet")
                    Snippet(text: a.text, evidence: r.event.evidence).write(into: &w)
                }
                w.endObject()
            }
            w.endArray()
            w.endObject()
            return w.bytes
        }
    }
}
