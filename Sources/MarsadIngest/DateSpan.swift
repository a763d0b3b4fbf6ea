import MarsadCore

/// The first and last day of a set of event dates (ISO strings at any precision).
public struct DateSpan: Sendable, Equatable {
    public private(set) var range: ClosedRange<CalendarDay>?

    public init() {}

    public mutating func include(_ iso: String) {
        guard let d = CalendarDay(iso: iso) else { return }
        range = range.map { min($0.lowerBound, d)...max($0.upperBound, d) } ?? d...d
    }

    public mutating func include(_ other: DateSpan) {
        guard let r = other.range else { return }
        range = range.map { min($0.lowerBound, r.lowerBound)...max($0.upperBound, r.upperBound) } ?? r
    }
}
