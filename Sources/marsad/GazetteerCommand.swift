import ArgumentParser
import Foundation
import MarsadCore
import MarsadKnowledge

struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Build or inspect the gazetteer resource.",
        subcommands: [Build.self, Info.self]
    )

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compile the gazetteer resource from the source tables and the curated landmarks file.",
            discussion: "Reproducible: the same inputs give the same file. Example:\n  marsad gazetteer build --from ../shared/data/gazetteer --out Sources/MarsadKnowledge/Resources/gazetteer/gazetteer.tsv"
        )
        @Option(help: ArgumentHelp("Directory with syria_places.tsv and iraq_places.tsv.", valueName: "dir")) var from: String
        @Option(help: ArgumentHelp("Output file.", valueName: "file")) var out: String
        @Option(help: ArgumentHelp("Curated landmarks file.", valueName: "file")) var landmarks = "data/gazetteer/landmarks.tsv"
        @Option(help: ArgumentHelp("Curated preferred English names.", valueName: "file")) var names = "data/gazetteer/names.tsv"
        @Option(help: ArgumentHelp("Admin1 names as coders write them.", valueName: "file")) var admin1 = "data/gazetteer/admin1.tsv"
        @Option(help: ArgumentHelp("Articles skipped inside names.", valueName: "file")) var articles = "Sources/MarsadKnowledge/Resources/gazetteer/place_articles.tsv"
        @Option(help: "Version written into the resource header.") var version = "2026.12.1"

        func run() throws {
            func read(_ path: String) throws -> String {
                guard let d = FileManager.default.contents(atPath: path) else {
                    throw ValidationError("\(path): cannot read; check --from / --landmarks")
                }
                return String(decoding: d, as: UTF8.self)
            }
            let sources = [
                GazetteerCompiler.Input(name: "syria_places.tsv", country: "Syria", text: try read(from + "/syria_places.tsv")),
                GazetteerCompiler.Input(name: "iraq_places.tsv", country: "Iraq", text: try read(from + "/iraq_places.tsv")),
            ]
            let (text, summary) = try GazetteerCompiler.compile(sources: sources, landmarks: try read(landmarks), names: try read(names),
                admin1: try read(admin1), articles: try read(articles), version: version)
            try Data(text.utf8).write(to: URL(fileURLWithPath: out))
            print("wrote \(out): \(summary), \(text.utf8.count / 1024) KB")
        }
    }

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the loaded gazetteer's version, size and load time.")
        @OptionGroup var knowledge: KnowledgeOptions

        func run() throws {
            let t0 = Date()
            let k = try knowledge.load()
            let ms = Date().timeIntervalSince(t0) * 1000
            var byKind: [String: Int] = [:]
            for p in k.gazetteer.places { byKind[p.kind.rawValue, default: 0] += 1 }
            print("gazetteer \(k.gazetteer.version): \(k.gazetteer.places.count) places")
            for (kind, n) in byKind.sorted(by: { $0.key < $1.key }) { print("  \(kind) \(n)") }
            print("knowledge loaded in \(Int(ms)) ms (lexicon and gazetteer)")
            print(k.versionSummary)
        }
    }
}
