import NIOCore
import Hummingbird
import Logging
import MarsadCore
import MarsadIngest
import MarsadStore

/// Builds the whole HTTP application — API, dashboard, health and metrics — over `store`.
/// The one function `marsad serve` and the tests use.
/// - Parameters:
///   - pipeline: codes posted articles; nil makes `POST /api/articles` answer 503.
///   - taxonomy: the event types and sub-types filters are checked against.
///   - assets: the dashboard's files (see `StaticAssets`).
public func buildApplication(
    configuration: ServerConfiguration,
    store: any EventStore,
    pipeline: IngestPipeline?,
    taxonomy: Taxonomy,
    assets: StaticAssets,
    logger: Logger = Logger(label: "marsad.serve"),
    onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let api = MarsadAPI(store: store, pipeline: pipeline, taxonomy: taxonomy, config: configuration,
                        cache: ResponseCache(capacity: configuration.cacheEntries))
    _ = ServerMetrics.shared  // bootstraps the metrics system before the middleware makes its metrics
    let router = Router(context: MarsadRequestContext.self)
    var methods: [String: [String]] = [
        "/api/events": ["GET"], "/api/events/*": ["GET"], "/api/stats/timeseries": ["GET"], "/api/stats/summary": ["GET"],
        "/api/taxonomy": ["GET"], "/api/map": ["GET"], "/api/export": ["GET"], "/api/articles": ["POST"],
        "/api/keys": ["GET", "POST"], "/api/keys/*": ["DELETE"],
        "/healthz": ["GET"], "/metrics": ["GET"],
    ]
    for path in assets.files.keys { methods[path] = ["GET"] }
    router.add(middleware: ErrorMiddleware(methods: methods))
    if configuration.logRequests { router.add(middleware: LogRequestsMiddleware(.info)) }
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: KeyMiddleware(store: store))

    router.get("/api/events") { request, context in try await api.listEvents(request, context) }
    router.get("/api/events/:id") { request, context in try await api.eventDetail(request, context) }
    router.get("/api/stats/timeseries") { request, context in try await api.timeseries(request, context) }
    router.get("/api/stats/summary") { request, context in try await api.summary(request, context) }
    router.get("/api/taxonomy") { request, context in try api.taxonomyList(request, context) }
    router.get("/api/map") { request, context in try await api.map(request, context) }
    router.get("/api/export") { request, context in try api.export(request, context) }
    router.post("/api/articles") { request, context in try await api.postArticles(request, context) }
    router.get("/api/keys") { request, context in try api.listKeys(request, context) }
    router.post("/api/keys") { request, context in try await api.createKey(request, context) }
    router.delete("/api/keys/:id") { request, context in try api.revokeKey(request, context) }
    router.get("/healthz") { request, context in try api.health(request, context) }
    router.get("/metrics") { request, context in try api.prometheus(request, context) }

    for (path, file) in assets.files {
        router.get(RouterPath(path)) { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = file.contentType
            headers[.cacheControl] = path.hasPrefix("/vendor/") ? "public, max-age=86400" : "no-cache"
            if path == "/" {
                // The page loads only its own scripts and styles; article text can never run.
                headers[.contentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
            }
            headers[.xContentTypeOptions] = "nosniff"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
        }
    }

    var appConfig = ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "marsad")
    appConfig.serverName = "marsad"
    return Application(router: router, configuration: appConfig, onServerRunning: onServerRunning, logger: logger)
}
