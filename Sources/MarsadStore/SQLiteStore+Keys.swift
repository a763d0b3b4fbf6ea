import Foundation
import GRDB

extension SQLiteStore {
    /// Creates a key with `role`; returns the key itself (shown once, never stored) and its
    /// record. Keys are "msd_" and 64 hex digits (256 bits from the system's CSPRNG).
    public func createKey(role: Role, label: String?) throws -> (key: String, record: APIKey) {
        var rng = SystemRandomNumberGenerator()
        let digits: [Character] = Array("0123456789abcdef")
        let key = "msd_" + String((0..<64).map { _ in digits[Int(rng.next() % 16)] })
        let now = ISO8601DateFormatter().string(from: Date())
        let prefix = String(key.prefix(APIKey.prefixLength))
        let id = try writer.write { db in
            try db.execute(sql: "INSERT INTO apiKey (hash, prefix, role, label, createdAt) VALUES (?, ?, ?, ?, ?)",
                           arguments: [SHA256.hex(key.utf8), prefix, role.rawValue, label, now])
            return db.lastInsertedRowID
        }
        return (key, APIKey(id: id, prefix: prefix, role: role, label: label, createdAt: now))
    }

    /// The role of a presented key, or nil when it is unknown or revoked.
    public func role(forKey key: String) throws -> Role? {
        guard key.hasPrefix("msd_"), key.utf8.count == 68 else { return nil }
        let hash = SHA256.hex(key.utf8)
        return try writer.read { db in
            try String.fetchOne(db, sql: "SELECT role FROM apiKey WHERE hash = ? AND revokedAt IS NULL", arguments: [hash])
                .flatMap(Role.init(rawValue:))
        }
    }

    public func keys() throws -> [APIKey] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM apiKey ORDER BY id").map {
                APIKey(id: $0["id"], prefix: $0["prefix"], role: Role(rawValue: $0["role"]) ?? .reader, label: $0["label"],
                       createdAt: $0["createdAt"], revokedAt: $0["revokedAt"])
            }
        }
    }

    /// Revokes a key by id; false when there is no such active key.
    @discardableResult
    public func revokeKey(id: Int64) throws -> Bool {
        let now = ISO8601DateFormatter().string(from: Date())
        return try writer.write { db in
            try db.execute(sql: "UPDATE apiKey SET revokedAt = ? WHERE id = ? AND revokedAt IS NULL", arguments: [now, id])
            return db.changesCount > 0
        }
    }
}
