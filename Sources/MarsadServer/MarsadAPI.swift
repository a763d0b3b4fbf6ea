import Foundation
import Hummingbird
import MarsadIngest
import MarsadStore
import NIOCore
import NIOPosix

/// The API's handlers over one store (one file per group under Routes/). Read endpoints go
/// through the response cache and run their queries on the store threads; every SQL value is
/// bound by the store, never interpolated.
struct MarsadAPI: Sendable {
    let store: any EventStore
    /// nil when the server was started without the extraction knowledge (POST answers 503).
    let pipeline: IngestPipeline?
    let taxonomy: Taxonomy
    let config: ServerConfiguration
    let cache: ResponseCache
    let metrics = ServerMetrics.shared

    static let json = "application/json; charset=utf-8"

    // MARK: the read path shared by every GET

    func readAccess(_ context: MarsadRequestContext) throws {
        if config.requireKeyForReads { try context.require(.reader) }
    }

    /// Threads for store work: queries block, so they run here rather than on the threads that
    /// serve requests — a slow statistic over a big store does not stall cached answers.
    static let storeThreads: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 8)
        pool.start()
        return pool
    }()

    /// Serves a read from the cache, or computes (on a store thread) and caches it. The key is
    /// the whole URI.
    func cached(_ request: Request, _ context: MarsadRequestContext, contentType: String = Self.json,
                _ compute: @escaping @Sendable () throws -> [UInt8]) async throws -> Response {
        try readAccess(context)
        let key = request.uri.description
        if cache.isEnabled {
            let g = try cache.generation { try store.generation() }
            if let hit = cache.get(key, generation: g) { return Self.response(hit.body, hit.contentType) }
            let body = try await Self.storeThreads.runIfActive(compute)
            cache.put(key, .init(generation: g, body: body, contentType: contentType))
            return Self.response(body, contentType)
        }
        return Self.response(try await Self.storeThreads.runIfActive(compute), contentType)
    }

    static func response(_ body: [UInt8], _ contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
