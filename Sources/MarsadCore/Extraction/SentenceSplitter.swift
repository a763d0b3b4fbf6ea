/// Splits tokens into sentences: at ., ! and ? unless the word before is a known
/// abbreviation or a single capital (initials, "U.S."), and always at blank lines.
/// A line that ends without punctuation (a headline, a dateline) ends a sentence too
/// when the next line starts a new paragraph.
public enum SentenceSplitter {
    public static let maxTokens = 200

    public static func split(_ bytes: [UInt8], _ tokens: [Token], ids: [Int32], lexicon: Lexicon) -> [Sentence] {
        var out: [Sentence] = []
        var start = 0
        let n = tokens.count
        var i = 0
        while i < n {
            let t = tokens[i]
            // No real sentence is this long; a hard break keeps per-sentence work bounded.
            if i - start >= maxTokens {
                out.append(Sentence(tokens: start..<i)); start = i
            }
            if i > start, t.flags.contains(.paragraphBefore) {
                out.append(Sentence(tokens: start..<i)); start = i
            }
            if t.kind == .punct {
                let c = bytes[Int(t.start)]
                if c == 46 || c == 33 || c == 63 {
                    var end = i + 1
                    // closing quotes and brackets stay with the sentence
                    while end < n, tokens[end].kind == .punct, [34, 39, 41].contains(bytes[Int(tokens[end].start)]) { end += 1 }
                    if c == 46, i > start {
                        let prev = tokens[i - 1]
                        let len = prev.end - prev.start
                        if prev.kind == .word, lexicon.isAbbreviation(ids[i - 1]) { i += 1; continue }
                        if prev.kind == .word, len == 1, prev.flags.contains(.capitalized) { i += 1; continue }
                    }
                    if end < n {
                        let next = tokens[end]
                        let nb = bytes[Int(next.start)]
                        let startsSentence = next.flags.contains(.capitalized) || next.kind == .number
                            || next.flags.contains(.nonASCII) || nb == 34 || nb == 39
                            || next.flags.contains(.newlineBefore) || next.flags.contains(.paragraphBefore)
                        if !startsSentence { i += 1; continue }
                    }
                    out.append(Sentence(tokens: start..<end))
                    start = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        if start < n { out.append(Sentence(tokens: start..<n)) }
        return out
    }
}
