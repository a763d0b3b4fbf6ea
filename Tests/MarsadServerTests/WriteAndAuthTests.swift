import Foundation
import Hummingbird
import HummingbirdTesting
import MarsadCore
import MarsadServer
import MarsadStore
import Testing

@Suite struct WriteAndAuthTests {
    static let article = #"{"id":"post-1","published":"2025-09-03","lang":"en","title":"Ambush near Mayadin","text":"ISIS gunmen ambushed an army patrol near Mayadin on Tuesday, killing three soldiers."}"#

    func bearer(_ key: String) -> HTTPFields {
        var h = HTTPFields()
        h[.authorization] = "Bearer \(key)"
        h[.contentType] = "application/json"
        return h
    }

    @Test func postingNeedsAnEditorKeyAndIngestsIdempotently() async throws {
        let (store, pipeline) = try TestServer.store()
        let editor = try store.createKey(role: .editor, label: "test").key
        let reader = try store.createKey(role: .reader, label: nil).key
        try await TestServer.app(store, pipeline).test(.router) { client in
            let before = try await client.execute(uri: "/api/stats/summary?reports=true", method: .get) { try TestServer.json($0)["events"] as! Int }
            try await client.execute(uri: "/api/articles", method: .post, body: ByteBuffer(string: Self.article)) { r async throws in
                #expect(r.status == .unauthorized)
                #expect(r.headers[.wwwAuthenticate] != nil)
            }
            try await client.execute(uri: "/api/articles", method: .post, headers: bearer(reader), body: ByteBuffer(string: Self.article)) { r async throws in
                #expect(r.status == .forbidden)
            }
            try await client.execute(uri: "/api/articles", method: .post, headers: bearer("msd_" + String(repeating: "0", count: 64)),
                                     body: ByteBuffer(string: Self.article)) { r async throws in
                #expect(r.status == .unauthorized)
                #expect(TestServer.errorCode(r) == "invalid_key")
            }
            try await client.execute(uri: "/api/articles", method: .post, headers: bearer(editor), body: ByteBuffer(string: Self.article)) { r async throws in
                #expect(r.status == .created)
                let body = try TestServer.json(r)
                #expect(body["new"] as? Int == 1 && body["events"] as? Int == 1)
            }
            // The cached summary is not served stale after the write.
            let after = try await client.execute(uri: "/api/stats/summary?reports=true", method: .get) { try TestServer.json($0)["events"] as! Int }
            #expect(after == before + 1)
            try await client.execute(uri: "/api/events?q=Mayadin&reports=true", method: .get) { r async throws in
                let events = try TestServer.json(r)["events"] as! [[String: Any]]
                #expect(events.contains { $0["article_id"] as? String == "post-1" && $0["sub_event_type"] as? String == "Armed clash" })
            }
            // The same article again (and as a one-element batch) adds nothing.
            try await client.execute(uri: "/api/articles", method: .post, headers: bearer(editor), body: ByteBuffer(string: "[" + Self.article + "]")) { r async throws in
                #expect(r.status == .ok)
                #expect(try TestServer.json(r)["duplicate"] as? Int == 1)
            }
        }
    }

    @Test(arguments: [
        ("{", 400, "bad_request"),
        ("", 400, "bad_request"),
        ("[]", 400, "bad_request"),
        (#"{"id":"x"}"#, 400, "bad_request"),
        (#"{"id":"x","text":"   "}"#, 400, "bad_request"),
        (#"{"id":"","text":"Shelling hit Idlib."}"#, 400, "bad_request"),
        (#"{"id":"\f","text":"Shelling hit Idlib."}"#, 400, "bad_request"),
        (#"{"id":"x","text":"Shelling hit Idlib.","published":"last week"}"#, 400, "bad_request"),
        (#"{"id":"x","text":"Shelling hit Idlib.","lang":"fr"}"#, 400, "bad_request"),
        (#"[{"id":"x","text":"ok"},{"id":5,"text":"ok"}]"#, 400, "bad_request"),
    ])
    func badArticlesAreRefusedWithoutStoringAny(body: String, status: Int, code: String) async throws {
        let (store, pipeline) = try TestServer.store()
        let editor = try store.createKey(role: .editor, label: nil).key
        let before = try store.stats()
        try await TestServer.app(store, pipeline).test(.router) { client in
            try await client.execute(uri: "/api/articles", method: .post, headers: bearer(editor), body: ByteBuffer(string: body)) { r async throws in
                #expect(Int(r.status.code) == status, "\(body)")
                #expect(TestServer.errorCode(r) == code)
            }
        }
        #expect(try store.stats() == before)
    }

    @Test func oversizeBodiesWrongTypesAndTooManyArticlesAreRefused() async throws {
        let (store, pipeline) = try TestServer.store()
        let editor = try store.createKey(role: .editor, label: nil).key
        let app = try TestServer.app(store, pipeline) { c in
            c.maxBodyBytes = 10_000
            c.maxArticlesPerRequest = 3
        }
        try await app.test(.router) { client in
            let big = #"{"id":"big","text":""# + String(repeating: "a", count: 20_000) + #""}"#
            try await client.execute(uri: "/api/articles", method: .post, headers: bearer(editor), body: ByteBuffer(string: big)) { r async throws in
                #expect(r.status == .contentTooLarge)
                #expect(TestServer.errorCode(r) == "too_large")
            }
            let four = "[" + (1...4).map { #"{"id":"n\#($0)","text":"Shelling hit Idlib."}"# }.joined(separator: ",") + "]"
            try await client.execute(uri: "/api/articles", method: .post, headers: bearer(editor), body: ByteBuffer(string: four)) { r async throws in
                #expect(r.status == .contentTooLarge)
                #expect(TestServer.errorCode(r) == "too_many_articles")
            }
            var form = bearer(editor)
            form[.contentType] = "text/plain"
            try await client.execute(uri: "/api/articles", method: .post, headers: form, body: ByteBuffer(string: Self.article)) { r async throws in
                #expect(r.status == .unsupportedMediaType)
            }
        }
    }

    @Test func requireKeyProtectsReadsAndRevokedKeysStopWorking() async throws {
        let (store, pipeline) = try TestServer.store()
        let (key, record) = try store.createKey(role: .reader, label: "analyst")
        let app = try TestServer.app(store, pipeline) { $0.requireKeyForReads = true }
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/events", method: .get) { r async throws in #expect(r.status == .unauthorized) }
            var h = HTTPFields()
            h[.init("X-API-Key")!] = key
            try await client.execute(uri: "/api/events", method: .get, headers: h) { r async throws in #expect(r.status == .ok) }
            try await client.execute(uri: "/api/stats/summary", method: .get, headers: bearer(key)) { r async throws in #expect(r.status == .ok) }
            #expect(try store.revokeKey(id: record.id))
            try await client.execute(uri: "/api/events", method: .get, headers: h) { r async throws in #expect(r.status == .unauthorized) }
            // Health stays open for probes.
            try await client.execute(uri: "/healthz", method: .get) { r async throws in #expect(r.status == .ok) }
        }
    }

    @Test func onlyAdminsManageKeysAndAKeyIsShownOnce() async throws {
        let (store, pipeline) = try TestServer.store()
        let admin = try store.createKey(role: .admin, label: "root").key
        let editor = try store.createKey(role: .editor, label: nil).key
        try await TestServer.app(store, pipeline).test(.router) { client in
            try await client.execute(uri: "/api/keys", method: .get, headers: bearer(editor)) { r async throws in
                #expect(r.status == .forbidden)
            }
            let created = try await client.execute(uri: "/api/keys", method: .post, headers: bearer(admin),
                                                   body: ByteBuffer(string: #"{"role":"reader","label":"analyst"}"#)) { r async throws in
                #expect(r.status == .created)
                return try TestServer.json(r)
            }
            let key = try #require(created["key"] as? String)
            let id = try #require((created["record"] as? [String: Any])?["id"] as? Int)
            #expect(try store.role(forKey: key) == .reader)
            try await client.execute(uri: "/api/keys", method: .get, headers: bearer(admin)) { r async throws in
                let raw = String(buffer: r.body)
                #expect(!raw.contains(key), "listings never show a key")
                #expect((try TestServer.json(r)["keys"] as! [[String: Any]]).count == 3)
            }
            try await client.execute(uri: "/api/keys", method: .post, headers: bearer(admin),
                                     body: ByteBuffer(string: #"{"role":"root"}"#)) { r async throws in
                #expect(r.status == .badRequest)
            }
            try await client.execute(uri: "/api/keys/\(id)", method: .delete, headers: bearer(admin)) { r async throws in
                #expect(r.status == .noContent)
            }
            #expect(try store.role(forKey: key) == nil)
            try await client.execute(uri: "/api/keys/\(id)", method: .delete, headers: bearer(admin)) { r async throws in
                #expect(r.status == .notFound)
            }
        }
    }

    /// Another process writing to the same database (an ingest worker): the server's cached
    /// answers follow within the generation-check interval (a second).
    @Test func writesByAnotherProcessShowWithinASecond() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-\(UUID().uuidString).sqlite").path
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        let served = try SQLiteStore(path: path)
        let worker = try SQLiteStore(path: path)
        let article = try JSONDecoder().decode(Article.self, from: Data(Self.article.utf8))
        try await TestServer.app(served, nil).test(.router) { client in
            let before = try await client.execute(uri: "/api/stats/summary?reports=true", method: .get) { try TestServer.json($0)["events"] as! Int }
            #expect(before == 0)
            _ = try worker.add([(article, TestServer.extractor.extract(article).events)], codedWith: "test")
            try await Task.sleep(for: .milliseconds(1100))
            let after = try await client.execute(uri: "/api/stats/summary?reports=true", method: .get) { try TestServer.json($0)["events"] as! Int }
            #expect(after == 1)
        }
    }

    /// Article text is untrusted: markup in it comes out of the API as escaped JSON text, and
    /// the dashboard's script never turns data into markup.
    @Test func markupInArticlesIsNeverServedAsMarkup() async throws {
        let (store, pipeline) = try TestServer.store()
        let editor = try store.createKey(role: .editor, label: nil).key
        let evil = #"{"id":"xss","published":"2025-09-03","title":"<script>alert(1)</script>","text":"<img src=x onerror=alert(1)> ISIS gunmen ambushed an army patrol near Mayadin on Tuesday, killing three soldiers. <script>alert(2)</script>"}"#
        try await TestServer.app(store, pipeline).test(.router) { client in
            _ = try await client.execute(uri: "/api/articles", method: .post, headers: bearer(editor), body: ByteBuffer(string: evil))
            let id = try await client.execute(uri: "/api/events?q=Mayadin&reports=true", method: .get) { r async throws in
                (try TestServer.json(r)["events"] as! [[String: Any]]).first { $0["article_id"] as? String == "xss" }?["id"] as? Int
            }
            let eventID = try #require(id)
            for uri in ["/api/events/\(eventID)", "/api/events?reports=true&q=Mayadin"] {
                try await client.execute(uri: uri, method: .get) { r async throws in
                    let raw = String(buffer: r.body)
                    #expect(!raw.contains("<script>") && !raw.contains("<img"), "\(uri)")
                    #expect(raw.contains("\\u003cscript\\u003e"), "\(uri)")
                }
            }
            try await client.execute(uri: "/app.js", method: .get) { r async throws in
                let js = String(buffer: r.body)
                #expect(!js.contains("innerHTML") && !js.contains("insertAdjacentHTML") && !js.contains("document.write"))
            }
        }
    }
}
