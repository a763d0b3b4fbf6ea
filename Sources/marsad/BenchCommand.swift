import ArgumentParser
import Foundation
import MarsadCore
import MarsadKnowledge
import MarsadStore

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure extraction and gazetteer speed and memory (used by scripts/bench-*.sh).",
        subcommands: [Extract.self, Gazetteer.self, Store.self]
    )

    static func peakRSSMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kb / 1024
        }
        return 0
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extraction throughput on an article JSONL corpus, against a tokenise-only peer in the same run.")
        @Argument(help: "Article JSONL file.") var corpus: String
        @Option(help: "Passes over the corpus (the best is reported).") var passes = 3
        @OptionGroup var knowledge: KnowledgeOptions

        func run() throws {
            let clock = ContinuousClock()
            let k = try knowledge.load()
            let extractor = Extractor(knowledge: k)
            var reader = ArticleReader()
            var articles: [Article] = []
            try reader.read([corpus]) { articles.append($0) }
            let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
            let mb = Double(bytes) / 1_000_000
            var bestPeer = Double.infinity, bestFull = Double.infinity
            var events = 0
            for _ in 0..<max(1, passes) {
                var sink = 0
                let peer = clock.measure {
                    for a in articles { sink &+= Tokenizer.tokenize(TextNormalizer.normalize(a.text).bytes).count }
                }
                bestPeer = min(bestPeer, BenchCommand.seconds(peer))
                var n = 0
                let full = clock.measure {
                    for a in articles { n += extractor.extract(a).events.count }
                }
                events = n
                bestFull = min(bestFull, BenchCommand.seconds(full))
                if sink == -1 { print(sink) }
            }
            print("corpus            \(corpus)")
            print("articles          \(articles.count)   text \(String(format: "%.1f", mb)) MB   skipped \(reader.problems.count)")
            print("peer: tokenise    \(String(format: "%7.1f", mb / bestPeer)) MB/s")
            print("extract (1 core)  \(String(format: "%7.1f", mb / bestFull)) MB/s   \(String(format: "%8.0f", Double(articles.count) / bestFull)) articles/s   \(events) events")
            print("extract / peer    \(String(format: "%.2f", bestFull / bestPeer))× the tokeniser's time")
            print("peak RSS          \(String(format: "%.0f", BenchCommand.peakRSSMegabytes())) MB (corpus held in memory)")
        }
    }

    struct Store: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Event-query latency on a synthetic database (made once, then reused).")
        @Option(help: "The database file; created with --events synthetic events if absent.") var db = "bench-out/events-1m.sqlite"
        @Option(help: "Synthetic events to generate.") var events = 1_000_000
        @Option(help: "Runs per query (median and worst reported).") var runs = 20
        @OptionGroup var knowledge: KnowledgeOptions

        func run() throws {
            let clock = ContinuousClock()
            let k = try knowledge.load()
            let fresh = !FileManager.default.fileExists(atPath: db)
            try FileManager.default.createDirectory(atPath: (db as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let store = try SQLiteStore(path: db)
            if fresh {
                let taxonomy = k.lexicon.taxonomy.sorted().map { t -> (String, String) in
                    let parts = t.split(separator: "|").map(String.init); return (parts[0], parts[1])
                }
                let actors = ["Islamic State (ISIS)", "Military Forces of Syria (2024-)", "Syrian Democratic Forces (SDF)",
                              "Military Forces of the United States", "Civilians (Syria)", "Unidentified Armed Group (Syria)",
                              "Military Forces of Iraq", "Popular Mobilization Forces", "Military Forces of Turkey"]
                let d = try clock.measure {
                    try store.insertSynthetic(count: events, places: k.gazetteer.places, taxonomy: taxonomy, actors: actors)
                }
                print("generated \(events) events in \(String(format: "%.1f", BenchCommand.seconds(d))) s → \(db)")
            }
            print("database          \(db): \(try store.count(matching: EventFilter())) events")
            func filter(_ build: (inout EventFilter) -> Void) -> EventFilter { var f = EventFilter(); f.limit = 100; build(&f); return f }
            let queries: [(String, EventFilter)] = [
                ("since + admin1 + type", filter { $0.since = CalendarDay(iso: "2025-01-01"); $0.admin1 = "Deir ez-Zor"; $0.eventType = "Explosions/Remote violence" }),
                ("actor ISIS", filter { $0.actor = "ISIS" }),
                ("near 35.33,40.14,25km", filter { $0.near = (35.33, 40.14, 25) }),
                ("since + until, min fatalities", filter { $0.since = CalendarDay(iso: "2024-01-01"); $0.until = CalendarDay(iso: "2024-03-31"); $0.minFatalities = 5 }),
                ("no filter (newest 100)", filter { _ in }),
            ]
            for (name, f) in queries {
                var times: [Double] = []
                var n = 0
                for _ in 0..<max(1, runs) {
                    let d = try clock.measure { n = try store.events(matching: f).count }
                    times.append(BenchCommand.seconds(d) * 1000)
                }
                times.sort()
                print("\(name.padding(32)) median \(String(format: "%6.2f", times[times.count / 2])) ms   worst \(String(format: "%6.2f", times.last!)) ms   (\(n) rows, limit 100)")
            }
        }
    }

    struct Gazetteer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Gazetteer load time and memory, and matching cost on a 5 KB article.")
        @Option(help: "A text file to cut the 5 KB sample from (default: a built-in conflict report, repeated).") var sample: String?
        @Option(help: "Matching repetitions.") var passes = 2000

        func run() throws {
            let clock = ContinuousClock()
            let dir = BundledKnowledge.resourceDirectory
            func read(_ p: String) throws -> String {
                String(decoding: try Data(contentsOf: dir.appendingPathComponent(p)), as: UTF8.self)
            }
            let resource = try read("gazetteer/gazetteer.tsv"), articles = try read("gazetteer/place_articles.tsv"), stop = try read("gazetteer/stoplist.tsv")
            let rssBefore = BenchCommand.peakRSSMegabytes()
            var g: MarsadCore.Gazetteer? = nil
            var loads: [Double] = []
            for _ in 0..<5 {
                let d = try clock.measure { g = try MarsadCore.Gazetteer(resource: resource, articles: articles, stopList: stop) }
                loads.append(BenchCommand.seconds(d) * 1000)
            }
            let gaz = g!
            var text: String
            if let sample { text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: sample)), as: UTF8.self) } else {
                text = "DEIR EZ-ZOR, Syria - US forces struck an ISIS position near al-Shahil in Deir ez-Zor's eastern countryside on Tuesday, killing two militants, while gunmen attacked a checkpoint outside Palmyra and a roadside bomb hit a patrol near Qamishli. Residents of Tabni and al-Busayrah said clashes continued into the night. "
            }
            while text.utf8.count < 5_000 { text += " " + text }
            text = String(decoding: Array(text.utf8.prefix(5_000)), as: UTF8.self)
            let norm = TextNormalizer.normalize(text)
            let toks = Tokenizer.tokenize(norm.bytes)
            var found = 0
            let d = clock.measure { for _ in 0..<passes { found = gaz.mentions(norm, toks).count } }
            let perArticle = BenchCommand.seconds(d) / Double(passes) * 1e6
            print("gazetteer         \(gaz.places.count) places, version \(gaz.version)")
            print("load              best \(String(format: "%.1f", loads.min()!)) ms, median \(String(format: "%.1f", loads.sorted()[2])) ms (5 loads)")
            print("memory            peak RSS \(String(format: "%.0f", BenchCommand.peakRSSMegabytes())) MB (before loading \(String(format: "%.0f", rssBefore)) MB)")
            print("match 5 KB        \(String(format: "%.1f", perArticle)) µs per article (\(found) mentions, tokenised once, \(passes) runs)")
        }
    }
}
