import Foundation
import Testing

/// The dashboard in a real browser: `marsad serve` over a database of the repo's sample
/// articles (plus one carrying markup), headless Chromium loads the page, runs its scripts
/// against the live API and the test reads the resulting DOM: the map has markers, the charts
/// have data, the event card shows its sources with evidence marked, and markup from an
/// article stays text. Screenshots are kept in .build/test-artifacts/.
/// Needs Debian's chromium and libjs-* packages (scripts/test.sh installs them); without
/// chromium the test is skipped, except under CI where it must run.
@Suite(.serialized) struct DashboardBrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var repo: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }
    static var artifacts: URL { repo.appendingPathComponent(".build/test-artifacts") }

    static let evil = #"{"id":"xss-1","published":"2025-09-03","title":"<img src=x onerror=\"document.body.dataset.pwned=1\">","text":"ISIS gunmen ambushed an army patrol near Mayadin on Tuesday, killing three soldiers. <img src=x onerror=\"document.body.dataset.pwned=1\"><script>document.body.dataset.pwned=2</script>"}"#

    /// Starts `marsad serve` on a free port; returns the process and its base URL.
    static func serve(db: String) throws -> (Process, String) {
        let p = Process()
        p.executableURL = CLITests.binary
        p.arguments = ["serve", "--db", db, "--port", "0"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        // The first line names the address: "marsad serve: http://127.0.0.1:PORT/ over …".
        var line = Data()
        let deadline = Date().addingTimeInterval(30)
        while !line.contains(UInt8(ascii: "\n")), Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let start = text.range(of: "http://"), let end = text[start.lowerBound...].firstIndex(of: " ") else {
            p.terminate()
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "serve did not start: \(text)"])
        }
        return (p, String(text[start.lowerBound..<end]))
    }

    static func chrome(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: chromium!)
        p.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                       "--virtual-time-budget=15000", "--window-size=1400,1300"] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func bodyAttributes(_ dom: String) -> [String: String] {
        guard let open = dom.range(of: "<body"), let close = dom[open.upperBound...].firstIndex(of: ">") else { return [:] }
        var attrs: [String: String] = [:]
        for part in dom[open.upperBound..<close].split(separator: " ") {
            let kv = part.split(separator: "=", maxSplits: 1)
            attrs[String(kv[0])] = kv.count > 1 ? String(kv[1]).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) : ""
        }
        return attrs
    }

    @Test func dashboardShowsMarkersChartsAndEscapedEvidence() throws {
        guard Self.chromium != nil else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("chromium is missing on CI; scripts/test.sh installs it") }
            return
        }
        let db = try CLITests.temp("dash.sqlite", Data())
        try FileManager.default.removeItem(atPath: db)
        let golden = Self.repo.appendingPathComponent("data/golden")
        let evil = try CLITests.temp("evil.jsonl", Data((Self.evil + "\n").utf8))
        let ingest = try CLITests.run(["ingest", "--db", db] + ["en_gold.jsonl", "ar_gold.jsonl", "dedup.jsonl"].map {
            golden.appendingPathComponent($0).path } + [evil])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let events = try CLITests.run(["events", "--db", db, "--incidents"])
        let evilID = events.stdout.split(separator: "\n").compactMap { line -> Int? in
            let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return o?["article_id"] as? String == "xss-1" ? o?["incident_id"] as? Int : nil
        }.first
        let eventID = try #require(evilID, "the markup article yields an event")

        let (server, base) = try Self.serve(db: db)
        defer { server.terminate(); server.waitUntilExit() }
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)

        let dom = try Self.chrome(["--dump-dom", base])
        let body = Self.bodyAttributes(dom)
        #expect(body["data-ready"] == "1", "the page loaded without errors: \(body)")
        #expect(Int(body["data-markers"] ?? "0") ?? 0 > 10, "the map has markers")
        #expect(Int(body["data-chart-points"] ?? "0") ?? 0 > 10, "the charts have data")
        #expect(Int(body["data-rows"] ?? "0") ?? 0 > 10, "the table has rows")
        _ = try Self.chrome(["--screenshot=" + Self.artifacts.appendingPathComponent("dashboard.png").path, base])

        // The card of the event from the article with markup: evidence marked, markup as text.
        let cardURL = base + "?event=\(eventID)"
        let cardDOM = try Self.chrome(["--dump-dom", cardURL])
        let cardBody = Self.bodyAttributes(cardDOM)
        #expect(cardBody["data-card"] == String(eventID))
        #expect(cardBody["data-pwned"] == nil, "no script from an article ran")
        #expect(cardDOM.contains("<mark data-field=\"trigger\""), "the evidence is marked")
        #expect(cardDOM.contains("&lt;img src=x onerror="), "markup from the article shows as text")
        #expect(!cardDOM.contains("<img src=\"x\"") && !cardDOM.contains("<img src=x"))
        _ = try Self.chrome(["--screenshot=" + Self.artifacts.appendingPathComponent("dashboard-event.png").path, cardURL])
        #expect(FileManager.default.fileExists(atPath: Self.artifacts.appendingPathComponent("dashboard.png").path))

        // Filters live in the URL: a shared view loads with them applied.
        let filtered = try Self.chrome(["--dump-dom", base + "?type=Battles"])
        let fb = Self.bodyAttributes(filtered)
        #expect(fb["data-ready"] == "1")
        #expect(Int(fb["data-rows"] ?? "0") ?? 0 < Int(body["data-rows"] ?? "0") ?? 0)
        let fatalities = try Self.chrome(["--dump-dom", base + "?metric=fatalities"])
        #expect(Self.bodyAttributes(fatalities)["data-ready"] == "1")
        #expect(fatalities.contains("Fatalities per month by type"))
        #expect(dom.contains("Events per month by type"))
    }
}
