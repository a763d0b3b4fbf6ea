import HTTPTypes
import Hummingbird
import MarsadStore

/// Reads the API key of a request ('Authorization: Bearer <key>' or 'X-API-Key: <key>') and
/// puts its role in the context. A key that is presented but unknown is refused at once (401);
/// the routes decide which role they need.
struct KeyMiddleware: RouterMiddleware {
    typealias Context = MarsadRequestContext
    let store: any EventStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        var key: String?
        if let auth = request.headers[.authorization] {
            guard auth.hasPrefix("Bearer ") else {
                throw APIError(.unauthorized, "unauthorized", "the Authorization header must be 'Bearer <key>'")
            }
            key = String(auth.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        } else if let name = HTTPField.Name("X-API-Key"), let k = request.headers[name] {
            key = k
        }
        if let key {
            guard let role = try store.role(forKey: key) else { throw APIError.invalidKey }
            context.role = role
        }
        return try await next(request, context)
    }
}
