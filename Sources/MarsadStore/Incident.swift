import MarsadCore

/// One incident: the reports of several articles merged. The representative event is the
/// report with the finest place and date; fatalities are the range across the sources that
/// give a toll, the best figure the most conservative (lowest) of them.
public struct Incident: Sendable {
    public var id: Int64
    /// The stored report that represents the incident.
    public var representativeID: Int64
    public var event: Event
    public var sources: [(articleID: String, source: String?)]

    public init(reports: [StoredEvent]) {
        let best = reports.min { a, b in
            ((a.event.geoPrecision ?? 3), a.event.datePrecision, -(a.event.confidence ?? 0))
                < ((b.event.geoPrecision ?? 3), b.event.datePrecision, -(b.event.confidence ?? 0))
        }!
        id = best.incidentID ?? best.id
        representativeID = best.id
        var e = best.event
        // A report that gives no toll (0) says nothing about it; the others bound it.
        let figures = reports.map(\.event.fatalities).filter { $0 > 0 }
        e.fatalities = figures.min() ?? 0
        e.fatalitiesLow = figures.min()
        e.fatalitiesHigh = figures.max()
        e.evidence = best.event.evidence
        event = e
        sources = reports.map { ($0.event.articleID, $0.source) }
    }

    /// Groups reports by incident (a report not yet clustered is its own incident).
    public static func group(_ reports: [StoredEvent]) -> [Incident] {
        var order: [Int64] = []
        var byID: [Int64: [StoredEvent]] = [:]
        for r in reports {
            let key = r.incidentID ?? r.id
            if byID[key] == nil { order.append(key) }
            byID[key, default: []].append(r)
        }
        return order.map { Incident(reports: byID[$0]!) }
    }
}
