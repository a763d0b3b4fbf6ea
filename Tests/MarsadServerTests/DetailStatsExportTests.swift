import Foundation
import Hummingbird
import HummingbirdTesting
import MarsadCore
import MarsadServer
import MarsadStore
import Testing

@Suite struct DetailStatsExportTests {
    @Test func detailListsEverySourceWithItsEvidenceMarked() async throws {
        let (store, pipeline) = try TestServer.store()
        var f = EventFilter()
        f.incidentsOnly = true
        f.limit = 10_000
        let merged = try #require(try store.events(matching: f).first { $0.sourcesCount >= 2 })
        try await TestServer.app(store, pipeline).test(.router) { client in
            try await client.execute(uri: "/api/events/\(merged.id)", method: .get) { r async throws in
                #expect(r.status == .ok)
                let body = try TestServer.json(r)
                let sources = body["sources"] as! [[String: Any]]
                #expect(sources.count == merged.sourcesCount)
                #expect((body["incident"] as! [String: Any])["sources_count"] as? Int == merged.sourcesCount)
                for s in sources {
                    let event = s["event"] as! [String: Any]
                    let article = try #require(try store.article(id: event["article_id"] as! String))
                    let snippet = s["snippet"] as! [String: Any]
                    let segments = snippet["segments"] as! [[String: Any]]
                    // The segments put back together are the article's text between the offsets…
                    let start = snippet["start"] as! Int, end = snippet["end"] as! Int
                    let joined = segments.map { $0["text"] as! String }.joined()
                    #expect(joined == String(decoding: Array(article.text.utf8)[start..<end], as: UTF8.self))
                    // …and each evidence span's text is marked with its field.
                    for ev in event["evidence"] as! [[String: Any]] {
                        let field = ev["field"] as! String, text = ev["text"] as! String
                        let marked = segments.filter { ($0["fields"] as! [String]).contains(field) }.map { $0["text"] as! String }.joined()
                        #expect(marked == text, "\(field)")
                    }
                }
            }
        }
    }

    @Test func timeseriesAddsUpToTheSummary() async throws {
        let (store, pipeline) = try TestServer.store()
        try await TestServer.app(store, pipeline).test(.router) { client in
            let summary = try await client.execute(uri: "/api/stats/summary?top=100", method: .get) { try TestServer.json($0) }
            let total = summary["events"] as! Int
            #expect(total > 0)
            for group in ["none", "type", "admin1", "setting"] {
                try await client.execute(uri: "/api/stats/timeseries?by=month&group=\(group)", method: .get) { r async throws in
                    #expect(r.status == .ok)
                    let series = try TestServer.json(r)["series"] as! [[String: Any]]
                    #expect(series.reduce(0) { $0 + ($1["events"] as! Int) } == total, "\(group)")
                    #expect(series.reduce(0) { $0 + ($1["fatalities"] as! Int) } == summary["fatalities"] as! Int, "\(group)")
                    if group == "type" {
                        var byType: [String: Int] = [:]
                        for b in series { byType[b["group"] as! String, default: 0] += b["events"] as! Int }
                        for c in summary["by_type"] as! [[String: Any]] { #expect(byType[c["key"] as! String] == c["events"] as? Int) }
                    }
                }
            }
            // Grouped by actor, an event counts once for each of its (different) actors.
            try await client.execute(uri: "/api/stats/timeseries?group=actor&reports=true", method: .get) { r async throws in
                let series = try TestServer.json(r)["series"] as! [[String: Any]]
                var f = EventFilter()
                f.limit = 10_000
                let expected = try store.events(matching: f).reduce(0) { n, s in
                    n + 1 + (s.event.actor2 != nil && s.event.actor2 != s.event.actor1 ? 1 : 0)
                }
                #expect(series.reduce(0) { $0 + ($1["events"] as! Int) } == expected)
            }
        }
    }

    @Test func mapPointsCountEveryLocatedEvent() async throws {
        let (store, pipeline) = try TestServer.store()
        try await TestServer.app(store, pipeline).test(.router) { client in
            let located = try await client.execute(uri: "/api/events?limit=1000", method: .get) { r async throws in
                (try TestServer.json(r)["events"] as! [[String: Any]]).filter { $0["latitude"] is Double }.count
            }
            try await client.execute(uri: "/api/map", method: .get) { r async throws in
                let features = try TestServer.json(r)["features"] as! [[String: Any]]
                #expect(!features.isEmpty)
                #expect(features.reduce(0) { $0 + (($1["properties"] as! [String: Any])["events"] as! Int) } == located)
            }
        }
    }

    @Test func exportsStreamEveryMatchingEventInEachFormat() async throws {
        // More events than one export page (2,000), so the pages must join into one document.
        let store = try SQLiteStore()
        let k = TestServer.knowledge
        try store.insertSynthetic(count: 4_321, places: Array(k.gazetteer.places.prefix(300)),
                                  taxonomy: k.lexicon.taxonomyPairs, actors: ["Islamic State (ISIS)", "Military Forces of Syria (2024-)"])
        try await TestServer.app(store, nil).test(.router) { client in
            try await client.execute(uri: "/api/export?format=geojson", method: .get) { r async throws in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/geo+json")
                let doc = try TestServer.json(r)
                #expect(doc["type"] as? String == "FeatureCollection")
                let features = doc["features"] as! [[String: Any]]
                #expect(features.count == 4_321)
                #expect(Set(features.map { $0["id"] as! Int }).count == 4_321)
            }
            try await client.execute(uri: "/api/export?format=jsonl&type=Battles", method: .get) { r async throws in
                let lines = String(buffer: r.body).split(separator: "\n")
                var f = EventFilter()
                f.eventType = "Battles"
                #expect(lines.count == (try store.count(matching: f)))
                for l in lines { #expect(try JSONSerialization.jsonObject(with: Data(l.utf8)) is [String: Any]) }
            }
            try await client.execute(uri: "/api/export?format=acled-csv&since=2020-01-01", method: .get) { r async throws in
                let lines = String(buffer: r.body).split(separator: "\n")
                #expect(lines.first?.hasPrefix(ACLEDCSV.header.prefix(20)) == true)
                var f = EventFilter()
                f.since = CalendarDay(year: 2020, month: 1, day: 1)
                #expect(lines.count - 1 == (try store.count(matching: f)))
                #expect(r.headers[.contentDisposition]?.contains("marsad-events.csv") == true)
            }
        }
    }

    @Test func healthMetricsTaxonomyAndTheSpec() async throws {
        let (store, pipeline) = try TestServer.store()
        try await TestServer.app(store, pipeline).test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { r async throws in
                #expect(r.status == .ok)
                #expect(try TestServer.json(r)["status"] as? String == "ok")
            }
            _ = try await client.execute(uri: "/api/events?type=Battles", method: .get)
            try await client.execute(uri: "/metrics", method: .get) { r async throws in
                let text = String(buffer: r.body)
                #expect(r.headers[.contentType]?.hasPrefix("text/plain") == true)
                #expect(text.contains("marsad_cache_misses"))
                // Request durations by route, from Hummingbird's metrics middleware.
                #expect(text.contains(#"http_server_request_duration_count{http_route="/api/events",http_request_method="GET",http_response_status_code="200"}"#))
            }
            try await client.execute(uri: "/api/taxonomy", method: .get) { r async throws in
                let body = try TestServer.json(r)
                #expect((body["types"] as! [String]).count == 6)
                #expect((body["sub_types"] as! [String]).count == 25)
                #expect(body["attack_types"] as? [String] == ["Battles", "Explosions/Remote violence", "Violence against civilians"])
            }
            // The spec documents every API route the app serves, and only those.
            try await client.execute(uri: "/openapi.json", method: .get) { r async throws in
                let spec = try TestServer.json(r)
                #expect(spec["openapi"] as? String == "3.1.0")
                let paths = Set((spec["paths"] as! [String: Any]).keys)
                #expect(paths == ["/api/events", "/api/events/{id}", "/api/stats/timeseries", "/api/stats/summary", "/api/map",
                                  "/api/export", "/api/taxonomy", "/api/articles", "/api/keys", "/api/keys/{id}", "/healthz", "/metrics"])
            }
            try await client.execute(uri: "/", method: .get) { r async throws in
                #expect(r.status == .ok)
                #expect(r.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
                #expect(String(buffer: r.body).contains("/vendor/leaflet/leaflet.js"))
            }
        }
    }
}
