import MarsadCore

/// The matching rule of FORMATS.md §3: same event_type, same place (same location, or
/// same admin1 where either side has only admin1), dates compatible at the coarser
/// precision. Each gold event matches at most one predicted event.
public enum EventMatcher {
    public static func placesAgree(_ p: Event, _ g: Event, places: PlaceComparer = .spelling) -> Bool {
        places.agree(p, g)
    }

    static func fold(_ s: String) -> String {
        String(s.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    public static func datesAgree(_ p: Event, _ g: Event) -> Bool {
        guard let pd = CalendarDay(iso: p.date), let gd = CalendarDay(iso: g.date) else { return false }
        let precision = max(p.datePrecision, g.datePrecision)
        return pd.start(of: precision) == gd.start(of: precision)
    }

    public static func matches(_ p: Event, _ g: Event, places: PlaceComparer = .spelling) -> Bool {
        p.eventType == g.eventType && places.agree(p, g) && datesAgree(p, g)
    }

    /// Greedy one-to-one matching, preferring pairs that also agree on sub-type.
    public static func pair(predicted: [Event], gold: [Event], places: PlaceComparer = .spelling) -> [(Int, Int)] {
        var used = Set<Int>()
        var pairs: [(Int, Int)] = []
        for pass in 0..<2 {
            for (gi, g) in gold.enumerated() where !pairs.contains(where: { $0.1 == gi }) {
                for (pi, p) in predicted.enumerated() where !used.contains(pi) && matches(p, g, places: places) {
                    if pass == 0 && p.subEventType != g.subEventType { continue }
                    used.insert(pi); pairs.append((pi, gi)); break
                }
            }
        }
        return pairs
    }
}
