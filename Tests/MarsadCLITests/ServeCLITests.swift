import Foundation
import Testing

/// `marsad serve` refuses what it cannot do with a message saying what to do.
@Suite(.serialized) struct ServeCLITests {
    @Test func serveRefusesAMissingDatabaseAndABusyPort() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-missing-\(UUID().uuidString).sqlite").path
        let r = try CLITests.run(["serve", "--db", missing, "--port", "0"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("no database at"))
        #expect(!FileManager.default.fileExists(atPath: missing), "nothing was created")

        // A port another process holds.
        let db = try CLITests.temp("busy.sqlite", Data())
        try FileManager.default.removeItem(atPath: db)
        #expect(try CLITests.run(["ingest", "--db", db, "-"], stdin: Data((CLITests.good1 + "\n").utf8)).status == 0)
        let (first, base) = try DashboardBrowserTests.serve(db: db)
        defer { first.terminate(); first.waitUntilExit() }
        let port = base.split(separator: ":").last!.filter { $0.isNumber }
        let second = try CLITests.run(["serve", "--db", db, "--port", String(port)])
        #expect(second.status != 0)
        #expect(second.stderr.contains("address is in use"))
    }
}
