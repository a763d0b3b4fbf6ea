/// An input article (FORMATS.md §1). The article owns its text; every span in
/// Marsad is a UTF-8 byte offset into `text`.
public struct Article: Codable, Sendable, Equatable {
    public var id: String
    public var text: String
    public var published: String?
    public var url: String?
    public var title: String?
    public var source: String?
    public var lang: String?

    public init(id: String, text: String, published: String? = nil, url: String? = nil,
                title: String? = nil, source: String? = nil, lang: String? = nil) {
        self.id = id
        self.text = text
        self.published = published
        self.url = url
        self.title = title
        self.source = source
        self.lang = lang
    }
}
