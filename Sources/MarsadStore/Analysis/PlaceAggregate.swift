/// The events at one point on the map (events are placed at gazetteer points, so a few
/// thousand points carry any number of events): what the dashboard's map draws.
public struct PlaceAggregate: Sendable, Equatable, Codable {
    public var latitude: Double
    public var longitude: Double
    public var location: String?
    public var admin1: String?
    public var events: Int
    public var fatalities: Int
    /// The most frequent event type there.
    public var eventType: String
    /// The newest event there (opened when the point is clicked and has one event).
    public var latestID: Int64
    public var latestDate: String

    enum CodingKeys: String, CodingKey {
        case latitude, longitude, location, admin1, events, fatalities
        case eventType = "event_type", latestID = "latest_id", latestDate = "latest_date"
    }
}
