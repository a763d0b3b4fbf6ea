import MarsadCore

/// One line of a gold file (FORMATS.md §3): an article and the events it reports.
public struct GoldArticle: Codable, Sendable {
    public var article: Article
    public var events: [Event]

    public init(article: Article, events: [Event]) {
        self.article = article
        self.events = events
    }

    enum CodingKeys: String, CodingKey { case events }

    public init(from decoder: any Decoder) throws {
        article = try Article(from: decoder)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        events = try c.decodeIfPresent([Event].self, forKey: .events) ?? []
        for k in events.indices where events[k].articleID.isEmpty { events[k].articleID = article.id }
    }

    public func encode(to encoder: any Encoder) throws {
        try article.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(events, forKey: .events)
    }
}
