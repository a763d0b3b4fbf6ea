import Hummingbird
import MarsadStore

/// The request context: Hummingbird's core storage plus the role of the API key presented
/// (nil when none was).
public struct MarsadRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var role: Role?

    public init(source: Source) {
        coreContext = .init(source: source)
        role = nil
    }

    /// Throws 401 (no key) or 403 (a key without the role).
    func require(_ needed: Role) throws {
        guard let role else { throw APIError.unauthorized }
        guard role >= needed else { throw APIError.forbidden(needed) }
    }
}
