import MarsadCore

/// The human-readable `--explain` view of one article's extraction.
enum Explainer {
    static func explain(_ article: Article, _ result: ExtractionResult, extractor: Extractor) -> String {
        var lines: [String] = []
        lines.append("── \(article.id)\(article.published.map { "  (published \($0))" } ?? "")")
        if result.events.isEmpty { lines.append("   no events") }
        for (k, e) in result.events.enumerated() {
            lines.append("   event \(k + 1): \(e.eventType) / \(e.subEventType)   confidence \(e.confidence.map { String($0) } ?? "-")")
            if let r = e.rule { lines.append("     rule      \(r)") }
            lines.append("     actors    \(e.actor1 ?? "—")  →  \(e.actor2 ?? "—")")
            let place = [e.location, e.admin2, e.admin1, e.country].compactMap { $0 }.joined(separator: ", ")
            lines.append("     place     \(place.isEmpty ? "—" : place)  geo_precision \(e.geoPrecision.map(String.init) ?? "-")\(e.placeID.map { "  [\($0)]" } ?? "")")
            lines.append("     date      \(e.date) (\(e.datePrecision.rawValue))")
            var f = "\(e.fatalities)"
            if let l = e.fatalitiesLow { f += "  low \(l)" }
            if let h = e.fatalitiesHigh { f += "  high \(h)" }
            lines.append("     deaths    \(f)")
            for ev in e.evidence {
                lines.append("       \(ev.field.padding(10)) [\(ev.start), \(ev.end))  \"\(ev.text ?? "")\"")
            }
        }
        for c in result.claims {
            lines.append("   claim: \"\(c.text.prefix(160))\"\(c.attributedTo.map { " — \($0)" } ?? "")")
        }
        for n in result.notes { lines.append("   · \(n)") }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func padding(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
