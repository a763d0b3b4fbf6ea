import ArgumentParser
import Foundation
import MarsadCore
import MarsadStore

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Query stored events (newest first).",
        discussion: "Example: marsad events --since 2025-01-01 --admin1 \"Deir ez-Zor\" --type \"Explosions/Remote violence\""
    )
    @OptionGroup var filters: FilterOptions
    @Option(help: "jsonl (default), csv (ACLED columns) or geojson.") var format = "jsonl"
    @Flag(help: "One line per incident (reports of several articles merged), with its sources.") var incidents = false
    @OptionGroup var store: StoreOptions
    @OptionGroup var knowledge: KnowledgeOptions

    func validate() throws {
        guard ["jsonl", "csv", "acled-csv", "geojson"].contains(format) else {
            throw ValidationError("--format must be jsonl, csv or geojson")
        }
        if incidents, format != "jsonl" { throw ValidationError("--incidents prints JSON Lines; drop --format") }
    }

    func run() throws {
        try filters.validate(against: try knowledge.load().lexicon)
        let db = try store.open()
        let events = try db.events(matching: filters.filter)
        var out = OutputStream.stdout()
        if incidents {
            try Exporter.writeIncidents(Incident.group(events)) { out.write($0) }
            out.flush()
            return
        }
        let f: Exporter.Format = format == "jsonl" ? .jsonl : format == "geojson" ? .geojson : .acledCSV
        try Exporter.write(events, as: f) { out.write($0) }
        out.flush()
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export stored events: acled-csv, geojson (RFC 7946) or jsonl, with the same filters as `events`."
    )
    @Option(help: "acled-csv, geojson or jsonl.") var format: String
    @OptionGroup var filters: FilterOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var knowledge: KnowledgeOptions

    func validate() throws {
        guard Exporter.Format(rawValue: format) != nil else {
            throw ValidationError("--format must be one of: \(Exporter.Format.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        try filters.validate(against: try knowledge.load().lexicon)
        let db = try store.open()
        var out = OutputStream.stdout()
        try Exporter.write(try db.events(matching: filters.filter), as: Exporter.Format(rawValue: format)!) { out.write($0) }
        out.flush()
    }
}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Articles and events, by month, type and governorate.")
    @OptionGroup var store: StoreOptions

    func run() throws {
        let s = try store.open().stats()
        print("articles \(s.articles)   events \(s.events)")
        print("by month:"); for (k, n) in s.byMonth { print("  \(k)  \(n)") }
        print("by type:"); for (k, n) in s.byType { print("  \(k)  \(n)") }
        print("by governorate:"); for (k, n) in s.byAdmin1 { print("  \(k)  \(n)") }
    }
}

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "articles", abstract: "Full-text search over stored articles.")
    @Option(help: "Words to search for, e.g. \"car bomb\".") var search: String
    @Option(help: "At most this many articles.") var limit = 20
    @OptionGroup var store: StoreOptions

    func run() throws {
        for r in try store.open().searchArticles(search, limit: limit) {
            print("\(r.id)\t\(r.title ?? "")\t\(r.snippet.replacingOccurrences(of: "\n", with: " "))")
        }
    }
}
