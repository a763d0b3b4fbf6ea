import Foundation
import Hummingbird
import HummingbirdTesting
import MarsadCore
import MarsadIngest
import MarsadKnowledge
import MarsadServer
import MarsadStore
import Testing

/// A store filled with the repo's own golden articles (English, Arabic, and the dedup set with
/// several reports per incident), and the app built over it as `marsad serve` builds it.
enum TestServer {
    static let knowledge = try! BundledKnowledge.load()
    static let extractor = Extractor(knowledge: knowledge)
    static let taxonomy = Taxonomy(knowledge.lexicon.taxonomyPairs, attackTypes: knowledge.lexicon.attackTypes)

    /// The repo's data/golden directory (tests read the repo's own files, never ../shared).
    static var golden: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("data/golden")
    }

    static func articles(_ file: String) throws -> [Article] {
        let text = try String(contentsOf: golden.appendingPathComponent(file), encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            var a = try JSONDecoder().decode(GoldLine.self, from: Data(line.utf8)).article
            a.lang = a.lang ?? LanguageDetector.detect(a.text)
            return a
        }
    }

    /// A gold line carries the article's fields (and the hand coding, ignored here).
    struct GoldLine: Decodable {
        var article: Article
        init(from decoder: any Decoder) throws { article = try Article(from: decoder) }
    }

    static func store() throws -> (SQLiteStore, IngestPipeline) {
        let store = try SQLiteStore()
        let pipeline = IngestPipeline(extractor: extractor, store: store, codedWith: knowledge.versionSummary)
        let all = try articles("en_gold.jsonl") + articles("ar_gold.jsonl") + articles("dedup.jsonl")
        _ = try pipeline.ingest(all)
        return (store, pipeline)
    }

    static func app(_ store: any EventStore, _ pipeline: IngestPipeline?, configure: (inout ServerConfiguration) -> Void = { _ in })
        throws -> some ApplicationProtocol {
        var config = ServerConfiguration()
        configure(&config)
        return buildApplication(configuration: config, store: store, pipeline: pipeline, taxonomy: taxonomy,
                                assets: try StaticAssets(vendorRoot: "/nonexistent"))
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
    }

    static func errorCode(_ response: TestResponse) -> String? {
        ((try? json(response))?["error"] as? [String: Any])?["code"] as? String
    }
}
