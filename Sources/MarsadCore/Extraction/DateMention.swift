/// A date expression in text, resolved: tokens `[start, end)`, the first day of the
/// period and its precision. `explicitYear` is true for absolute dates.
public struct DateMention: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var day: CalendarDay
    public var precision: DatePrecision
    public var explicitYear: Bool
}
