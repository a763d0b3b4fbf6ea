/// Counts for `marsad stats`.
public struct StoreStats: Sendable, Equatable {
    public var articles = 0
    public var events = 0
    public var byMonth: [(String, Int)] = []
    public var byType: [(String, Int)] = []
    public var byAdmin1: [(String, Int)] = []

    public init() {}

    public static func == (a: StoreStats, b: StoreStats) -> Bool {
        a.articles == b.articles && a.events == b.events && a.byMonth.map(\.0) == b.byMonth.map(\.0)
            && a.byMonth.map(\.1) == b.byMonth.map(\.1) && a.byType.map(\.0) == b.byType.map(\.0)
    }
}
