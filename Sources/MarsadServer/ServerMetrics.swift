import CoreMetrics
import Prometheus

/// The Prometheus registry behind `/metrics`: Hummingbird's request metrics (requests,
/// durations, errors, by route) through swift-metrics, and Marsad's own counters. The
/// metrics system is process-wide, so it is bootstrapped once however many apps are built.
final class ServerMetrics: Sendable {
    static let shared = ServerMetrics()

    let registry: PrometheusCollectorRegistry
    let articlesPosted: Prometheus.Counter
    let articlesAdded: Prometheus.Counter
    let eventsAdded: Prometheus.Counter
    let cacheHits: Prometheus.Gauge
    let cacheMisses: Prometheus.Gauge
    let cacheEntries: Prometheus.Gauge
    let generation: Prometheus.Gauge

    private init() {
        registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        articlesPosted = registry.makeCounter(name: "marsad_articles_posted_total", help: "Articles received by POST /api/articles.")
        articlesAdded = registry.makeCounter(name: "marsad_articles_added_total", help: "Posted articles that were new (not duplicates).")
        eventsAdded = registry.makeCounter(name: "marsad_events_added_total", help: "Events coded from new posted articles.")
        cacheHits = registry.makeGauge(name: "marsad_cache_hits", help: "Read responses served from the cache since start.")
        cacheMisses = registry.makeGauge(name: "marsad_cache_misses", help: "Read responses computed since start.")
        cacheEntries = registry.makeGauge(name: "marsad_cache_entries", help: "Responses held in the cache.")
        generation = registry.makeGauge(name: "marsad_store_generation", help: "The store's change counter.")
    }
}
