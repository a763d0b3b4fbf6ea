/// A matching view of an article's text: quotes, dashes, spaces, Arabic punctuation and
/// digits folded to ASCII; zero-width characters, tatweel, Arabic diacritics and Latin
/// combining marks removed. `originalOffset` maps every byte back to the original text,
/// so spans found in this view always point into the original.
public struct NormalizedText: Sendable {
    /// The original UTF-8 bytes.
    public let original: [UInt8]
    /// The normalised UTF-8 bytes.
    public let bytes: [UInt8]
    /// `map[i]` is the original offset of normalised byte `i`; `map[bytes.count]` is
    /// `original.count`. Nil when the two are identical (pure ASCII input).
    let map: [Int32]?

    init(original: [UInt8], bytes: [UInt8], map: [Int32]?) {
        self.original = original
        self.bytes = bytes
        self.map = map
    }

    @inline(__always)
    public func originalOffset(_ i: Int) -> Int {
        guard let map else { return i }
        return Int(map[i])
    }

    /// The original span that a normalised half-open range `[start, end)` came from.
    /// The end maps to the end of the last original character, so spans stay on
    /// character boundaries.
    public func originalSpan(_ start: Int, _ end: Int) -> ByteSpan {
        guard map != nil else { return ByteSpan(start, end) }
        if end <= start { let o = originalOffset(start); return ByteSpan(o, o) }
        let s = originalOffset(start)
        // The last normalised byte belongs to some original character; take its end.
        let lastOriginalStart = originalOffset(end - 1)
        var e = lastOriginalStart + 1
        while e < original.count, original[e] & 0xC0 == 0x80 { e += 1 }
        return ByteSpan(s, max(e, s))
    }

    /// The original text at an original span (nil if not on character boundaries).
    public func originalText(_ span: ByteSpan) -> String? {
        guard span.start >= 0, span.end <= original.count, span.start <= span.end else { return nil }
        return String(validating: original[span.start..<span.end], as: UTF8.self)
    }
}
