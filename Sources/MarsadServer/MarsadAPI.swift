import NIOCore
import NIOPosix
import Foundation
import Hummingbird
import Logging
import MarsadCore
import MarsadIngest
import MarsadStore

/// The API's handlers over one store. Read endpoints go through the response cache; every
/// SQL value is bound by the store, never interpolated.
struct MarsadAPI: Sendable {
    let store: any EventStore
    /// nil when the server was started without the extraction knowledge (POST answers 503).
    let pipeline: IngestPipeline?
    let taxonomy: Taxonomy
    let config: ServerConfiguration
    let cache: ResponseCache
    let metrics = ServerMetrics.shared

    static let json = "application/json; charset=utf-8"

    // MARK: reads

    func readAccess(_ context: MarsadRequestContext) throws {
        if config.requireKeyForReads { try context.require(.reader) }
    }

    /// Threads for store work: queries block, so they run here rather than on the threads that
    /// serve requests — a slow statistic over a big store does not stall cached answers.
    static let storeThreads: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 8)
        pool.start()
        return pool
    }()

    /// Serves a read from the cache, or computes (on a store thread) and caches it. The key is
    /// the whole URI.
    func cached(_ request: Request, _ context: MarsadRequestContext, contentType: String = Self.json,
                _ compute: @escaping @Sendable () throws -> [UInt8]) async throws -> Response {
        try readAccess(context)
        let key = request.uri.description
        if cache.isEnabled {
            let g = try cache.generation { try store.generation() }
            if let hit = cache.get(key, generation: g) { return Self.response(hit.body, hit.contentType) }
            let body = try await Self.storeThreads.runIfActive(compute)
            cache.put(key, .init(generation: g, body: body, contentType: contentType))
            return Self.response(body, contentType)
        }
        return Self.response(try await Self.storeThreads.runIfActive(compute), contentType)
    }

    static func response(_ body: [UInt8], _ contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

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
    func export(_ request: Request, _ context: MarsadRequestContext) throws -> Response {
        try readAccess(context)
        let q = try EventQuery(request, allowed: ["format"])
        guard let formatName = q["format"] else {
            throw APIError.badRequest("'format' is required: one of \(Exporter.Format.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let format = Exporter.Format(rawValue: formatName) else {
            throw APIError.badRequest("'format' must be one of: \(Exporter.Format.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var firstPage = try q.filter(taxonomy: taxonomy)
        firstPage.sort = .dateDescending
        firstPage.limit = 2000
        let filter = firstPage
        let store = self.store
        let (type, ext) = switch format {
        case .acledCSV: ("text/csv; charset=utf-8", "csv")
        case .geojson: ("application/geo+json", "geojson")
        case .jsonl: ("application/x-ndjson", "jsonl")
        }
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = "attachment; filename=\"marsad-events.\(ext)\""
        let body = ResponseBody { writer in
            var f = filter
            var first = true
            while true {
                let page = try store.events(matching: f)
                var chunk = ""
                try Exporter.write(page, as: format, part: first ? .first : .middle) { chunk += $0 }
                if page.count < f.limit {
                    try Exporter.write([], as: format, part: .last) { chunk += $0 }
                    try await writer.write(ByteBuffer(string: chunk))
                    break
                }
                try await writer.write(ByteBuffer(string: chunk))
                first = false
                f.after = EventCursor(after: page.last!, sort: f.sort)
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    func taxonomyList(_ request: Request, _ context: MarsadRequestContext) throws -> Response {
        try readAccess(context)
        _ = try EventQuery(request, allowed: [])
        var w = JSONWriter(capacity: 2048)
        w.beginObject()
        w.key("types")
        w.beginArray()
        for t in taxonomy.types { w.value(t) }
        w.endArray()
        w.key("sub_types")
        w.beginArray()
        for t in taxonomy.subTypes { w.value(t) }
        w.endArray()
        w.key("settings")
        w.beginArray()
        for s in Setting.allCases { w.value(s.rawValue) }
        w.endArray()
        w.endObject()
        return Self.response(w.bytes, Self.json)
    }

    // MARK: writes

    func postArticles(_ request: Request, _ context: MarsadRequestContext) async throws -> Response {
        try context.require(.editor)
        guard let pipeline else {
            throw APIError(.serviceUnavailable, "no_pipeline", "this server was started without extraction knowledge")
        }
        if let type = request.headers[.contentType], !type.hasPrefix("application/json") {
            throw APIError(.unsupportedMediaType, "unsupported_media_type", "send the article(s) as application/json")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: config.maxBodyBytes)
        } catch is NIOTooManyBytesError {
            throw APIError.tooLarge(config.maxBodyBytes)
        }
        let articles = try ArticlePayload.decode(Data(buffer: buffer), limit: config.maxArticlesPerRequest)
        let (summary, incidents) = try await Self.storeThreads.runIfActive { try pipeline.ingest(articles) }
        cache.invalidate()
        metrics.articlesPosted.increment(by: Int64(summary.read))
        metrics.articlesAdded.increment(by: Int64(summary.new))
        metrics.eventsAdded.increment(by: Int64(summary.events))
        var w = JSONWriter(capacity: 256)
        w.beginObject()
        w.field("read", summary.read)
        w.field("new", summary.new)
        w.field("duplicate", summary.duplicate)
        w.field("events", summary.events)
        w.field("incidents_updated", incidents)
        w.endObject()
        return Self.response(w.bytes, Self.json, status: summary.new > 0 ? .created : .ok)
    }

    // MARK: keys (admin)

    static func writeKey(_ k: APIKey, into w: inout JSONWriter) {
        w.beginObject()
        w.field("id", k.id)
        w.field("prefix", k.prefix)
        w.field("role", k.role.rawValue)
        w.field("label", k.label)
        w.field("created_at", k.createdAt)
        w.field("revoked_at", k.revokedAt)
        w.endObject()
    }

    func listKeys(_ request: Request, _ context: MarsadRequestContext) throws -> Response {
        try context.require(.admin)
        _ = try EventQuery(request, allowed: [])
        var w = JSONWriter(capacity: 1024)
        w.beginObject()
        w.key("keys")
        w.beginArray()
        for k in try store.keys() { Self.writeKey(k, into: &w) }
        w.endArray()
        w.endObject()
        return Self.response(w.bytes, Self.json)
    }

    /// Creates a key; the response is the only place the key itself ever appears.
    func createKey(_ request: Request, _ context: MarsadRequestContext) async throws -> Response {
        try context.require(.admin)
        let buffer = try await request.body.collect(upTo: 4096)
        struct Body: Decodable { var role: String; var label: String? }
        guard let body = try? JSONDecoder().decode(Body.self, from: Data(buffer: buffer)) else {
            throw APIError.badRequest("send {\"role\": \"reader\"|\"editor\"|\"admin\", \"label\": \"…\"}")
        }
        guard let role = Role(rawValue: body.role) else { throw APIError.badRequest("'role' must be reader, editor or admin") }
        let (key, record) = try store.createKey(role: role, label: body.label)
        var w = JSONWriter(capacity: 512)
        w.beginObject()
        w.field("key", key)
        w.key("record")
        Self.writeKey(record, into: &w)
        w.endObject()
        return Self.response(w.bytes, Self.json, status: .created)
    }

    func revokeKey(_ request: Request, _ context: MarsadRequestContext) throws -> Response {
        try context.require(.admin)
        guard let raw = context.parameters.get("id"), let id = Int64(raw), id > 0 else {
            throw APIError.badRequest("the key id must be a positive whole number")
        }
        guard try store.revokeKey(id: id) else { throw APIError.notFound("no active key with id \(id)") }
        return Response(status: .noContent)
    }

    // MARK: operations

    func health(_ request: Request, _ context: MarsadRequestContext) throws -> Response {
        let g = try store.generation()
        var w = JSONWriter(capacity: 64)
        w.beginObject()
        w.field("status", "ok")
        w.field("generation", g)
        w.endObject()
        return Self.response(w.bytes, Self.json)
    }

    func prometheus(_ request: Request, _ context: MarsadRequestContext) throws -> Response {
        let c = cache.counts
        metrics.cacheHits.set(to: Double(c.hits))
        metrics.cacheMisses.set(to: Double(c.misses))
        metrics.cacheEntries.set(to: Double(c.entries))
        metrics.generation.set(to: Double(try store.generation()))
        return Self.response(metrics.registry.emitToBuffer(), "text/plain; version=0.0.4; charset=utf-8")
    }
}
