/// One span of text that supports one field of an event (FORMATS.md §2).
public struct Evidence: Codable, Sendable, Equatable {
    public var field: String
    public var start: Int
    public var end: Int
    /// The surface text at the span (added for readers; not required by the format).
    public var text: String?

    public init(field: String, span: ByteSpan, text: String?) {
        self.field = field
        self.start = span.start
        self.end = span.end
        self.text = text
    }

    public var span: ByteSpan { ByteSpan(start, end) }
}
