import MarsadCore
import MarsadStore

/// Articles → coded events → the store, the one path every writer takes (`marsad ingest`,
/// `POST /api/articles`): language detection when `lang` is absent, extraction, an
/// idempotent batched write, and reclustering of the incidents the new events can touch.
public struct IngestPipeline: Sendable {
    public let extractor: Extractor
    public let store: any EventStore
    /// The versions of the knowledge files, stored with each event.
    public let codedWith: String

    public init(extractor: Extractor, store: any EventStore, codedWith: String) {
        self.extractor = extractor
        self.store = store
        self.codedWith = codedWith
    }

    /// Detects the language when absent and extracts the events.
    public func code(_ article: Article) -> (article: Article, events: [Event]) {
        var a = article
        if a.lang == nil { a.lang = LanguageDetector.detect(a.text) }
        return (a, extractor.extract(a).events)
    }

    /// Stores one batch in one transaction and counts what was new into `summary`; returns
    /// the dates of the new events (to recluster around them).
    public func store(_ batch: [(article: Article, events: [Event])], into summary: inout IngestSummary) throws -> DateSpan {
        var span = DateSpan()
        let added = try store.add(batch, codedWith: codedWith)
        for (item, isNew) in zip(batch, added) {
            if isNew {
                summary.new += 1
                summary.events += item.events.count
                for e in item.events { span.include(e.date) }
            } else {
                summary.duplicate += 1
            }
        }
        return span
    }

    /// Codes and stores a batch, then reclusters around the new events: what the API does
    /// with a POST. Returns what happened and the number of incidents touched.
    public func ingest(_ articles: [Article]) throws -> (summary: IngestSummary, incidents: Int) {
        var summary = IngestSummary()
        summary.read = articles.count
        let span = try store(articles.map(code), into: &summary)
        let incidents = try span.range.map { try store.recluster(IncidentClusterer(), around: $0) } ?? 0
        return (summary, incidents)
    }
}
