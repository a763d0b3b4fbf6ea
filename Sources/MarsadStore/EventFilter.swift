import MarsadCore

/// What `marsad events` and the API filter on. All fields optional; nil means no filter.
public struct EventFilter: Sendable {
    public var since: CalendarDay?
    public var until: CalendarDay?
    public var eventType: String?
    /// Any of these event types (with `eventType`, both must hold).
    public var eventTypes: [String] = []
    public var subEventType: String?
    public var actor: String?
    public var admin1: String?
    public var country: String?
    /// Gazetteer id of the place.
    public var placeID: String?
    /// (latitude, longitude, radius in km)
    public var near: (Double, Double, Double)?
    /// (west, south, east, north) in degrees, as GeoJSON orders a bbox.
    public var bbox: (Double, Double, Double, Double)?
    public var minFatalities: Int?
    /// Full-text query over the articles' titles and text (all words must occur).
    public var text: String?
    /// urban, rural or desert.
    public var setting: String?
    /// One row per incident (its representative report) instead of every report.
    public var incidentsOnly = false
    public var sort: EventSort = .dateDescending
    /// Keyset pagination: rows strictly after this position in `sort` order.
    public var after: EventCursor?
    public var limit: Int = 1000
    public var offset: Int = 0

    public init() {}

    /// Parses "35.33,40.14,25km" (or "…,25").
    public static func parseNear(_ s: String) -> (Double, Double, Double)? {
        let parts = s.split(separator: ",").map { String($0).trimmingCharacters(in: " ") }
        guard parts.count == 3, let lat = Double(parts[0]), let lon = Double(parts[1]),
              let r = Double(parts[2].hasSuffix("km") ? String(parts[2].dropLast(2)) : parts[2]),
              (-90...90).contains(lat), (-180...180).contains(lon), r > 0, r <= 20_000 else { return nil }
        return (lat, lon, r)
    }

    /// Parses "west,south,east,north" (degrees).
    public static func parseBBox(_ s: String) -> (Double, Double, Double, Double)? {
        let v = s.split(separator: ",").compactMap { Double(String($0).trimmingCharacters(in: " ")) }
        guard v.count == 4, (-180...180).contains(v[0]), (-180...180).contains(v[2]),
              (-90...90).contains(v[1]), (-90...90).contains(v[3]), v[0] <= v[2], v[1] <= v[3] else { return nil }
        return (v[0], v[1], v[2], v[3])
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
