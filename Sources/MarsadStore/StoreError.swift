/// Errors of the event store, with what to do about them.
public enum StoreError: Error, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            return "cannot open the database \(path): \(reason). Check the path (--db or MARSAD_DB) and its permissions."
        }
    }
}
