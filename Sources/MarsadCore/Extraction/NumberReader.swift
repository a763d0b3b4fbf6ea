/// Reads quantities: digits ("25", "1,200"), number words ("twenty-five", "two hundred"),
/// vague quantities ("dozens of" = 12, "several" = 3), "a"/"an" before a person noun,
/// with a preceding quantifier ("at least", "more than", "up to") as the bound.
public struct NumberReader: Sendable {
    let doc: Document
    let lexicon: Lexicon
    private var numberAt: TokenMap<LexMatch>
    private var quantifierEnding: TokenMap<LexMatch>
    private var personAt: [Bool]
    private var conjunctionAt: [Bool]

    public init(doc: Document, lexicon: Lexicon) {
        self.doc = doc
        self.lexicon = lexicon
        let n = doc.tokens.count
        numberAt = TokenMap(tokens: n)
        quantifierEnding = TokenMap(tokens: n)
        personAt = Array(repeating: false, count: n + 1)
        conjunctionAt = Array(repeating: false, count: n + 1)
        for m in doc.matches {
            switch m.category {
            case .number: numberAt[m.start] = m
            case .quantifier: quantifierEnding[m.end] = m
            case .cue:
                let cue = lexicon.entries[Int(m.entries[0])].cue
                if cue == .person { for k in m.start..<m.end { personAt[k] = true } }
                if cue == .conjunction { conjunctionAt[m.start] = true }
            default: break
            }
        }
        // Person nouns are also actors ("civilians", "soldiers"): count those too.
        for m in doc.matches where m.category == .actor {
            let kind = lexicon.actors[Int(lexicon.entries[Int(m.entries[0])].value)].kind
            if kind == .civilian || kind == .state || kind == .unidentified || kind == .foreign { personAt[m.end - 1] = true }
        }
    }

    func digits(_ i: Int) -> Int? {
        let t = doc.tokens[i]
        guard t.kind == .number else { return nil }
        var v = 0
        for k in Int(t.start)..<Int(t.end) {
            let b = doc.text.bytes[k]
            if b == 44 { continue }
            if b == 46 { break }
            v = v &* 10 &+ Int(b - 48)
            if v > 100_000_000 { return nil }
        }
        return v
    }

    /// A bare number starting at token i (no quantifier): (value, end, vague, isArticle).
    func bare(_ i: Int) -> (Int, Int, Bool, Bool)? {
        let n = doc.tokens.count
        guard i < n else { return nil }
        if let v = digits(i) {
            var end = i + 1
            var value = v
            if end < n, let m = numberAt[end], lexicon.entries[Int(m.entries[0])].numberKind == .multiplier {
                value = v * lexicon.entries[Int(m.entries[0])].value; end = m.end
            }
            return (value, end, false, false)
        }
        guard let m = numberAt[i] else { return nil }
        let e = lexicon.entries[Int(m.entries[0])]
        switch e.numberKind {
        case .vague: return (e.value, m.end, true, false)
        case .article: return (1, m.end, false, true)
        case .multiplier: return nil
        case .unit, .tens, .none:
            var value = e.value
            var end = m.end
            if e.numberKind == .tens, end < n, let u = numberAt[end], lexicon.entries[Int(u.entries[0])].numberKind == .unit,
               lexicon.entries[Int(u.entries[0])].value < 10 {
                value += lexicon.entries[Int(u.entries[0])].value; end = u.end
            }
            if end < n, let mul = numberAt[end], lexicon.entries[Int(mul.entries[0])].numberKind == .multiplier {
                value *= lexicon.entries[Int(mul.entries[0])].value; end = mul.end
            }
            return (value, end, false, false)
        }
    }

    /// The person noun within `window` tokens after `i` (skipping modifiers such as "US").
    func personNoun(after i: Int, window: Int = 4) -> Int? {
        var k = i
        let n = doc.tokens.count
        while k < n, k < i + window {
            if personAt[k] { return k }
            if doc.tokens[k].kind == .punct { return nil }
            k += 1
        }
        return nil
    }

    public func mentions(excluding taken: [Range<Int>]) -> [NumberMention] {
        var blocked = [Bool](repeating: false, count: doc.tokens.count + 1)
        for r in taken { for k in r where k < blocked.count { blocked[k] = true } }
        var out: [NumberMention] = []
        let n = doc.tokens.count
        var i = 0
        while i < n {
            if blocked[i] { i += 1; continue }
            guard let (value, end, vague, article) = bare(i) else { i += 1; continue }
            if article, personNoun(after: end, window: 3) == nil { i = end; continue }
            var start = i
            var bound: LexEntry.Bound? = nil
            if let q = quantifierEnding[i] {
                start = q.start
                bound = lexicon.entries[Int(q.entries[0])].bound
            }
            var mention = NumberMention(start: start, end: end, value: value, bound: bound, vague: vague)
            if let p = personNoun(after: end) {
                var total = value
                var phraseEnd = p + 1
                // "... and an interpreter", "..., three children and two women"
                var k = phraseEnd
                while k + 1 < n, conjunctionAt[k] || doc.isPunct(k, 44) {
                    var j = k + 1
                    if j < n, conjunctionAt[j] { j += 1 }
                    guard let (v2, e2, _, _) = bare(j), let p2 = personNoun(after: e2, window: 3) else { break }
                    total += v2
                    phraseEnd = p2 + 1
                    k = phraseEnd
                }
                mention.phraseEnd = phraseEnd
                mention.personTotal = total
            }
            out.append(mention)
            i = max(end, mention.phraseEnd ?? end)
        }
        return out
    }
}
