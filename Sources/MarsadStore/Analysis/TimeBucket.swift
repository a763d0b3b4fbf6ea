/// One cell of a time series: a period ("2025-03" by month, "2025" by year), a group value
/// (a governorate, event type, actor or setting; nil when ungrouped or unknown), and its counts.
public struct TimeBucket: Sendable, Equatable, Codable {
    public var period: String
    public var group: String?
    public var events: Int
    public var fatalities: Int

    public init(period: String, group: String?, events: Int, fatalities: Int) {
        self.period = period
        self.group = group
        self.events = events
        self.fatalities = fatalities
    }
}
