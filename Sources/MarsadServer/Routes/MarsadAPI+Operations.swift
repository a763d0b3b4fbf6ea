import Foundation
import Hummingbird
import MarsadCore
import MarsadStore
import NIOCore

/// `GET /healthz` and `GET /metrics`.
extension MarsadAPI {
    func health(_ request: Request, _ context: MarsadRequestContext) throws -> Response {
        let g = try store.generation()
        var w = JSONWriter(capacity: 64)
        w.beginObject()
        w.field("status", "ok")
        w.field("generation", g)
        w.endObject()
        return Self.response(w.bytes, Self.json)
    }

    func prometheus(_ request: Request, _ context: MarsadRequestContext) throws -> Response {
        let c = cache.counts
        metrics.cacheHits.set(to: Double(c.hits))
        metrics.cacheMisses.set(to: Double(c.misses))
        metrics.cacheEntries.set(to: Double(c.entries))
        metrics.generation.set(to: Double(try store.generation()))
        return Self.response(metrics.registry.emitToBuffer(), "text/plain; version=0.0.4; charset=utf-8")
    }
}
