/// Groups event reports from different articles that describe the same incident: the same
/// event type, dates compatible at their precisions (a day apart at most for day dates),
/// places that agree at their precisions, and actors that do not contradict each other.
/// Complete-link and greedy: a report joins a cluster only if it fits every report in it,
/// so "same village, another day" and "same day, another village" stay apart.
public struct IncidentClusterer: Sendable {
    public struct Report: Sendable {
        public var id: Int64
        public var event: Event
        public init(id: Int64, event: Event) {
            self.id = id
            self.event = event
        }
    }

    /// Largest distance between two village-precise places of one incident.
    public var preciseKilometres = 5.0
    /// Largest distance from a village to the point of a wider area it may lie in.
    public var areaKilometres = 40.0

    public init() {}

    public func compatible(_ a: Event, _ b: Event) -> Bool {
        guard a.articleID != b.articleID, a.eventType == b.eventType else { return false }
        // Dates.
        guard let da = CalendarDay(iso: a.date), let db = CalendarDay(iso: b.date) else { return false }
        if a.datePrecision == .day && b.datePrecision == .day {
            if abs(da.dayNumber - db.dayNumber) > 1 { return false }
        } else {
            let p = max(a.datePrecision, b.datePrecision)
            if da.start(of: p) != db.start(of: p) { return false }
        }
        // Places.
        if a.country != b.country { return false }
        let pa = a.geoPrecision ?? 3, pb = b.geoPrecision ?? 3
        if let ia = a.placeID, let ib = b.placeID, ia == ib {
            // same place
        } else if let la = a.latitude, let oa = a.longitude, let lb = b.latitude, let ob = b.longitude {
            let d = GeoDistance.kilometres(la, oa, lb, ob)
            if pa == 1 && pb == 1 {
                if d > preciseKilometres { return false }
            } else if max(pa, pb) == 2 {
                if d > areaKilometres || a.admin1 != b.admin1 { return false }
            } else if a.admin1 != b.admin1 {
                return false
            }
        } else if a.admin1 != b.admin1 {
            return false
        }
        // Actors: equal, one side unknown or unidentified, or both a state's forces (the army in one
        // report, the police in another). Reports often swap who did what to whom; so may we.
        func fit(_ x: String?, _ y: String?) -> Bool {
            guard let x, let y else { return true }
            if x == y || x.hasPrefix("Unidentified") || y.hasPrefix("Unidentified") { return true }
            if let sx = IncidentClusterer.stateForces(x), let sy = IncidentClusterer.stateForces(y) { return sx == sy }
            return false
        }
        return (fit(a.actor1, b.actor1) && fit(a.actor2, b.actor2)) || (fit(a.actor1, b.actor2) && fit(a.actor2, b.actor1))
    }

    /// "Military Forces of Syria (2024-)", "Police Forces of Syria (2024-)" → "Syria": the state
    /// whose forces an ACLED-style name denotes.
    static func stateForces(_ name: String) -> String? {
        for prefix in ["Military Forces of ", "Police Forces of "] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            return String(rest.split(separator: " (").first ?? rest).split(separator: " - ").first.map(String.init)
        }
        return nil
    }

    /// Clusters of report ids; reports are taken in date order.
    public func cluster(_ reports: [Report]) -> [[Int64]] {
        let sorted = reports.sorted { ($0.event.date, $0.id) < ($1.event.date, $1.id) }
        var clusters: [[Report]] = []
        // Clusters by type for blocking; only recent clusters can take a new report.
        var open: [String: [Int]] = [:]
        for r in sorted {
            let key = r.event.eventType
            var placed = false
            let candidates = open[key, default: []]
            for k in candidates.reversed() where clusters[k].allSatisfy({ compatible($0.event, r.event) }) {
                clusters[k].append(r)
                placed = true
                break
            }
            if !placed {
                clusters.append([r])
                open[key, default: []].append(clusters.count - 1)
            }
            // Forget clusters more than a month behind: the input is in date order.
            if let day = CalendarDay(iso: r.event.date) {
                open[key] = open[key]!.filter { k in
                    guard let last = clusters[k].last, let d = CalendarDay(iso: last.event.date) else { return false }
                    return day.dayNumber - d.dayNumber <= 31
                }
            }
        }
        return clusters.map { $0.map(\.id) }
    }

    /// Pairwise precision and recall of predicted clusters against gold clusters.
    public static func pairwise(predicted: [[Int64]], gold: [[Int64]]) -> (precision: Double, recall: Double, pairs: Int) {
        func pairs(_ cs: [[Int64]]) -> Set<[Int64]> {
            var out = Set<[Int64]>()
            for c in cs { for i in c.indices { for j in c.indices where i < j { out.insert([min(c[i], c[j]), max(c[i], c[j])]) } } }
            return out
        }
        let p = pairs(predicted), g = pairs(gold)
        let tp = p.intersection(g).count
        return (p.isEmpty ? 1 : Double(tp) / Double(p.count), g.isEmpty ? 1 : Double(tp) / Double(g.count), g.count)
    }
}
