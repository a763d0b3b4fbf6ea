import Foundation
import MarsadCore

/// Scores merging of reports across articles on FORMATS §3 gold whose events carry an
/// `incident` id (as `../shared/data/realnews/dedup_dev.jsonl` does): every article is
/// extracted, each gold event is matched to a predicted event of its article (FORMATS §3 rule),
/// the predicted events of all articles are clustered into incidents by `IncidentClusterer` (the
/// clustering the store runs), and pairs of gold events in *different* articles are scored:
/// "same incident" in the gold vs. their predicted events in one cluster. Recall is given end to
/// end (a gold event that was not extracted cannot be merged) and over the pairs whose two
/// events were both extracted — the part that clustering, not extraction, decides.
public enum IncidentPairEvaluation {
    struct Labelled: Decodable {
        struct Incident: Decodable { var incident: String? }
        var events: [Incident]?
    }

    public struct Score: Codable, Sendable {
        public var articles = 0
        public var goldEvents = 0
        public var extracted = 0
        public var goldPairs = 0
        public var extractedPairs = 0
        public var predictedPairs = 0
        public var truePairs = 0
        public var precision: Double { predictedPairs == 0 ? 1 : Double(truePairs) / Double(predictedPairs) }
        public var recall: Double { goldPairs == 0 ? 1 : Double(truePairs) / Double(goldPairs) }
        public var recallExtracted: Double { extractedPairs == 0 ? 1 : Double(truePairsExtracted) / Double(extractedPairs) }
        public var truePairsExtracted = 0

        public var report: String {
            """
            incidents across articles: \(articles) articles, \(goldEvents) gold events (\(extracted) extracted), \(goldPairs) gold same-incident pairs in different articles
              pairwise precision \(fmt(precision))  recall \(fmt(recall))  recall where both reports were extracted \(fmt(recallExtracted)) (\(extractedPairs) pairs)
            """
        }
    }

    /// True when the file is FORMATS §3 gold with per-event incident ids.
    public static func isEventLevel(_ jsonl: Data) -> Bool {
        guard let line = jsonl.split(separator: UInt8(ascii: "\n")).first(where: { !$0.isEmpty }),
              let l = try? JSONDecoder().decode(Labelled.self, from: Data(line)) else { return false }
        return l.events?.contains { $0.incident != nil } ?? false
    }

    public static func score(jsonl: Data, places: PlaceComparer, extract: (Article) -> [Event]) throws -> Score {
        var s = Score()
        var reports: [IncidentClusterer.Report] = []
        var goldOf: [(article: Int, incident: String, predicted: Int64?)] = []
        var next: Int64 = 1
        for (k, line) in jsonl.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
            let gold = try JSONDecoder().decode(GoldArticle.self, from: Data(line))
            let labels = try JSONDecoder().decode(Labelled.self, from: Data(line)).events ?? []
            s.articles += 1
            let predicted = extract(gold.article)
            var ids: [Int64] = []
            for e in predicted { reports.append(.init(id: next, event: e)); ids.append(next); next += 1 }
            let pairs = EventMatcher.pair(predicted: predicted, gold: gold.events, places: places)
            for (gi, _) in gold.events.enumerated() {
                let incident = gi < labels.count ? labels[gi].incident : nil
                guard let incident else { continue }
                let p = pairs.first { $0.1 == gi }.map { ids[$0.0] }
                goldOf.append((k, incident, p))
                s.goldEvents += 1
                if p != nil { s.extracted += 1 }
            }
        }
        var clusterOf: [Int64: Int] = [:]
        for (c, members) in IncidentClusterer().cluster(reports).enumerated() { for m in members { clusterOf[m] = c } }
        for i in goldOf.indices {
            for j in goldOf.indices where j > i && goldOf[i].article != goldOf[j].article {
                let a = goldOf[i], b = goldOf[j]
                let same = a.incident == b.incident
                let bothExtracted = a.predicted != nil && b.predicted != nil
                let merged = bothExtracted && clusterOf[a.predicted!] != nil && clusterOf[a.predicted!] == clusterOf[b.predicted!]
                if same { s.goldPairs += 1 }
                if same && bothExtracted { s.extractedPairs += 1 }
                if merged { s.predictedPairs += 1 }
                if merged && same { s.truePairs += 1; s.truePairsExtracted += 1 }
            }
        }
        return s
    }
}
