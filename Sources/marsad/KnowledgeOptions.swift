import ArgumentParser
import Foundation
import MarsadCore
import MarsadKnowledge

/// Options shared by every command that needs Marsad's knowledge files.
struct KnowledgeOptions: ParsableArguments {
    @Option(name: .customLong("knowledge"), help: ArgumentHelp("Use knowledge files from this directory instead of the built-in ones (same layout: lexicon/, gazetteer/).", valueName: "dir"))
    var directory: String?

    func load() throws -> Knowledge {
        do {
            return try BundledKnowledge.load(from: directory.map { URL(fileURLWithPath: $0) })
        } catch {
            throw ValidationError("could not load knowledge: \(error)")
        }
    }
}
