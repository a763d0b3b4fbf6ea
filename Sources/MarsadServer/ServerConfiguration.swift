/// How `marsad serve` runs.
public struct ServerConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// Require a key (any role) for reads too; writes always need an editor key.
    public var requireKeyForReads = false
    /// Request bodies over this size are refused with 413.
    public var maxBodyBytes = 8 * 1_048_576
    /// At most this many articles per POST.
    public var maxArticlesPerRequest = 1000
    public var defaultLimit = 100
    public var maxLimit = 1000
    /// Where Debian installs browser libraries (libjs-leaflet, libjs-chart.js).
    public var vendorRoot = "/usr/share/javascript"
    /// Cached responses of read endpoints (0 disables the cache).
    public var cacheEntries = 4096
    /// Log every request (id, method, path) at info level.
    public var logRequests = false

    public init() {}
}
