/// Totals over the events matching a filter (`/api/stats/summary`).
public struct EventSummary: Sendable, Equatable, Codable {
    public var events = 0
    public var reports = 0
    public var fatalities = 0
    public var articles = 0
    public var firstDate: String?
    public var lastDate: String?
    public var byType: [Count] = []
    public var byAdmin1: [Count] = []
    public var byActor: [Count] = []
    public var bySetting: [Count] = []

    public struct Count: Sendable, Equatable, Codable {
        public var key: String?
        public var events: Int
        public var fatalities: Int
    }

    enum CodingKeys: String, CodingKey {
        case events, reports, fatalities, articles
        case firstDate = "first_date", lastDate = "last_date"
        case byType = "by_type", byAdmin1 = "by_admin1", byActor = "by_actor", bySetting = "by_setting"
    }

    public init() {}
}
