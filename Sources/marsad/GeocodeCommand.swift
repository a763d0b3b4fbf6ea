import ArgumentParser
import Foundation
import MarsadCore

struct GeocodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geocode",
        abstract: "Look a place name up in the gazetteer (English or Arabic): candidates with ids, admin path, coordinates, score.",
        discussion: "With --text, find and resolve every place named in a sentence, using its context."
    )

    @Argument(help: "A place name, e.g. \"Deir Ezzor\" or \"دير الزور\"; with --text, a whole sentence.")
    var query: String

    @Flag(help: "Treat the argument as running text: find the places in it and resolve them in context.")
    var text = false

    @Flag(help: "Print the folded spelling keys the matcher uses for the query, then the candidates.")
    var keys = false

    @Option(help: "Show at most this many candidates.") var limit = 10
    @Flag(help: "JSON output.") var json = false
    @OptionGroup var knowledge: KnowledgeOptions

    func run() throws {
        let k = try knowledge.load()
        var rows: [[String: Any]] = []
        if keys { print("keys: " + k.gazetteer.foldedKeys(query).joined(separator: " ")) }
        if text {
            for r in Extractor(knowledge: k).resolvePlaces(query) {
                rows.append(row(r.place, score: nil) .merging(["surface": r.surface, "why": r.mention.reason, "geo_precision": r.mention.geoPrecision]) { a, _ in a })
            }
        } else {
            for (p, s) in k.gazetteer.lookup(query).prefix(limit) { rows.append(row(p, score: s)) }
        }
        if json {
            print(String(decoding: try JSONSerialization.data(withJSONObject: rows, options: [.sortedKeys, .prettyPrinted]), as: UTF8.self))
            return
        }
        if rows.isEmpty { print("no place found for \"\(query)\""); throw ExitCode(1) }
        for r in rows {
            var line = "\(r["id"]!)\t\(r["kind"]!)\t\(r["name"]!)"
            if let ar = r["name_ar"] as? String, !ar.isEmpty { line += " (\(ar))" }
            line += "\t\(r["admin_path"]!)"
            if let lat = r["lat"], let lon = r["lon"] { line += "\t\(lat), \(lon)" }
            if let s = r["score"] as? Double { line += "\tscore \(Double(Int(s * 100)) / 100)" }
            if let surface = r["surface"] { line = "\"\(surface)\" → " + line + "\t\(r["why"]!)" }
            print(line)
        }
    }

    func row(_ p: Place, score: Double?) -> [String: Any] {
        var r: [String: Any] = ["id": p.id, "kind": p.kind.rawValue, "name": p.name, "name_ar": p.nameAR,
                                "country": p.country, "admin1": p.admin1, "admin2": p.admin2,
                                "admin_path": p.adminPath, "geo_precision_default": p.geoPrecision]
        if let lat = p.latitude, let lon = p.longitude { r["lat"] = lat; r["lon"] = lon }
        if let score { r["score"] = score }
        return r
    }
}
