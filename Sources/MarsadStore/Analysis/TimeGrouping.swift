/// What a time series is split by (`group=` in the API).
public enum TimeGrouping: String, Sendable, CaseIterable {
    case none, admin1, type, subType = "sub_type", actor, setting, country

    /// The SQL expression of the group (fixed strings, never user input).
    var expression: String {
        switch self {
        case .none: "NULL"
        case .admin1: "e.admin1"
        case .type: "e.eventType"
        case .subType: "e.subEventType"
        case .actor: "e.actor1"
        case .setting: "e.setting"
        case .country: "e.country"
        }
    }
}

/// The length of a time-series period (`by=` in the API).
public enum TimePeriod: String, Sendable, CaseIterable {
    case day, month, year

    var expression: String {
        switch self {
        case .day: "substr(e.date, 1, 10)"
        case .month: "substr(e.date, 1, 7)"
        case .year: "substr(e.date, 1, 4)"
        }
    }
}
