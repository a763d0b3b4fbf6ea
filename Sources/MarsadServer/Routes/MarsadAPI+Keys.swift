import Foundation
import Hummingbird
import MarsadCore
import MarsadStore
import NIOCore

/// `GET/POST /api/keys`, `DELETE /api/keys/{id}` (admin).
extension MarsadAPI {
    static func writeKey(_ k: APIKey, into w: inout JSONWriter) {
        w.beginObject()
        w.field("id", k.id)
        w.field("prefix", k.prefix)
        w.field("role", k.role.rawValue)
        w.field("label", k.label)
        w.field("created_at", k.createdAt)
        w.field("revoked_at", k.revokedAt)
        w.endObject()
    }

    func listKeys(_ request: Request, _ context: MarsadRequestContext) throws -> Response {
        try context.require(.admin)
        _ = try EventQuery(request, allowed: [])
        var w = JSONWriter(capacity: 1024)
        w.beginObject()
        w.key("keys")
        w.beginArray()
        for k in try store.keys() { Self.writeKey(k, into: &w) }
        w.endArray()
        w.endObject()
        return Self.response(w.bytes, Self.json)
    }

    /// Creates a key; the response is the only place the key itself ever appears.
    func createKey(_ request: Request, _ context: MarsadRequestContext) async throws -> Response {
        try context.require(.admin)
        let buffer = try await request.body.collect(upTo: 4096)
        struct Body: Decodable { var role: String; var label: String? }
        guard let body = try? JSONDecoder().decode(Body.self, from: Data(buffer: buffer)) else {
            throw APIError.badRequest("send {\"role\": \"reader\"|\"editor\"|\"admin\", \"label\": \"…\"}")
        }
        guard let role = Role(rawValue: body.role) else { throw APIError.badRequest("'role' must be reader, editor or admin") }
        let (key, record) = try store.createKey(role: role, label: body.label)
        var w = JSONWriter(capacity: 512)
        w.beginObject()
        w.field("key", key)
        w.key("record")
        Self.writeKey(record, into: &w)
        w.endObject()
        return Self.response(w.bytes, Self.json, status: .created)
    }

    func revokeKey(_ request: Request, _ context: MarsadRequestContext) throws -> Response {
        try context.require(.admin)
        guard let raw = context.parameters.get("id"), let id = Int64(raw), id > 0 else {
            throw APIError.badRequest("the key id must be a positive whole number")
        }
        guard try store.revokeKey(id: id) else { throw APIError.notFound("no active key with id \(id)") }
        return Response(status: .noContent)
    }
}
