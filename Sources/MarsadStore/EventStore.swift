import MarsadCore

/// The operations every store offers (SQLite now; PostgreSQL for shared deployments later).
/// The CLI and the HTTP server use stores only through this protocol.
/// Writers are idempotent: adding an article already stored (same URL or same content)
/// changes nothing and says so.
public protocol EventStore: Sendable {
    /// Stores a batch of articles with their events in one transaction.
    /// - Returns: for each article, whether it was new.
    func add(_ batch: [(article: Article, events: [Event])], codedWith: String) throws -> [Bool]
    /// Recomputes the incidents (reports of one incident by several articles) of the whole
    /// store, or only those that events dated in `around` can belong to; returns their number.
    @discardableResult func recluster(_ clusterer: IncidentClusterer, around range: ClosedRange<CalendarDay>?) throws -> Int
    /// Changes whenever stored data changes, whichever process wrote it.
    func generation() throws -> Int64

    func events(matching filter: EventFilter) throws -> [StoredEvent]
    func count(matching filter: EventFilter) throws -> Int
    func event(id: Int64) throws -> StoredEvent?
    func reports(incident id: Int64) throws -> [StoredEvent]
    func article(id: String) throws -> Article?
    func searchArticles(_ query: String, limit: Int) throws -> [(id: String, title: String?, snippet: String)]

    func stats() throws -> StoreStats
    func timeseries(_ filter: EventFilter, by period: TimePeriod, group: TimeGrouping) throws -> [TimeBucket]
    func summary(_ filter: EventFilter, top: Int) throws -> EventSummary
    func places(_ filter: EventFilter, limit: Int) throws -> [PlaceAggregate]

    func createKey(role: Role, label: String?) throws -> (key: String, record: APIKey)
    func role(forKey key: String) throws -> Role?
    func keys() throws -> [APIKey]
    @discardableResult func revokeKey(id: Int64) throws -> Bool
}
