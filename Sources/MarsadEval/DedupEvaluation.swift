import Foundation
import MarsadCore

/// Scores incident clustering on a labelled set: article JSON Lines with an "incident" label
/// (reports of one incident share it). Every event extracted from an article belongs to the
/// article's incident; pairwise precision and recall compare predicted with gold clusters.
public enum DedupEvaluation {
    struct Labelled: Decodable {
        var id: String
        var text: String
        var published: String?
        var lang: String?
        var incident: String
    }

    public struct Score: Codable, Sendable {
        public var reports = 0
        public var goldPairs = 0
        public var precision = 0.0
        public var recall = 0.0
        public var clusters: [[String]] = []

        public var report: String {
            """
            dedup: \(reports) event reports, \(goldPairs) gold same-incident pairs
              pairwise precision \(fmt(precision))  recall \(fmt(recall))
            """
        }
    }

    public static func score(jsonl: Data, extract: (Article) -> [Event]) throws -> Score {
        var reports: [IncidentClusterer.Report] = []
        var label: [Int64: String] = [:]
        var articleOf: [Int64: String] = [:]
        var next: Int64 = 1
        for line in jsonl.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            let l = try JSONDecoder().decode(Labelled.self, from: Data(line))
            for e in extract(Article(id: l.id, text: l.text, published: l.published, lang: l.lang)) {
                reports.append(.init(id: next, event: e))
                label[next] = l.incident
                articleOf[next] = l.id
                next += 1
            }
        }
        let predicted = IncidentClusterer().cluster(reports)
        var goldGroups: [String: [Int64]] = [:]
        for r in reports { goldGroups[label[r.id]!, default: []].append(r.id) }
        let (p, rcl, pairs) = IncidentClusterer.pairwise(predicted: predicted, gold: Array(goldGroups.values))
        var s = Score()
        s.reports = reports.count
        s.goldPairs = pairs
        s.precision = p
        s.recall = rcl
        s.clusters = predicted.map { $0.map { articleOf[$0]! } }
        return s
    }
}
