/// A half-open range `[start, end)` of UTF-8 byte offsets into an article's original text.
public struct ByteSpan: Hashable, Sendable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public static func < (lhs: ByteSpan, rhs: ByteSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

extension String {
    /// The substring at a byte span, or nil when the span is out of bounds or not on
    /// character boundaries.
    public func text(at span: ByteSpan) -> String? {
        let bytes = Array(utf8)
        guard span.start >= 0, span.end <= bytes.count, span.start <= span.end else { return nil }
        return String(validating: bytes[span.start..<span.end], as: UTF8.self)
    }
}
