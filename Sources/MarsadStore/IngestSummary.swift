/// What one ingest run did.
public struct IngestSummary: Sendable, Equatable, CustomStringConvertible {
    public var read = 0
    public var new = 0
    public var duplicate = 0
    public var failed = 0
    public var events = 0

    public init() {}

    public var description: String {
        "read \(read), new \(new), duplicate \(duplicate), failed \(failed), events \(events)"
    }
}
