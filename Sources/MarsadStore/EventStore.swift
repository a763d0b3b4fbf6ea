import MarsadCore

/// The operations every store offers (SQLite now; PostgreSQL for shared deployments later).
/// Writers are idempotent: adding an article already stored (same URL or same content)
/// changes nothing and says so.
public protocol EventStore: Sendable {
    /// Stores a batch of articles with their events in one transaction.
    /// - Returns: for each article, whether it was new.
    func add(_ batch: [(article: Article, events: [Event])], codedWith: String) throws -> [Bool]
    func events(matching filter: EventFilter) throws -> [StoredEvent]
    func count(matching filter: EventFilter) throws -> Int
    func searchArticles(_ query: String, limit: Int) throws -> [(id: String, title: String?, snippet: String)]
    func stats() throws -> StoreStats
}
