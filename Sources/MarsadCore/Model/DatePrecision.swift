/// How precisely an event's date is known (FORMATS.md §2).
public enum DatePrecision: String, Codable, Sendable, Comparable, CaseIterable {
    case day, week, month, year

    private var rank: Int {
        switch self {
        case .day: 0
        case .week: 1
        case .month: 2
        case .year: 3
        }
    }

    public static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool { lhs.rank < rhs.rank }
}
