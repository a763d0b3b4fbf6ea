import Testing
@testable import MarsadCore

@Suite struct DateResolverTests {
    /// Published Saturday 2026-02-14.
    static let anchor = CalendarDay(iso: "2026-02-14")!

    func resolve(_ text: String) -> [DateMention] {
        let doc = Document(text, lexicon: TestKnowledge.shared.lexicon)
        return DateResolver(doc: doc, lexicon: TestKnowledge.shared.lexicon).mentions(anchor: Self.anchor)
    }

    @Test(arguments: [
        ("It happened on Thursday.", "2026-02-12", DatePrecision.day),
        ("It happened on Saturday.", "2026-02-14", .day),
        ("It happened last Saturday.", "2026-02-07", .day),
        ("It happened yesterday.", "2026-02-13", .day),
        ("It happened last night.", "2026-02-13", .day),
        ("It happened last week.", "2026-02-02", .week),
        ("It happened earlier this month.", "2026-02-01", .month),
        ("It happened last month.", "2026-01-01", .month),
        ("It happened in December.", "2025-12-01", .month),
        ("It happened in February.", "2026-02-01", .month),
        ("It happened in June last year.", "2025-06-01", .month),
        ("It happened last year.", "2025-01-01", .year),
        ("It happened in 2019.", "2019-01-01", .year),
        ("It happened on 21 May 2024.", "2024-05-21", .day),
        ("It happened on May 21, 2024.", "2024-05-21", .day),
        ("It happened on 2024-05-21.", "2024-05-21", .day),
        ("It happened on Dec. 3.", "2025-12-03", .day),
        ("It happened on February 10.", "2026-02-10", .day),
        ("It happened in May 2023.", "2023-05-01", .month),
    ])
    func resolves(_ text: String, _ iso: String, _ precision: DatePrecision) {
        let found = resolve(text)
        #expect(found.count == 1, "\(text): \(found)")
        #expect(found.first?.day.description == iso, "\(text)")
        #expect(found.first?.precision == precision, "\(text)")
    }

    @Test(arguments: ["They may attack.", "The march was long.", "A 5.93 rise.", "He won 1,200 votes."])
    func ignoresNonDates(_ text: String) {
        #expect(resolve(text).isEmpty, "\(text)")
    }

    @Test func datelineIsTheAnchorWithoutPublication() {
        let doc = Document("Wed 05 Apr 2017 Syria attack. Victims said on Tuesday …", lexicon: TestKnowledge.shared.lexicon)
        #expect(DateResolver(doc: doc, lexicon: TestKnowledge.shared.lexicon).datelineAnchor()?.description == "2017-04-05")
        let page = Document("Story text. More text.\n\nUpdated: February 14, 2026, 5:36 AM", lexicon: TestKnowledge.shared.lexicon)
        #expect(DateResolver(doc: page, lexicon: TestKnowledge.shared.lexicon).datelineAnchor()?.description == "2026-02-14")
    }
}
