import Foundation
import Testing

/// End-to-end tests of the `marsad` binary: exit codes, stdout and stderr.
@Suite struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL { Bundle.main.bundleURL.appendingPathComponent("marsad") }

    static func run(_ args: [String], stdin: Data? = nil) throws -> Run {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(stdin) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func temp(_ name: String, _ data: Data) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    static let good1 = #"{"id":"a1","published":"2025-06-12","text":"US forces carried out an air strike near al-Shahil in Deir ez-Zor on Tuesday, killing two ISIS operatives."}"#
    static let good2 = #"{"id":"a2","published":"2025-04-10","text":"Gunmen threw a grenade into a shop in Daraa on Wednesday."}"#

    @Test func badLinesAreReportedWithFileAndLineAndTheRestIsProcessed() throws {
        var data = Data((Self.good1 + "\n").utf8)
        data += Data("{not json\n".utf8)
        data += Data(#"{"id":"x","published":"2025-01-01"}"#.utf8) + Data("\n".utf8)
        data += Data(#"{"id":"bad","text":""#.utf8) + Data([0xC3, 0x28]) + Data("\"}\n".utf8)
        data += Data((Self.good2 + "\n").utf8)
        let path = try Self.temp("mixed.jsonl", data)
        let r = try Self.run(["extract", path])
        #expect(r.status == 1)
        let ids = r.stdout.split(separator: "\n").compactMap { line -> String? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["article_id"] as? String
        }
        #expect(ids == ["a1", "a2"])
        #expect(r.stderr.contains("mixed.jsonl:2: not a JSON article object"))
        #expect(r.stderr.contains("mixed.jsonl:3: no \"text\" field"))
        #expect(r.stderr.contains("mixed.jsonl:4: invalid UTF-8"))
    }

    @Test func missingFilesAreReportedAndOthersStillRead() throws {
        let good = try Self.temp("good.jsonl", Data((Self.good1 + "\n").utf8))
        let r = try Self.run(["extract", "/nonexistent/articles.jsonl", good])
        #expect(r.status == 1)
        #expect(r.stderr.contains("/nonexistent/articles.jsonl: no such file"))
        #expect(r.stdout.contains("\"article_id\":\"a1\""))
    }

    @Test func plainTextWithPublishedDateAndStdin() throws {
        let story = try Self.temp("story.txt", Data("An ISIS cell ambushed a patrol near Palmyra on Sunday, killing two soldiers.".utf8))
        let r = try Self.run(["extract", "--published", "2025-11-25", story])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"date\":\"2025-11-23\""))
        #expect(r.stdout.contains("\"location\":\"Palmyra\""))
        let s = try Self.run(["extract", "-"], stdin: Data((Self.good2 + "\n").utf8))
        #expect(s.status == 0)
        #expect(s.stdout.contains("\"sub_event_type\":\"Grenade\""))
    }

    @Test func invalidPublishedDateIsAUsageError() throws {
        let r = try Self.run(["extract", "--published", "14/02/2026", "-"], stdin: Data())
        #expect(r.status != 0)
        #expect(r.stderr.contains("YYYY-MM-DD"))
    }

    @Test func binaryInputIsRefused() throws {
        let path = try Self.temp("blob.bin", Data([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00]))
        let r = try Self.run(["extract", path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("blob.bin"))
    }

    @Test func explainShowsRuleAndSpans() throws {
        let r = try Self.run(["extract", "--explain", "-"], stdin: Data((Self.good1 + "\n").utf8))
        #expect(r.stdout.contains("rule      type_rules.tsv:"))
        #expect(r.stdout.contains("trigger"))
        #expect(r.stdout.contains("\"al-Shahil\""))
    }

    @Test func evalScoresAGoldFile() throws {
        let gold = #"{"id":"g1","published":"2025-04-10","text":"Gunmen threw a grenade into a shop in Daraa on Wednesday.","events":[{"event_type":"Explosions/Remote violence","sub_event_type":"Grenade","admin1":"Daraa","location":"Daraa","date":"2025-04-09","date_precision":"day","fatalities":0}]}"#
        let path = try Self.temp("gold.jsonl", Data((gold + "\n").utf8))
        let r = try Self.run(["eval", "--gold", path, "--json"])
        #expect(r.status == 0)
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let overall = (obj?["gold"] as? [String: Any])?["overall"] as? [String: Any]
        #expect(overall?["f1"] as? Double == 1.0)
    }

    @Test func geocodeFindsArabicNames() throws {
        let r = try Self.run(["geocode", "دير الزور", "--limit", "1"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Deir ez-Zor"))
        let none = try Self.run(["geocode", "Xyzzyville"])
        #expect(none.status == 1)
    }
}

@Suite struct IngestCLITests {
    static func corpus(_ n: Int) throws -> String {
        var s = ""
        for k in 0..<n {
            let text = "Report \(k): gunmen killed \(k % 7 + 1) civilians in the town of Hajin on Sunday, residents said."
            s += #"{"id":"n\#(k)","published":"2025-09-02","text":"\#(text)"}"# + "\n"
        }
        return try CLITests.temp("many.jsonl", Data(s.utf8))
    }

    static func stats(_ db: String) throws -> (Int, Int) {
        let r = try CLITests.run(["stats", "--db", db])
        let words = r.stdout.split(separator: "\n").first?.split(separator: " ") ?? []
        return (Int(words.count > 1 ? words[1] : "") ?? -1, Int(words.count > 3 ? words[3] : "") ?? -1)
    }

    @Test func ingestIsIdempotent() throws {
        let input = try Self.corpus(50)
        let db = (try CLITests.temp("x", Data())) + ".sqlite"
        let first = try CLITests.run(["ingest", "--db", db, input])
        #expect(first.status == 0)
        #expect(first.stdout.contains("new 50"))
        let second = try CLITests.run(["ingest", "--db", db, input])
        #expect(second.stdout.contains("new 0, duplicate 50"))
        #expect(try Self.stats(db) == (50, 50))
    }

    @Test func killedIngestLeavesAConsistentDatabaseAndResumes() throws {
        let n = 4000
        let input = try Self.corpus(n)
        let clean = (try CLITests.temp("clean", Data())) + ".sqlite"
        #expect(try CLITests.run(["ingest", "--db", clean, "--batch", "40", input]).status == 0)
        let expected = try Self.stats(clean)
        #expect(expected.0 == n)

        let db = (try CLITests.temp("killed", Data())) + ".sqlite"
        let p = Process()
        p.executableURL = CLITests.binary
        p.arguments = ["ingest", "--db", db, "--batch", "40", input]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        Thread.sleep(forTimeInterval: 0.8)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        // Whatever was committed is whole: every stored article has its events (one each here).
        let partial = try Self.stats(db)
        #expect(partial.0 >= 0 && partial.0 == partial.1, "articles and events out of step: \(partial)")
        // Running again finishes the job, with no duplicates.
        #expect(try CLITests.run(["ingest", "--db", db, "--batch", "40", input]).status == 0)
        #expect(try Self.stats(db) == expected)
    }

    @Test func eventsAndExportFilterAndValidate() throws {
        let input = try Self.corpus(5)
        let db = (try CLITests.temp("q", Data())) + ".sqlite"
        _ = try CLITests.run(["ingest", "--db", db, input])
        let csv = try CLITests.run(["events", "--db", db, "--admin1", "Deir ez-Zor", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("event_id_cnty,event_date"))
        #expect(csv.stdout.split(separator: "\n").count == 6)
        let geo = try CLITests.run(["export", "--db", db, "--format", "geojson", "--near", "34.69,40.84,20km"])
        #expect(geo.stdout.contains("\"FeatureCollection\""))
        let bad = try CLITests.run(["events", "--db", db, "--since", "yesterday"])
        #expect(bad.status != 0 && bad.stderr.contains("YYYY-MM-DD"))
        let badType = try CLITests.run(["events", "--db", db, "--type", "Bombings"])
        #expect(badType.status != 0 && badType.stderr.contains("unknown event type"))
        let search = try CLITests.run(["articles", "--db", db, "--search", "residents said"])
        #expect(search.stdout.split(separator: "\n").count == 5)
    }
}

@Suite struct BadInputCLITests {
    @Test func badFilesAreReportedAndNothingStoredIsLost() throws {
        let db = (try CLITests.temp("bad", Data())) + ".sqlite"
        let first = try IngestCLITests.corpus(3)
        #expect(try CLITests.run(["ingest", "--db", db, first]).status == 0)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data([0x00, 0xFF, 0x00, 0x13]).write(to: dir.appendingPathComponent("blob.txt"))
        try Data([0x41, 0xC3, 0x28, 0x42]).write(to: dir.appendingPathComponent("latin1.txt"))
        try Data("<rss><channel><item><title>broken".utf8).write(to: dir.appendingPathComponent("feed.xml"))
        try Data("""
            <html><head><meta property="article:published_time" content="2025-09-02"></head>
            <body><article><p>Gunmen shot dead a teacher in the town of Hajin on Sunday.</p></article></body></html>
            """.utf8).write(to: dir.appendingPathComponent("page.html"))
        let r = try CLITests.run(["ingest", "--db", db, dir.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("blob.txt"))
        #expect(r.stderr.contains("latin1.txt:1: not valid UTF-8"))
        #expect(r.stderr.contains("feed.xml") && r.stderr.contains("not a well-formed RSS/Atom feed"))
        #expect(r.stdout.contains("new 1"))
        #expect(try IngestCLITests.stats(db) == (4, 4))
    }
}

@Suite struct LargeInputCLITests {
    @Test func filesOverTheSizeLimitAreRefusedWithAClearMessage() throws {
        // The default limit is 512 MB; a 2 GB file is refused the same way as this one under a 1 MB limit.
        let big = try CLITests.temp("huge.jsonl", Data(repeating: UInt8(ascii: "x"), count: 2_200_000))
        let db = (try CLITests.temp("big", Data())) + ".sqlite"
        let r = try CLITests.run(["ingest", "--db", db, "--max-file-mb", "1", big])
        #expect(r.status == 1)
        #expect(r.stderr.contains("huge.jsonl: file is 2 MB, over the 1 MB limit"))
    }
}
