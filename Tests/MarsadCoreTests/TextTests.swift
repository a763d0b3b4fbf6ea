import Testing
@testable import MarsadCore

@Suite struct TextTests {
    @Test func asciiTextHasNoMap() {
        let n = TextNormalizer.normalize("Plain ASCII text.")
        #expect(n.bytes == n.original)
        #expect(n.originalSpan(0, 5) == ByteSpan(0, 5))
    }

    @Test func foldsQuotesDashesAndArabicMarks() {
        let n = TextNormalizer.normalize("“Deir ez‑Zor” – قُتِلَ ١٢")
        let s = String(decoding: n.bytes, as: UTF8.self)
        #expect(s == "\"Deir ez-Zor\" - قتل 12")
    }

    /// Property: every normalised byte maps into the original, monotonically, and every
    /// token's original span is on character boundaries.
    @Test(arguments: 0..<40)
    func offsetMapIsMonotoneAndOnBoundaries(_ seed: Int) {
        var rng = SeededGenerator(seed: UInt64(seed))
        let text = RandomText.mixed(&rng, length: 300)
        let n = TextNormalizer.normalize(text)
        var last = -1
        for i in 0..<n.bytes.count {
            let o = n.originalOffset(i)
            #expect(o >= last && o < n.original.count)
            last = o
        }
        for t in Tokenizer.tokenize(n.bytes) {
            let span = n.originalSpan(Int(t.start), Int(t.end))
            #expect(span.start <= span.end && span.end <= n.original.count)
            #expect(n.originalText(span) != nil, "span \(span) not on character boundaries in \(text.debugDescription)")
        }
    }

    @Test func tokenizerJoinsHyphensAndKeepsNumbers() {
        let n = TextNormalizer.normalize("al-Qamishli's 1,200 people, 5.5 km")
        let toks = Tokenizer.tokenize(n.bytes)
        let words = toks.map { String(decoding: n.bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
        #expect(words == ["al", "Qamishli", "s", "1,200", "people", ",", "5.5", "km"])
        #expect(toks[1].flags.contains(.hyphenBefore))
        #expect(toks[2].flags.contains(.apostropheBefore))
        #expect(toks[3].kind == .number)
    }

    @Test func sentencesRespectAbbreviationsAndInitials() {
        let doc = Document("Maj. Gen. Lambert met U.S. envoys in Damascus. They left on Sunday.\n\nA new paragraph", lexicon: TestKnowledge.shared.lexicon)
        #expect(doc.sentences.count == 3)
        #expect(doc.surface(doc.sentences[0].tokens.lowerBound, doc.sentences[0].tokens.upperBound) == "Maj. Gen. Lambert met U.S. envoys in Damascus.")
    }

    @Test(arguments: [("Deir ez-Zor", "Dayr az Zawr"), ("Deir al-Zour", "Deir Ezzor"), ("Qamishli", "Qamishlo"),
                      ("Raqqa", "Raqqah"), ("Manbij", "Menbij"), ("Hasakah", "Hasakeh")])
    func spellingSkeletonsAgree(_ a: String, _ b: String) {
        let g = TestKnowledge.shared.gazetteer
        #expect(g.foldedKeys(a) == g.foldedKeys(b))
    }
}
