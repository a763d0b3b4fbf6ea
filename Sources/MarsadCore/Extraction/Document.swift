/// An article after the shared analysis steps: the normalised view, tokens, the
/// dictionary id of every token, sentences and dictionary matches. Like spaCy's Doc,
/// it owns the text; everything else refers to it by token index or byte span.
public struct Document: Sendable {
    public let text: NormalizedText
    public let tokens: [Token]
    public let ids: [Int32]
    public let sentences: [Sentence]
    public let matches: [LexMatch]
    /// For each token, the index of its sentence.
    public let sentenceOf: [Int32]

    public init(_ raw: String, lexicon: Lexicon) {
        text = TextNormalizer.normalize(raw)
        tokens = Tokenizer.tokenize(text.bytes)
        ids = lexicon.tokenIDs(text, tokens)
        sentences = SentenceSplitter.split(text.bytes, tokens, ids: ids, lexicon: lexicon)
        matches = lexicon.match(tokens, ids: ids, bytes: text.bytes)
        var of = [Int32](repeating: 0, count: tokens.count)
        for (k, s) in sentences.enumerated() { for t in s.tokens { of[t] = Int32(k) } }
        sentenceOf = of
    }

    /// The original byte span of tokens `[start, end)`.
    public func span(_ start: Int, _ end: Int) -> ByteSpan {
        guard start < end, end <= tokens.count else { return ByteSpan(0, 0) }
        return text.originalSpan(Int(tokens[start].start), Int(tokens[end - 1].end))
    }

    /// The original text of tokens `[start, end)`.
    public func surface(_ start: Int, _ end: Int) -> String {
        text.originalText(span(start, end)) ?? ""
    }

    /// The lower-case folded text of one token.
    public func word(_ i: Int) -> String {
        var out: [UInt8] = []
        text.bytes.withUnsafeBufferPointer { KeyFolder.foldWord($0, Int(tokens[i].start), Int(tokens[i].end), into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    public func isPunct(_ i: Int, _ c: UInt8) -> Bool {
        tokens[i].kind == .punct && text.bytes[Int(tokens[i].start)] == c
    }
}
