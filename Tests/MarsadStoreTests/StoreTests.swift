import Foundation
import Testing
import MarsadCore
import MarsadKnowledge
@testable import MarsadStore

@Suite struct StoreTests {
    static let extractor = Extractor(knowledge: try! BundledKnowledge.load())

    static let articles: [Article] = [
        Article(id: "a1", text: "US forces carried out an air strike near al-Shahil in Deir ez-Zor on Tuesday, killing two ISIS operatives.",
                published: "2025-06-12", url: "https://example.org/a1", title: "Strike near al-Shahil", source: "Example News"),
        Article(id: "a2", text: "Gunmen threw a grenade into a shop in Daraa on Wednesday, wounding three people.",
                published: "2025-04-10", url: "https://example.org/a2", source: "Example News"),
        Article(id: "a3", text: "ISIS fighters attacked an army checkpoint near Sukhnah on Friday, killing four soldiers.",
                published: "2025-01-06", source: "Other Outlet"),
    ]

    func filled() throws -> SQLiteStore {
        let store = try SQLiteStore()
        _ = try store.add(Self.articles.map { ($0, Self.extractor.extract($0).events) }, codedWith: "test")
        return store
    }

    @Test func ingestingTwiceAddsNothing() throws {
        let store = try filled()
        let before = try store.stats()
        // Same URL, or the same text re-spaced and re-cased under a new id: duplicates.
        var again = Self.articles
        again[2].id = "copy-of-a3"
        again[2].text = "  ISIS FIGHTERS attacked an army checkpoint   near Sukhnah on Friday,\nkilling four soldiers. "
        let added = try store.add(again.map { ($0, Self.extractor.extract($0).events) }, codedWith: "test")
        #expect(added == [false, false, false])
        #expect(try store.stats() == before)
        #expect(before.articles == 3 && before.events == 3)
    }

    @Test func filtersSelectEvents() throws {
        let store = try filled()
        var f = EventFilter()
        f.admin1 = "deir ez-zor"
        #expect(try store.events(matching: f).map(\.event.articleID) == ["a1"])
        f = EventFilter(); f.eventType = "Battles"
        #expect(try store.events(matching: f).map(\.event.articleID) == ["a3"])
        f = EventFilter(); f.actor = "ISIS"
        #expect(Set(try store.events(matching: f).map(\.event.articleID)) == ["a1", "a3"])
        f = EventFilter(); f.since = CalendarDay(iso: "2025-04-01")
        #expect(Set(try store.events(matching: f).map(\.event.articleID)) == ["a1", "a2"])
        f = EventFilter(); f.near = EventFilter.parseNear("35.09,40.45,25km")
        #expect(try store.events(matching: f).map(\.event.articleID) == ["a1"])
        f = EventFilter(); f.minFatalities = 3
        #expect(try store.events(matching: f).map(\.event.articleID) == ["a3"])
        #expect(try store.count(matching: EventFilter()) == 3)
    }

    @Test func filterValuesAreBoundNotInterpolated() throws {
        let store = try filled()
        var f = EventFilter()
        f.admin1 = "x' OR '1'='1"
        #expect(try store.events(matching: f).isEmpty)
    }

    @Test func jsonlExportRoundTripsTheStoredEvents() throws {
        let store = try filled()
        let stored = try store.events(matching: EventFilter())
        var text = ""
        try Exporter.write(stored, as: .jsonl) { text += $0 }
        let decoded = try text.split(separator: "\n").map { try JSONDecoder().decode(Event.self, from: Data($0.utf8)) }
        #expect(decoded == stored.map(\.event))
        // Re-importing the exported events into a fresh store as the same articles gives the same events.
        let fresh = try SQLiteStore()
        _ = try fresh.add(Self.articles.map { a in (a, decoded.filter { $0.articleID == a.id }) }, codedWith: "test")
        #expect(try fresh.events(matching: EventFilter()).map(\.event) == stored.map(\.event))
    }

    @Test func acledCSVHasACLEDColumns() throws {
        let store = try filled()
        var text = ""
        try Exporter.write(try store.events(matching: EventFilter()), as: .acledCSV) { text += $0 }
        let lines = text.split(separator: "\n")
        let header = lines[0].split(separator: ",").map(String.init)
        for c in ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                  "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"] {
            #expect(header.contains(c), "missing \(c)")
        }
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("SYR"))
    }

    @Test func geoJSONIsAFeatureCollectionOfLonLatPoints() throws {
        let store = try filled()
        var text = ""
        try Exporter.write(try store.events(matching: EventFilter()), as: .geojson) { text += $0 }
        let obj = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(obj?["type"] as? String == "FeatureCollection")
        let features = obj?["features"] as? [[String: Any]] ?? []
        #expect(features.count == 3)
        for f in features {
            #expect(f["type"] as? String == "Feature")
            let g = f["geometry"] as? [String: Any]
            let c = g?["coordinates"] as? [Double] ?? []
            #expect(g?["type"] as? String == "Point" && c.count == 2)
            // RFC 7946: longitude first. Syria: lon 35.5–42.5, lat 32–37.5.
            #expect((35.5...42.5).contains(c[0]) && (32...37.5).contains(c[1]))
            #expect((f["properties"] as? [String: Any])?["event_type"] != nil)
        }
    }

    @Test func fullTextSearchFindsPhrases() throws {
        let store = try filled()
        #expect(try store.searchArticles("army checkpoint", limit: 5).map(\.id) == ["a3"])
        #expect(try store.searchArticles("nothing like this", limit: 5).isEmpty)
    }

    @Test func contentHashFoldsCaseAndSpace() {
        #expect(ContentHash.of("A  b\nC") == ContentHash.of("a b c"))
        #expect(ContentHash.of("a b c") != ContentHash.of("a b d"))
    }
}

@Suite struct IncidentStoreTests {
    @Test func reportsOfOneIncidentMergeWithTheirSources() throws {
        let x = StoreTests.extractor
        let reports = [
            Article(id: "r1", text: "ISIS fighters attacked an army checkpoint near Sukhnah on Friday, killing four soldiers.", published: "2025-01-06", source: "A"),
            Article(id: "r2", text: "Five soldiers were killed on Friday when ISIS militants attacked a checkpoint outside Sukhnah.", published: "2025-01-05", source: "B"),
            Article(id: "r3", text: "ISIS fighters attacked an army checkpoint near Sukhnah on Monday, killing two soldiers.", published: "2025-01-14", source: "C"),
        ]
        let store = try SQLiteStore()
        _ = try store.add(reports.map { ($0, x.extract($0).events) }, codedWith: "t")
        #expect(try store.recluster() == 2)
        var f = EventFilter(); f.limit = 100
        let incidents = Incident.group(try store.events(matching: f))
        #expect(incidents.count == 2)
        let merged = incidents.first { $0.sources.count == 2 }
        #expect(Set(merged?.sources.map(\.articleID) ?? []) == ["r1", "r2"])
        #expect(merged?.event.fatalities == 4 && merged?.event.fatalitiesLow == 4 && merged?.event.fatalitiesHigh == 5)
        // Recomputing gives the same clusters; each report keeps its own coding.
        #expect(try store.recluster() == 2)
        #expect(try store.count(matching: EventFilter()) == 3)
    }
}

@Suite struct SHA256Tests {
    /// FIPS 180-4 test vectors, and a message spanning several blocks.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func knownDigests(message: String, digest: String) {
        #expect(SHA256.hex(message.utf8) == digest)
    }

    /// The key itself is nowhere in the database file; its SHA-256 is.
    @Test func theDatabaseHoldsOnlyTheHash() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-keys-\(UUID().uuidString).sqlite").path
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
        let (key, _) = try SQLiteStore(path: path).createKey(role: .admin, label: nil)
        var bytes = Data()
        for s in ["", "-wal"] { bytes += FileManager.default.contents(atPath: path + s) ?? Data() }
        #expect(bytes.range(of: Data(key.utf8)) == nil)
        #expect(bytes.range(of: Data(key.dropFirst(APIKey.prefixLength).utf8)) == nil)
        #expect(bytes.range(of: Data(SHA256.hex(key.utf8).utf8)) != nil)
    }

    @Test func keysAreStoredHashedAndChecked() throws {
        let store = try SQLiteStore()
        let (key, record) = try store.createKey(role: .editor, label: "k")
        #expect(key.hasPrefix("msd_") && key.utf8.count == 68)
        #expect(try store.role(forKey: key) == .editor)
        #expect(try store.role(forKey: key.replacingOccurrences(of: "msd_", with: "msd_0").dropLast().description) == nil)
        #expect(record.prefix == String(key.prefix(APIKey.prefixLength)))
        #expect(try store.revokeKey(id: record.id))
        #expect(try store.role(forKey: key) == nil)
        #expect(try !store.revokeKey(id: record.id))
    }
}
