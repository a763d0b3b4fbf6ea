import ArgumentParser
import Foundation
import MarsadCore
import MarsadEval

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Extract and score against gold data.",
        discussion: """
        --gold FILE     gold JSON Lines (FORMATS.md §3): event precision, recall, F1 and field accuracy.
        --fakes FILE    FA-KES CSV (e.g. ../shared/data/fakes/fakes_dev.csv): main event's governorate and date.
        --centcom FILE  CENTCOM CSV (e.g. ../shared/data/centcom/centcom_dev.csv): place resolution.
        Several may be given at once.
        """
    )

    @Option(help: ArgumentHelp("Gold JSON Lines file.", valueName: "file")) var gold: [String] = []
    @Option(help: ArgumentHelp("FA-KES CSV file.", valueName: "file")) var fakes: String?
    @Option(help: ArgumentHelp("CENTCOM CSV file.", valueName: "file")) var centcom: String?
    @Option(help: ArgumentHelp("Incident-labelled JSONL: article-level labels (data/golden/dedup.jsonl) or FORMATS §3 gold with an incident id per event (realnews/dedup_dev.jsonl): pairwise precision and recall of merging.", valueName: "file")) var dedup: String?
    @Flag(help: "Machine-readable JSON output.") var json = false
    @Option(help: "Print up to this many errors (misses, extras) per set.") var errors = 0
    @OptionGroup var knowledge: KnowledgeOptions

    func validate() throws {
        if gold.isEmpty && fakes == nil && centcom == nil && dedup == nil {
            throw ValidationError("nothing to score: give --gold FILE, --fakes FILE, --centcom FILE or --dedup FILE")
        }
        for p in gold + [fakes, centcom, dedup].compactMap({ $0 }) where !FileManager.default.fileExists(atPath: p) {
            throw ValidationError("\(p): no such file")
        }
    }

    func run() throws {
        let extractor = Extractor(knowledge: try knowledge.load())
        var report: [String: Any] = [:]
        var text: [String] = []
        var problems = 0
        if !gold.isEmpty {
            var card = Scorecard(places: PlaceComparer(gazetteer: extractor.knowledge.gazetteer))
            let decoder = JSONDecoder()
            for path in gold {
                let data = FileManager.default.contents(atPath: path) ?? Data()
                var lineNo = 0
                for line in data.split(separator: 10, omittingEmptySubsequences: false) {
                    lineNo += 1
                    if line.allSatisfy({ $0 == 32 || $0 == 13 }) { continue }
                    do {
                        let g = try decoder.decode(GoldArticle.self, from: Data(line))
                        card.add(articleID: g.article.id, language: g.article.lang ?? LanguageDetector.detect(g.article.text), predicted: extractor.extract(g.article).events, gold: g.events)
                    } catch {
                        warn("marsad eval: \(path):\(lineNo): not a gold article (\(error)); skipped")
                        problems += 1
                    }
                }
            }
            text.append("gold: " + gold.joined(separator: ", "))
            text.append(card.report)
            if errors > 0 { text += card.misses.prefix(errors).map { "  " + $0 } }
            report["gold"] = try jsonObject(card)
        }
        if let fakes {
            let items = try FakesAdapter.items(String(decoding: FileManager.default.contents(atPath: fakes) ?? Data(), as: UTF8.self))
            let s = FakesAdapter.score(items, gazetteer: extractor.knowledge.gazetteer, anchor: extractor.anchorDate(for:)) {
                extractor.extract($0).events
            }
            text.append(s.report)
            if errors > 0 { text += s.errors.prefix(errors).map { "  " + $0 } }
            report["fakes"] = try jsonObject(s)
        }
        if let centcom {
            let items = try CentcomAdapter.items(String(decoding: FileManager.default.contents(atPath: centcom) ?? Data(), as: UTF8.self))
            let s = CentcomAdapter.score(items, gazetteer: extractor.knowledge.gazetteer,
                                         resolve: { extractor.resolvePlaces($0).first(where: { $0.place.kind != .country })?.place },
                                         extract: { extractor.extract($0).events })
            text.append(s.report)
            if errors > 0 { text += s.errors.prefix(errors).map { "  " + $0 } }
            report["centcom"] = try jsonObject(s)
        }
        if let dedup {
            let data = FileManager.default.contents(atPath: dedup) ?? Data()
            if IncidentPairEvaluation.isEventLevel(data) {
                // FORMATS §3 gold with an incident id per event.
                let s = try IncidentPairEvaluation.score(jsonl: data, places: PlaceComparer(gazetteer: extractor.knowledge.gazetteer)) {
                    extractor.extract($0).events
                }
                text.append(s.report)
                report["dedup"] = try jsonObject(s)
            } else {
                let s = try DedupEvaluation.score(jsonl: data) { extractor.extract($0).events }
                text.append(s.report)
                if errors > 0 { text += s.clusters.map { "  cluster: " + $0.joined(separator: " ") } }
                report["dedup"] = try jsonObject(s)
            }
        }
        if json {
            let data = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys, .prettyPrinted])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(text.joined(separator: "\n"))
        }
        if problems > 0 { throw ExitCode(1) }
    }

    func jsonObject<T: Encodable>(_ v: T) throws -> Any {
        try JSONSerialization.jsonObject(with: try JSONEncoder().encode(v))
    }
}
