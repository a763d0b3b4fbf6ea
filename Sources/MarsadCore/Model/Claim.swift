/// An aggregate statement ("13 plots have been foiled this year") kept as a claim
/// with its attribution, never as an event.
public struct Claim: Codable, Sendable, Equatable {
    public var articleID: String
    public var text: String
    public var start: Int
    public var end: Int
    public var attributedTo: String?
    public var figure: Int?
    public var trigger: String

    enum CodingKeys: String, CodingKey {
        case articleID = "article_id"
        case text, start, end
        case attributedTo = "attributed_to"
        case figure, trigger
    }

    public init(articleID: String, text: String, span: ByteSpan, attributedTo: String?,
                figure: Int?, trigger: String) {
        self.articleID = articleID
        self.text = text
        self.start = span.start
        self.end = span.end
        self.attributedTo = attributedTo
        self.figure = figure
        self.trigger = trigger
    }
}
