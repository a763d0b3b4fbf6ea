import Testing
@testable import MarsadCore

@Suite struct NumberReaderTests {
    func first(_ text: String) -> NumberMention? {
        let doc = Document(text, lexicon: TestKnowledge.shared.lexicon)
        return NumberReader(doc: doc, lexicon: TestKnowledge.shared.lexicon).mentions(excluding: []).first
    }

    @Test(arguments: [
        ("killed 25 people", 25, false), ("killed twenty-five people", 25, false), ("killed two hundred people", 200, false),
        ("killed 1,200 people", 1200, false), ("killed dozens of people", 12, true), ("killed several people", 3, true),
        ("killed tens of people", 10, true), ("killed hundreds of people", 100, true),
    ])
    func values(_ text: String, _ value: Int, _ vague: Bool) {
        let n = first(text)
        #expect(n?.value == value, "\(text)")
        #expect(n?.vague == vague, "\(text)")
    }

    @Test func conjoinedPersonCountsAreSummed() {
        #expect(first("killed two US soldiers and an interpreter")?.personTotal == 3)
        #expect(first("killed three children and two women")?.personTotal == 5)
    }

    @Test func quantifiersSetTheBound() {
        #expect(first("at least 25 people")?.bound == .low)
        #expect(first("up to 40 people")?.bound == .high)
        #expect(first("about 40 people")?.bound == .approx)
    }

    @Test func anArticleCountsOnlyBeforeAPerson() {
        #expect(first("a man was shot")?.value == 1)
        #expect(first("a car exploded") == nil)
    }
}
