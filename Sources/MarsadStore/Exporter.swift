import Foundation
import MarsadCore

/// Writes stored events in the formats users know: ACLED-style CSV, GeoJSON (RFC 7946) and
/// JSON Lines (FORMATS.md §2 plus the store's fields). Streams to a sink, one chunk at a time.
public enum Exporter {
    public enum Format: String, CaseIterable, Sendable {
        case acledCSV = "acled-csv", geojson, jsonl
    }

    static func notes(_ s: StoredEvent) -> String {
        let trigger = s.event.evidence.first { $0.field == "trigger" }?.text ?? ""
        return [s.articleTitle, trigger.isEmpty ? nil : "trigger: \(trigger)"].compactMap { $0 }.joined(separator: " — ")
    }

    /// Which part of a document a call writes, for exports written page by page.
    public enum Part: Sendable {
        /// A whole document (header, rows, footer).
        case whole
        /// The header and the first page of rows.
        case first
        /// More rows.
        case middle
        /// The footer (after the last rows).
        case last
    }

    public static func write(_ events: [StoredEvent], as format: Format, part: Part = .whole, to sink: (String) -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let header = part == .whole || part == .first
        let footer = part == .whole || part == .last
        switch format {
        case .acledCSV:
            if header { sink(ACLEDCSV.header + "\n") }
            for s in events { sink(ACLEDCSV.row(s.event, id: s.id, source: s.source, notes: notes(s)) + "\n") }
        case .jsonl:
            // Each report names every source of its incident in the output (itself included).
            var sources: [Int64: [String]] = [:]
            for s in events { sources[s.incidentID ?? s.id, default: []].append(s.event.articleID) }
            for s in events { sink(try line(s, encoder, sources: sources[s.incidentID ?? s.id]) + "\n") }
        case .geojson:
            if header { sink("{\"type\":\"FeatureCollection\",\"features\":[") }
            for (k, s) in events.enumerated() {
                if k > 0 || !header { sink(",") }
                let geometry: String
                if let lat = s.event.latitude, let lon = s.event.longitude {
                    geometry = "{\"type\":\"Point\",\"coordinates\":[\(lon),\(lat)]}"
                } else {
                    geometry = "null"
                }
                sink("{\"type\":\"Feature\",\"id\":\(s.id),\"geometry\":\(geometry),\"properties\":\(try line(s, encoder))}")
            }
            if footer { sink("]}\n") }
        }
    }

    /// Incidents as JSON Lines: the representative event's fields, the fatality range across
    /// sources, and `sources` (count and list).
    public static func writeIncidents(_ incidents: [Incident], to sink: (String) -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for i in incidents {
            var object = try JSONSerialization.jsonObject(with: try encoder.encode(i.event)) as? [String: Any] ?? [:]
            object["incident_id"] = i.id
            object["sources_count"] = i.sources.count
            object["sources"] = i.sources.map { ["article_id": $0.articleID, "source": $0.source as Any] }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            sink(String(decoding: data, as: UTF8.self) + "\n")
        }
    }

    /// One event as a JSON object: the §2 fields plus id, source and coded_with.
    static func line(_ s: StoredEvent, _ encoder: JSONEncoder, sources: [String]? = nil) throws -> String {
        var object = try JSONSerialization.jsonObject(with: try encoder.encode(s.event)) as? [String: Any] ?? [:]
        if let sources {
            object["sources"] = sources
            object["sources_count"] = sources.count
        }
        object["id"] = s.id
        object["source"] = s.source
        object["coded_with"] = s.codedWith
        object["incident_id"] = s.incidentID
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
