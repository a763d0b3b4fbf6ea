import Testing
import MarsadCore
@testable import MarsadEval

@Suite struct EvalTests {
    func event(_ type: String, _ loc: String?, _ admin1: String?, _ date: String, _ p: DatePrecision) -> Event {
        Event(articleID: "a", eventType: type, subEventType: "x", admin1: admin1, location: loc, date: date, datePrecision: p)
    }

    @Test func datesMatchAtTheCoarserPrecision() {
        let g = event("Battles", "Palmyra", "Homs", "2025-12-01", .month)
        #expect(EventMatcher.matches(event("Battles", "Palmyra", "Homs", "2025-12-17", .day), g))
        #expect(!EventMatcher.matches(event("Battles", "Palmyra", "Homs", "2026-01-02", .day), g))
        #expect(!EventMatcher.matches(event("Riots", "Palmyra", "Homs", "2025-12-17", .day), g))
    }

    @Test func admin1OnlyMatchesAdmin1() {
        let g = event("Battles", nil, "Homs", "2025-12-01", .day)
        #expect(EventMatcher.matches(event("Battles", nil, "Homs", "2025-12-01", .day), g))
        #expect(!EventMatcher.matches(event("Battles", nil, "Hama", "2025-12-01", .day), g))
    }

    @Test func eachGoldEventMatchesOnce() {
        var card = Scorecard()
        let g = event("Battles", "Palmyra", "Homs", "2025-12-01", .day)
        card.add(articleID: "a", predicted: [g, g], gold: [g])
        #expect(card.overall.truePositives == 1)
        #expect(card.overall.precision == 0.5)
        #expect(card.overall.recall == 1)
    }

    @Test func csvHandlesQuotesAndNewlines() throws {
        let rows = try CSVReader.table("a,b\n1,\"x, \"\"y\"\"\nz\"\n2,plain\n")
        #expect(rows.count == 2)
        #expect(rows[0].row["b"] == "x, \"y\"\nz")
        #expect(rows[1].line == 4)
        #expect(throws: CSVReader.Failure.self) { _ = try CSVReader.parse("a\n\"open") }
    }

    @Test func fakesDatesParse() {
        #expect(FakesAdapter.parseDate("4/5/17")?.description == "2017-04-05")
        #expect(FakesAdapter.parseDate("12/31/2015")?.description == "2015-12-31")
        #expect(FakesAdapter.parseDate("13/1/17") == nil)
    }

    @Test func mainEventIsTheLeadDayEvent() {
        let a = event("Battles", "A", "X", "2017-01-01", .month)
        let b = event("Riots", "B", "Y", "2017-04-05", .day)
        #expect(FakesAdapter.mainEvent([a, b])?.location == "B")
        #expect(FakesAdapter.mainEvent([a])?.location == "A")
    }
}
