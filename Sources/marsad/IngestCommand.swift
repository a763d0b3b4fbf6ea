import ArgumentParser
import Foundation
import MarsadCore
import MarsadIngest
import MarsadStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract events from articles and store both, idempotently.",
        discussion: """
        Inputs: article JSONL, web pages (.html), RSS 2.0 and Atom feeds (.xml, .rss, .atom), plain-text files,
        '-' for stdin, and directories (searched recursively for those). Ingesting an article again (same URL
        or same normalised text) adds nothing.
        Work is committed in batches, each in one transaction: an interrupted run leaves a consistent
        database, and running it again finishes the job. Bad input is reported with file and line and
        skipped.
        """
    )

    @Argument(help: "Files and directories.") var paths: [String]
    @Option(help: ArgumentHelp("Publication date for inputs without one (YYYY-MM-DD).", valueName: "date")) var published: String?
    @Option(help: "Articles per transaction.") var batch = 500
    @Option(name: .customLong("max-file-mb"), help: "Refuse input files larger than this (MB).") var maxFileMB = 512
    @OptionGroup var store: StoreOptions
    @OptionGroup var knowledge: KnowledgeOptions

    func validate() throws {
        if let p = published, CalendarDay(iso: p) == nil { throw ValidationError("--published '\(p)' is not a date; use YYYY-MM-DD") }
        if batch < 1 { throw ValidationError("--batch must be at least 1") }
    }

    static let readable: Set<String> = ["jsonl", "json", "txt", "text", "html", "htm", "xml", "rss", "atom"]

    /// Expands directories; notes files it cannot read yet.
    func expand(_ paths: [String], problems: inout [String]) -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            if p != "-", fm.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue {
                let files = (fm.enumerator(atPath: p)?.compactMap { $0 as? String } ?? []).sorted()
                for f in files {
                    let ext = (f as NSString).pathExtension.lowercased()
                    let full = (p as NSString).appendingPathComponent(f)
                    if Self.readable.contains(ext) { out.append(full) }
                }
            } else {
                out.append(p)
            }
        }
        return out
    }

    func run() throws {
        let k = try knowledge.load()
        let db = try store.open()
        let pipeline = IngestPipeline(extractor: Extractor(knowledge: k), store: db, codedWith: k.versionSummary)
        var span = DateSpan()
        var problems: [String] = []
        let files = expand(paths, problems: &problems)
        var reader = ArticleReader(published: published)
        reader.maxFileBytes = maxFileMB * 1_048_576
        let progress = reader.progress  // a shared reference: read while the reader works
        var summary = IngestSummary()
        var pending: [(article: Article, events: [Event])] = []
        let started = Date()
        let interactive = isatty(2) != 0
        func flush() throws {
            guard !pending.isEmpty else { return }
            span.include(try pipeline.store(pending, into: &summary))
            pending.removeAll(keepingCapacity: true)
            let elapsed = max(0.001, Date().timeIntervalSince(started))
            let rate = Double(summary.read) / elapsed
            let p = progress
            let fraction = p.total > 0 ? min(1, Double(p.done) / Double(p.total)) : 0
            let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
            if interactive {
                let width = 24, filled = Int(fraction * Double(width))
                let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
                let line = "\r[\(bar)] \(Int(fraction * 100))%  \(summary.read) articles  \(Int(rate))/s  ETA \(Int(eta)) s   "
                FileHandle.standardError.write(Data(line.utf8))
            } else if summary.read % (batch * 10) == 0 {
                warn("ingest: \(summary) (\(Int(rate)) articles/s, \(Int(fraction * 100))%, ETA \(Int(eta)) s)")
            }
        }
        try reader.read(files) { article in
            summary.read += 1
            pending.append(pipeline.code(article))
            if pending.count >= batch { try flush() }
        }
        try flush()
        if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
        summary.failed = reader.problems.count + problems.count
        for p in reader.problems { warn("marsad ingest: \(p)") }
        for p in problems { warn("marsad ingest: \(p)") }
        let incidents = try span.range.map { try db.recluster(around: $0) }
        if summary.new > 0 { try db.optimize() }
        let secs = Date().timeIntervalSince(started)
        print("\(summary)\(incidents.map { ", incidents \($0)" } ?? "") in \(String(format: "%.2f", secs)) s → \(store.path)")
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
