import Foundation

/// The dashboard's files, read once at start: Marsad's own (in the bundle) and the browser
/// libraries Debian installs under /usr/share/javascript (never copied into the repo). Only
/// the files listed here are served; nothing is looked up from a request path.
public struct StaticAssets: Sendable {
    public struct File: Sendable {
        public var bytes: [UInt8]
        public var contentType: String
    }

    public private(set) var files: [String: File] = [:]
    /// Vendor files that were not found, with the Debian package that provides them.
    public private(set) var missing: [(path: String, package: String)] = []

    static let own: [(url: String, file: String, type: String)] = [
        ("/", "dashboard/index.html", "text/html; charset=utf-8"),
        ("/app.js", "dashboard/app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "dashboard/app.css", "text/css; charset=utf-8"),
        ("/boundaries.geojson", "dashboard/boundaries.geojson", "application/geo+json"),
        ("/openapi.json", "openapi.json", "application/json; charset=utf-8"),
    ]

    static let vendor: [(url: String, file: String, type: String, package: String)] = [
        ("/vendor/leaflet/leaflet.js", "leaflet/leaflet.js", "text/javascript", "libjs-leaflet"),
        ("/vendor/leaflet/leaflet.css", "leaflet/leaflet.css", "text/css", "libjs-leaflet"),
        ("/vendor/leaflet/leaflet.markercluster.js", "leaflet/leaflet.markercluster.js", "text/javascript", "libjs-leaflet.markercluster"),
        ("/vendor/leaflet/MarkerCluster.css", "leaflet/MarkerCluster.css", "text/css", "libjs-leaflet.markercluster"),
        ("/vendor/leaflet/MarkerCluster.Default.css", "leaflet/MarkerCluster.Default.css", "text/css", "libjs-leaflet.markercluster"),
        ("/vendor/chart.js/chart.min.js", "chart.js/chart.min.js", "text/javascript", "libjs-chart.js"),
    ]

    /// - Parameter vendorRoot: where Debian's libjs-* packages put their files.
    public init(vendorRoot: String) throws {
        guard let resources = Bundle.module.resourceURL else { throw MissingAsset(path: "the MarsadServer resource bundle") }
        for (url, file, type) in Self.own {
            let path = resources.appendingPathComponent(file).path
            guard let data = FileManager.default.contents(atPath: path) else { throw MissingAsset(path: path) }
            files[url] = File(bytes: Array(data), contentType: type)
        }
        for (url, file, type, package) in Self.vendor {
            let path = vendorRoot + "/" + file
            if let data = FileManager.default.contents(atPath: path) {
                files[url] = File(bytes: Array(data), contentType: type + "; charset=utf-8")
            } else {
                missing.append((path, package))
            }
        }
        // Leaflet's marker images, which its CSS refers to.
        let images = vendorRoot + "/leaflet/images"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: images)) ?? [] where name.hasSuffix(".png") {
            if let data = FileManager.default.contents(atPath: images + "/" + name) {
                files["/vendor/leaflet/images/" + name] = File(bytes: Array(data), contentType: "image/png")
            }
        }
    }
}

/// A file of the dashboard is missing from the installation.
public struct MissingAsset: Error, CustomStringConvertible {
    public var path: String
    public var description: String { "\(path) is missing; the installation is incomplete: rebuild with swift build" }
}
