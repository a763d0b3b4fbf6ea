/// The orders events can be listed in (`sort=` in the API: "-date", "date", "-fatalities").
/// Ties are broken by id in the same direction, so keyset pagination is exact.
public enum EventSort: String, Sendable, CaseIterable {
    case dateDescending = "-date"
    case dateAscending = "date"
    case fatalitiesDescending = "-fatalities"

    /// The column the order is on.
    var column: String { self == .fatalitiesDescending ? "e.fatalities" : "e.date" }
    var descending: Bool { self != .dateAscending }
}
