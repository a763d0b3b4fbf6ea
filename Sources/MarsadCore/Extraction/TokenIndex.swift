/// Items that sit at token positions, sorted by position, with range queries by binary
/// search. Keeps per-event lookups proportional to the event's clause, not the article, so
/// a 10 MB article costs what a thousand short ones do.
struct TokenIndex<Item> {
    private let items: [Item]
    private let starts: [Int]

    init(_ items: [Item], start: (Item) -> Int) {
        let sorted = items.sorted { start($0) < start($1) }
        self.items = sorted
        starts = sorted.map(start)
    }

    var all: [Item] { items }

    private func lowerBound(_ x: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The items whose start lies in `range`, in order.
    func items(in range: Range<Int>) -> ArraySlice<Item> {
        guard !range.isEmpty else { return [] }
        return items[lowerBound(range.lowerBound)..<lowerBound(range.upperBound)]
    }
}
