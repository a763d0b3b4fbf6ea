import MarsadCore

/// An event as stored: the coded event, its row id, and provenance.
public struct StoredEvent: Sendable, Equatable {
    public var id: Int64
    public var event: Event
    /// The versions of the knowledge files that coded it.
    public var codedWith: String
    /// The outlet of its article.
    public var source: String?
    public var articleTitle: String?
    /// The incident this report belongs to (its cluster of reports from several articles).
    public var incidentID: Int64?
    /// Whether this report represents its incident (the one with the finest place and date).
    public var isPrimary: Bool = true
    /// How many articles report the incident.
    public var sourcesCount: Int = 1
    /// The incident's fatalities (the most conservative figure across its sources).
    public var incidentFatalities: Int?
}
