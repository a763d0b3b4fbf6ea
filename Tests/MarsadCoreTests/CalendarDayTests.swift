import Testing
@testable import MarsadCore

@Suite struct CalendarDayTests {
    @Test func dayNumberRoundTripsOverFourHundredYears() {
        var day = CalendarDay(year: 1900, month: 1, day: 1)
        var n = day.dayNumber
        // Every day from 1900 to 2300: the number increases by one and converts back.
        while day.year < 2300 {
            let next = day.adding(days: 1)
            #expect(next.dayNumber == n + 1)
            #expect(CalendarDay(dayNumber: next.dayNumber) == next)
            #expect(CalendarDay.isValid(year: next.year, month: next.month, day: next.day))
            day = next
            n += 1
        }
    }

    @Test(arguments: [
        ("2026-02-14", 6), ("2024-12-08", 7), ("1970-01-01", 4), ("2000-02-29", 2), ("2025-01-06", 1),
    ])
    func weekday(_ iso: String, _ expected: Int) {
        #expect(CalendarDay(iso: iso)!.weekday == expected)
    }

    @Test func periodStarts() {
        let d = CalendarDay(iso: "2026-02-14")!
        #expect(d.start(of: .week).description == "2026-02-09")
        #expect(d.start(of: .month).description == "2026-02-01")
        #expect(d.start(of: .year).description == "2026-01-01")
        #expect(d.end(of: .month).description == "2026-02-28")
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "26-02-01", "2026/02/01", ""])
    func rejectsInvalidDates(_ s: String) {
        #expect(CalendarDay(iso: s) == nil)
    }
}
