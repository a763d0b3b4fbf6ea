import Foundation
import MarsadCore

/// Loads the knowledge files that ship inside Marsad (lexicons and the compiled
/// gazetteer) from the bundle's resources, or from a directory with the same layout.
public enum BundledKnowledge {
    public static let lexiconFiles = ["taxonomy.tsv", "actors.tsv", "triggers.tsv", "type_rules.tsv", "numbers.tsv",
                                      "quantifiers.tsv", "dates.tsv", "cues.tsv", "abbreviations.tsv"]

    /// The resources directory inside the bundle.
    public static var resourceDirectory: URL {
        Bundle.module.resourceURL!
    }

    public static func load(from directory: URL? = nil) throws -> Knowledge {
        let dir = directory ?? resourceDirectory
        func read(_ path: String) throws -> String {
            let url = dir.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw KnowledgeError.missingFile(url.path)
            }
            return String(decoding: data, as: UTF8.self)
        }
        var files: [String: String] = [:]
        for name in lexiconFiles { files[name] = try read("lexicon/" + name) }
        // Language files beside the English ones: lexicon/ar/triggers.tsv …
        let lexiconDir = dir.appendingPathComponent("lexicon")
        for lang in (try? FileManager.default.contentsOfDirectory(atPath: lexiconDir.path))?.sorted() ?? [] {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: lexiconDir.appendingPathComponent(lang).path, isDirectory: &isDir), isDir.boolValue else { continue }
            for name in lexiconFiles where FileManager.default.fileExists(atPath: lexiconDir.appendingPathComponent(lang + "/" + name).path) {
                files[lang + "/" + name] = try read("lexicon/" + lang + "/" + name)
            }
        }
        let lexicon = try Lexicon(files: files)
        let gazetteer = try Gazetteer(resource: try read("gazetteer/gazetteer.tsv"),
                                      articles: try read("gazetteer/place_articles.tsv"),
                                      stopList: try read("gazetteer/stoplist.tsv"),
                                      settings: try read("gazetteer/settings.tsv"))
        let outlets = try OutletDirectory(text: try read("gazetteer/outlets.tsv"))
        let incidents = try IncidentRules(text: try read("lexicon/incidents.tsv"), taxonomy: lexicon.taxonomy)
        return Knowledge(lexicon: lexicon, gazetteer: gazetteer, outlets: outlets, incidentRules: incidents)
    }
}
