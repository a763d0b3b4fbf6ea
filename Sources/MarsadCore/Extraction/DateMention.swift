/// A date expression in text, resolved: tokens `[start, end)`, the first day of the
/// period and its precision. `explicitYear` is true for absolute dates.
public struct DateMention: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var day: CalendarDay
    public var precision: DatePrecision
    public var explicitYear: Bool
    /// Dates only the events named after it ("comes a week after …").
    public var forwardOnly = false

    public init(start: Int, end: Int, day: CalendarDay, precision: DatePrecision, explicitYear: Bool, forwardOnly: Bool = false) {
        self.start = start
        self.end = end
        self.day = day
        self.precision = precision
        self.explicitYear = explicitYear
        self.forwardOnly = forwardOnly
    }
}
