import MarsadCore

/// What `marsad events` and the API filter on. All fields optional; nil means no filter.
public struct EventFilter: Sendable {
    public var since: CalendarDay?
    public var until: CalendarDay?
    public var eventType: String?
    public var subEventType: String?
    public var actor: String?
    public var admin1: String?
    public var country: String?
    /// (latitude, longitude, radius in km)
    public var near: (Double, Double, Double)?
    public var minFatalities: Int?
    public var limit: Int = 1000
    public var offset: Int = 0

    public init() {}

    /// Parses "35.33,40.14,25km" (or "…,25").
    public static func parseNear(_ s: String) -> (Double, Double, Double)? {
        let parts = s.split(separator: ",").map { String($0).trimmingCharacters(in: " ") }
        guard parts.count == 3, let lat = Double(parts[0]), let lon = Double(parts[1]),
              let r = Double(parts[2].hasSuffix("km") ? String(parts[2].dropLast(2)) : parts[2]),
              (-90...90).contains(lat), (-180...180).contains(lon), r > 0 else { return nil }
        return (lat, lon, r)
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
