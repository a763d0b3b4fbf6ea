import Foundation
import Hummingbird
import HummingbirdTesting
import MarsadCore
import MarsadServer
import MarsadStore
import Testing

@Suite struct EventsAPITests {
    @Test func listsIncidentsByDefaultAndEveryReportOnRequest() async throws {
        let (store, pipeline) = try TestServer.store()
        var all = EventFilter()
        all.limit = 10_000
        let reports = try store.events(matching: all)
        let incidents = Set(reports.map { $0.incidentID ?? $0.id })
        #expect(incidents.count < reports.count, "the golden sets report some incidents twice")
        try await TestServer.app(store, pipeline).test(.router) { client in
            try await client.execute(uri: "/api/events?limit=1000", method: .get) { r async throws in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
                let events = try TestServer.json(r)["events"] as! [[String: Any]]
                #expect(events.count == incidents.count)
                #expect(events.contains { ($0["sources_count"] as? Int ?? 0) >= 2 })
                // Newest first; every event carries its evidence and the §2 fields.
                let dates = events.map { $0["date"] as! String }
                #expect(dates == dates.sorted(by: >))
                for key in ["event_type", "sub_event_type", "date_precision", "fatalities", "evidence", "incident_id"] {
                    #expect(events.allSatisfy { $0[key] != nil }, "missing \(key)")
                }
            }
            try await client.execute(uri: "/api/events?limit=1000&reports=true", method: .get) { r async throws in
                let events = try TestServer.json(r)["events"] as! [[String: Any]]
                #expect(events.count == reports.count)
            }
        }
    }

    /// What each filter must select, written independently of the server's SQL.
    static func predicate(_ query: String) -> @Sendable ([String: Any]) -> Bool {
        @Sendable
        func point(_ e: [String: Any]) -> (Double, Double)? {
            guard let lat = e["latitude"] as? Double, let lon = e["longitude"] as? Double else { return nil }
            return (lat, lon)
        }
        switch query {
        case "type=Battles": return { $0["event_type"] as? String == "Battles" }
        case "admin1=Deir%20ez-Zor": return { $0["admin1"] as? String == "Deir ez-Zor" }
        case "admin1=deir+ez-zor": return { $0["admin1"] as? String == "Deir ez-Zor" }
        case "type=Explosions%2FRemote+violence": return { $0["event_type"] as? String == "Explosions/Remote violence" }
        case "type=Battles,Riots": return { ["Battles", "Riots"].contains($0["event_type"] as? String ?? "") }
        case "since=2025-01-01&until=2025-06-30":
            return { ($0["date"] as! String) >= "2025-01-01" && ($0["date"] as! String) <= "2025-06-30" }
        case "min_fatalities=3": return { ($0["fatalities"] as! Int) >= 3 }
        case "actor=ISIS": return { (($0["actor1"] as? String ?? "") + "|" + ($0["actor2"] as? String ?? "")).contains("ISIS") }
        case "setting=urban": return { $0["setting"] as? String == "urban" }
        case "bbox=39.5,34.0,41.5,36.0":
            return { e in point(e).map { $0.0 >= 34 && $0.0 <= 36 && $0.1 >= 39.5 && $0.1 <= 41.5 } ?? false }
        case "near=35.33,40.14&radius=30":
            return { e in point(e).map { GeoDistance.kilometres(35.33, 40.14, $0.0, $0.1) <= 30 } ?? false }
        default: return { _ in false }
        }
    }

    /// Each filter returns exactly the events that satisfy it, checked against the whole list.
    @Test(arguments: ["type=Battles", "type=Battles,Riots", "admin1=Deir%20ez-Zor", "admin1=deir+ez-zor", "type=Explosions%2FRemote+violence",
                      "since=2025-01-01&until=2025-06-30", "min_fatalities=3", "actor=ISIS", "setting=urban",
                      "bbox=39.5,34.0,41.5,36.0", "near=35.33,40.14&radius=30"])
    func filtersSelectExactlyTheMatchingEvents(query: String) async throws {
        let predicate = Self.predicate(query)
        let (store, pipeline) = try TestServer.store()
        try await TestServer.app(store, pipeline).test(.router) { client in
            let all = try await client.execute(uri: "/api/events?reports=true&limit=1000", method: .get) { r async throws in
                try TestServer.json(r)["events"] as! [[String: Any]]
            }
            let expected = Set(all.filter(predicate).map { $0["id"] as! Int })
            #expect(!expected.isEmpty, "the sample has events for \(query)")
            try await client.execute(uri: "/api/events?reports=true&limit=1000&" + query, method: .get) { r async throws in
                #expect(r.status == .ok)
                let got = Set((try TestServer.json(r)["events"] as! [[String: Any]]).map { $0["id"] as! Int })
                #expect(got == expected, "\(query)")
            }
        }
    }

    @Test func fullTextSearchFindsTheArticlesEvents() async throws {
        let (store, pipeline) = try TestServer.store()
        try await TestServer.app(store, pipeline).test(.router) { client in
            try await client.execute(uri: "/api/events?reports=true&q=checkpoint", method: .get) { r async throws in
                let events = try TestServer.json(r)["events"] as! [[String: Any]]
                #expect(!events.isEmpty)
                for e in events {
                    let article = try #require(try store.article(id: e["article_id"] as! String))
                    #expect(article.text.lowercased().contains("checkpoint") || (article.title ?? "").lowercased().contains("checkpoint"))
                }
            }
        }
    }

    @Test(arguments: ["-date", "date", "-fatalities"])
    func cursorPagesCoverEveryEventOnce(sort: String) async throws {
        let (store, pipeline) = try TestServer.store()
        try await TestServer.app(store, pipeline).test(.router) { client in
            let all = try await client.execute(uri: "/api/events?reports=true&limit=1000&sort=\(sort)", method: .get) { r async throws in
                (try TestServer.json(r)["events"] as! [[String: Any]]).map { $0["id"] as! Int }
            }
            var seen: [Int] = []
            var cursor: String?
            var pages = 0
            repeat {
                let uri = "/api/events?reports=true&limit=7&sort=\(sort)" + (cursor.map { "&cursor=\($0)" } ?? "")
                cursor = try await client.execute(uri: uri, method: .get) { r async throws in
                    let body = try TestServer.json(r)
                    seen += (body["events"] as! [[String: Any]]).map { $0["id"] as! Int }
                    return body["next_cursor"] as? String
                }
                pages += 1
            } while cursor != nil && pages < 100
            #expect(seen == all)
            #expect(pages == (all.count + 6) / 7)
        }
    }

    @Test(arguments: [
        ("/api/events?since=2025-13-01", "bad_request"),
        ("/api/events?since=yesterday", "bad_request"),
        ("/api/events?since=2025-06-01&until=2025-01-01", "bad_request"),
        ("/api/events?type=Bombing", "bad_request"),
        ("/api/events?type=Battles,Bombing", "bad_request"),
        ("/api/events?actor=%ZZ", "bad_request"),
        ("/api/events?actor=%C3", "bad_request"),
        ("/api/events?actor=%4", "bad_request"),
        ("/api/events?sub_type=Drone", "bad_request"),
        ("/api/events?admin=Homs", "bad_request"),
        ("/api/events?limit=0", "bad_request"),
        ("/api/events?limit=5000", "bad_request"),
        ("/api/events?cursor=zz", "bad_request"),
        ("/api/events?radius=5", "bad_request"),
        ("/api/events?near=95,40", "bad_request"),
        ("/api/events?bbox=1,2,3", "bad_request"),
        ("/api/events?sort=size", "bad_request"),
        ("/api/events?min_fatalities=-1", "bad_request"),
        ("/api/events?q=%20%21%21", "bad_request"),
        ("/api/events?setting=suburban", "bad_request"),
        ("/api/events?type=Battles&type=Riots", "bad_request"),
        ("/api/events/abc", "bad_request"),
        ("/api/events/999999", "not_found"),
        ("/api/stats/timeseries?by=week", "bad_request"),
        ("/api/stats/timeseries?group=colour", "bad_request"),
        ("/api/export", "bad_request"),
        ("/api/export?format=xlsx", "bad_request"),
        ("/api/nowhere", "not_found"),
    ])
    func badRequestsGetClearJSONErrors(uri: String, code: String) async throws {
        let (store, pipeline) = try TestServer.store()
        try await TestServer.app(store, pipeline).test(.router) { client in
            try await client.execute(uri: uri, method: .get) { r async throws in
                #expect(r.status == (code == "not_found" ? .notFound : .badRequest), "\(uri)")
                #expect(TestServer.errorCode(r) == code, "\(uri)")
                let message = ((try TestServer.json(r)["error"] as? [String: Any])?["message"] as? String) ?? ""
                #expect(!message.isEmpty)
                #expect(!message.contains("SQL") && !message.contains("GRDB") && !message.contains(".swift"))
            }
        }
    }

    @Test func methodsAPathDoesNotServeGet405WithAllow() async throws {
        let (store, pipeline) = try TestServer.store()
        try await TestServer.app(store, pipeline).test(.router) { client in
            for (uri, method, allow) in [("/api/events", HTTPRequest.Method.delete, "GET"), ("/api/articles", .get, "POST"),
                                         ("/api/events/3", .put, "GET"), ("/metrics", .post, "GET")] {
                try await client.execute(uri: uri, method: method) { r async throws in
                    #expect(r.status == .methodNotAllowed, "\(method) \(uri)")
                    #expect(r.headers[.allow] == allow)
                    #expect(TestServer.errorCode(r) == "method_not_allowed")
                }
            }
        }
    }

    @Test func injectionInFiltersIsJustText() async throws {
        let (store, pipeline) = try TestServer.store()
        try await TestServer.app(store, pipeline).test(.router) { client in
            for attack in ["x'%20OR%20'1'='1", "%25", "_", "x%22;DROP%20TABLE%20event;--"] {
                try await client.execute(uri: "/api/events?actor=\(attack)&admin1=\(attack)", method: .get) { r async throws in
                    #expect(r.status == .ok)
                    #expect((try TestServer.json(r)["events"] as! [[String: Any]]).isEmpty, "\(attack)")
                }
            }
            #expect(try store.count(matching: EventFilter()) > 0)
        }
    }
}
