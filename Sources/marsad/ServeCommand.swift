import ArgumentParser
import Foundation
import Hummingbird
import Logging
import MarsadCore
import MarsadIngest
import MarsadServer
import MarsadStore
import NIOCore

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the JSON API and the dashboard over a database.",
        discussion: """
        Dashboard at http://HOST:PORT/, API under /api (described in /openapi.json), /healthz, /metrics.
        Reads are open unless --require-key; POST /api/articles needs an editor key (marsad keys create --role editor).
        The map and charts use Debian's libjs-leaflet, libjs-leaflet.markercluster and libjs-chart.js.
        """
    )
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0: any free port, printed at start).") var port = 8080
    @Flag(name: .customLong("require-key"), help: "Require an API key for reads too.") var requireKey = false
    @Option(name: .customLong("max-body-mb"), help: "Refuse request bodies larger than this (MB).") var maxBodyMB = 8
    @Option(name: .customLong("cache-entries"), help: "Read responses to keep until the data changes (0: no cache).") var cacheEntries = 4096
    @Flag(name: .customLong("log-requests"), help: "Log every request (id, method, path) to stderr.") var logRequests = false
    @Option(name: .customLong("vendor-root"), help: "Where Debian's libjs-* packages are installed.") var vendorRoot = "/usr/share/javascript"
    @OptionGroup var store: StoreOptions
    @OptionGroup var knowledge: KnowledgeOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be 0–65535") }
        if maxBodyMB < 1 { throw ValidationError("--max-body-mb must be at least 1") }
        if cacheEntries < 0 { throw ValidationError("--cache-entries must be ≥ 0") }
    }

    func run() async throws {
        // Serving a path that does not exist would create an empty database and show nothing.
        guard FileManager.default.fileExists(atPath: store.path) else {
            throw ValidationError("no database at \(store.path): ingest articles first (marsad ingest --db \(store.path) FILE…) or pass --db")
        }
        let k = try knowledge.load()
        let db = try store.open()
        var config = ServerConfiguration()
        config.host = host
        config.port = port
        config.requireKeyForReads = requireKey
        config.maxBodyBytes = maxBodyMB * 1_048_576
        config.cacheEntries = cacheEntries
        config.vendorRoot = vendorRoot
        config.logRequests = logRequests
        let assets = try StaticAssets(vendorRoot: vendorRoot)
        for m in assets.missing {
            warn("marsad serve: \(m.path) is missing — the dashboard needs it: apt-get install \(m.package)")
        }
        var logger = Logger(label: "marsad.serve")
        logger.logLevel = logRequests ? .info : .notice
        let pipeline = IngestPipeline(extractor: Extractor(knowledge: k), store: db, codedWith: k.versionSummary)
        let app = buildApplication(
            configuration: config, store: db, pipeline: pipeline, taxonomy: Taxonomy(k.lexicon.taxonomyPairs, attackTypes: k.lexicon.attackTypes),
            assets: assets, logger: logger,
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let line = "marsad serve: http://\(host):\(port)/ over \(store.path) (API: /api, spec: /openapi.json)\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            })
        do {
            try await app.runService()
        } catch let e as IOError where e.errnoCode == EADDRINUSE {
            throw ValidationError("cannot listen on \(host):\(port): the address is in use (another server?); stop it or pass --port")
        } catch let e as IOError where e.errnoCode == EACCES {
            throw ValidationError("cannot listen on \(host):\(port): permission denied; use a port above 1023")
        }
    }
}
