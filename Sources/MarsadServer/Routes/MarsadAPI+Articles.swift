import Foundation
import Hummingbird
import MarsadCore
import MarsadStore
import NIOCore
import NIOPosix

/// `POST /api/articles`: the ingest pipeline over HTTP.
extension MarsadAPI {
    func postArticles(_ request: Request, _ context: MarsadRequestContext) async throws -> Response {
        try context.require(.editor)
        guard let pipeline else {
            throw APIError(.serviceUnavailable, "no_pipeline", "this server was started without extraction knowledge")
        }
        if let type = request.headers[.contentType], !type.hasPrefix("application/json") {
            throw APIError(.unsupportedMediaType, "unsupported_media_type", "send the article(s) as application/json")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: config.maxBodyBytes)
        } catch is NIOTooManyBytesError {
            throw APIError.tooLarge(config.maxBodyBytes)
        }
        let articles = try ArticlePayload.decode(Data(buffer: buffer), limit: config.maxArticlesPerRequest)
        let (summary, incidents) = try await Self.storeThreads.runIfActive { try pipeline.ingest(articles) }
        cache.invalidate()
        metrics.articlesPosted.increment(by: Int64(summary.read))
        metrics.articlesAdded.increment(by: Int64(summary.new))
        metrics.eventsAdded.increment(by: Int64(summary.events))
        var w = JSONWriter(capacity: 256)
        w.beginObject()
        w.field("read", summary.read)
        w.field("new", summary.new)
        w.field("duplicate", summary.duplicate)
        w.field("events", summary.events)
        w.field("incidents_updated", incidents)
        w.endObject()
        return Self.response(w.bytes, Self.json, status: summary.new > 0 ? .created : .ok)
    }
}
