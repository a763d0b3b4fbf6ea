import Testing
@testable import MarsadCore

@Suite struct ExtractionTests {
    let extractor = TestKnowledge.extractor

    func events(_ text: String, published: String = "2026-02-14") -> [Event] {
        extractor.extract(Article(id: "t", text: text, published: published)).events
    }

    @Test func fatalitiesNeverComeFromTheWounded() {
        let e = events("A car bomb exploded in Raqqa on Friday, wounding 12 people.")
        #expect(e.count == 1)
        #expect(e.first?.fatalities == 0)
        let f = events("A car bomb exploded in Raqqa on Friday, killing three people and wounding 12 others.")
        #expect(f.first?.fatalities == 3)
        let g = events("Twelve people were wounded and two killed when a car bomb exploded in Raqqa on Friday.")
        #expect(g.first?.fatalities == 2)
    }

    @Test func atLeastGivesALowBoundOnly() {
        let e = events("An air strike killed at least 25 people in Idlib on Monday.")
        #expect(e.first?.fatalities == 25)
        #expect(e.first?.fatalitiesLow == 25)
        #expect(e.first?.fatalitiesHigh == nil)
    }

    @Test func passiveVoiceFindsTheInitiatorAfterBy() {
        let e = events("Four soldiers were killed by ISIS fighters near Sukhnah on Tuesday.")
        #expect(e.first?.actor1 == "Islamic State (ISIS)")
        #expect(e.first?.actor2 == "Military Forces of Syria (2024-)")
        #expect(e.first?.eventType == "Battles")
    }

    @Test func syrianArmyNameDependsOnTheDate() {
        let before = events("Syrian army artillery shelled Saraqib on Monday.", published: "2023-10-10")
        let after = events("Syrian army artillery shelled Saraqib on Monday.", published: "2025-10-10")
        #expect(before.first?.actor1 == "Military Forces of Syria (2000-2024)")
        #expect(after.first?.actor1 == "Military Forces of Syria (2024-)")
    }

    @Test(arguments: [
        "The ministry denied that its forces shelled Saraqib on Monday.",
        "ISIS could attack Damascus again, analysts warned on Sunday.",
        "ISIS has killed 75 people in 138 attacks in Deir ez-Zor since 2024.",
        "A bomb exploded in Ankara on Monday, killing two people.",
        "Officials said they did not attack Raqqa on Sunday.",
        "The company agreed a deal with its suppliers in Damascus on Monday.",
    ])
    func nonEventsGiveNoEvent(_ text: String) {
        #expect(events(text).isEmpty, "\(text)")
    }

    @Test func aggregateStatementsAreKeptAsClaims() {
        let r = extractor.extract(Article(id: "t", text: "Mr Lister adds that 13 plots have been foiled in Damascus this year.", published: "2026-02-14"))
        #expect(r.events.isEmpty)
        #expect(r.claims.count == 1)
        #expect(r.claims.first?.figure == 13)
        #expect(r.claims.first?.attributedTo == "Mr Lister")
    }

    @Test func everyEvidenceSpanHoldsItsSurfaceText() {
        for e in events("US forces struck an ISIS position near al-Shahil in Deir ez-Zor's eastern countryside on Tuesday, killing two militants.") {
            let text = "US forces struck an ISIS position near al-Shahil in Deir ez-Zor's eastern countryside on Tuesday, killing two militants."
            for ev in e.evidence {
                #expect(text.text(at: ev.span) == ev.text)
            }
            #expect(Set(e.evidence.map(\.field)).isSuperset(of: ["trigger", "actor1", "location", "date", "fatalities"]))
        }
    }

    /// Property: on arbitrary input, extraction does not crash, every span is in bounds and
    /// on character boundaries, and each evidence text is the text at its span.
    @Test(arguments: 0..<60)
    func arbitraryTextIsSafe(_ seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed) &* 7919)
        let text = seed % 3 == 0 ? RandomText.bytes(&rng, length: 2_000) : RandomText.mixed(&rng, length: 400)
        let result = extractor.extract(Article(id: "r\(seed)", text: text, published: "2025-06-01"), notes: true)
        let count = text.utf8.count
        for e in result.events {
            #expect(CalendarDay(iso: e.date) != nil)
            #expect(e.fatalities >= 0)
            for ev in e.evidence {
                #expect(ev.start >= 0 && ev.start <= ev.end && ev.end <= count)
                #expect(text.text(at: ev.span) != nil, "span off character boundaries")
                #expect(text.text(at: ev.span) == ev.text)
            }
        }
        for c in result.claims { #expect(c.end <= count) }
    }

    @Test func veryLongInputsAreSafe() {
        var rng = SeededGenerator(seed: 42)
        // One 10 MB article, and one line of 200,000 characters without a break.
        var big = ""
        while big.utf8.count < 10_000_000 { big += RandomText.mixed(&rng, length: 2_000) + "\n" }
        let r = extractor.extract(Article(id: "big", text: big, published: "2025-06-01"))
        for e in r.events { for ev in e.evidence { #expect(ev.end <= big.utf8.count) } }
        let line = String(repeating: "killed in Raqqa ", count: 12_500)
        _ = extractor.extract(Article(id: "line", text: line, published: "2025-06-01"))
    }
}
