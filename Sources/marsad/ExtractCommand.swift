import ArgumentParser
import Foundation
import MarsadCore

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract events from articles (JSONL or plain text) and print event JSON Lines.",
        discussion: """
        Inputs are article JSON Lines (one {"id","text","published",…} per line) or plain-text files
        (one article each); '-' reads stdin. Output: one event per line (FORMATS.md §2), in input order.
        Bad lines are reported on stderr with file and line and skipped; the exit status is 1 if any were.
        """
    )

    @Argument(help: "Article files (JSONL or plain text); '-' for stdin.")
    var paths: [String] = ["-"]

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for inputs that carry none: the anchor for 'on Sunday', 'last week'.", valueName: "date"))
    var published: String?

    @Flag(help: "Human-readable output: each event, the rule that fired, the text spans, and dropped candidates.")
    var explain = false

    @Flag(help: "Also print aggregate claims (\"13 plots foiled this year\") as {\"claim\": …} lines.")
    var claims = false

    @OptionGroup var knowledge: KnowledgeOptions

    func validate() throws {
        if let p = published, CalendarDay(iso: p) == nil {
            throw ValidationError("--published '\(p)' is not a date; use YYYY-MM-DD, e.g. 2026-02-14")
        }
        if paths.isEmpty { throw ValidationError("give at least one input file, or '-' for stdin") }
    }

    func run() throws {
        let extractor = Extractor(knowledge: try knowledge.load())
        var reader = ArticleReader(published: published)
        var out = OutputStream.stdout()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        var articles = 0, events = 0
        try reader.read(paths) { article in
            articles += 1
            let result = extractor.extract(article, notes: explain)
            events += result.events.count
            if explain {
                out.write(Explainer.explain(article, result, extractor: extractor))
                return
            }
            for e in result.events {
                out.write(try encoder.encode(e))
                out.write("\n")
            }
            if claims {
                for c in result.claims {
                    out.write("{\"claim\":")
                    out.write(try encoder.encode(c))
                    out.write("}\n")
                }
            }
        }
        out.flush()
        for p in reader.problems { warn("marsad extract: \(p)") }
        if explain || !reader.problems.isEmpty {
            warn("marsad extract: \(articles) articles, \(events) events, \(reader.problems.count) skipped")
        }
        if !reader.problems.isEmpty { throw ExitCode(1) }
    }
}
