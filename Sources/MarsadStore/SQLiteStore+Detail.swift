import Foundation
import GRDB
import MarsadCore

extension SQLiteStore {
    /// One stored report by id.
    public func event(id: Int64) throws -> StoredEvent? {
        let decoder = JSONDecoder()
        return try writer.read { db in
            try Row.fetchOne(db, sql: """
                SELECT \(Self.eventColumns)
                FROM event e JOIN article a ON a.rowid = e.articleRowID WHERE e.id = ?
                """, arguments: [id]).map { try Self.storedEvent($0, decoder) }
        }
    }

    /// Every report of an incident (the representative first, then by date and id).
    public func reports(incident id: Int64) throws -> [StoredEvent] {
        let decoder = JSONDecoder()
        return try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.eventColumns)
                FROM event e JOIN article a ON a.rowid = e.articleRowID
                WHERE e.incidentID = ? OR e.id = ? ORDER BY e.isPrimary DESC, e.date, e.id
                """, arguments: [id, id]).map { try Self.storedEvent($0, decoder) }
        }
    }

    /// A stored article by its id (`article_id` of its events).
    public func article(id: String) throws -> Article? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM article WHERE externalID = ? ORDER BY rowid LIMIT 1", arguments: [id]).map {
                Article(id: $0["externalID"], text: $0["text"], published: $0["published"], url: $0["url"],
                        title: $0["title"], source: $0["source"], lang: $0["lang"])
            }
        }
    }
}
