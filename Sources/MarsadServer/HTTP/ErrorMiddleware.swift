import Hummingbird
import NIOCore

/// The last line: errors that are not the API's own become a JSON error without detail
/// (logged with the request id), so no client ever sees an internal message or a trace.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = MarsadRequestContext
    /// The methods of each served path ("/api/events/:id" as "/api/events/*"), to answer a
    /// method a path does not serve with 405 and the methods it does.
    let methods: [String: [String]]

    func allowed(_ path: String) -> [String]? {
        if let m = methods[path] { return m }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            return methods[String(path[..<slash]) + "/*"]
        }
        return nil
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let e as APIError {
            return try e.response(from: request, context: context)
        } catch is NIOTooManyBytesError {
            return try APIError(.contentTooLarge, "too_large", "the request body is too large").response(from: request, context: context)
        } catch let e as HTTPError where e.status == .notFound && allowed(request.uri.path) != nil {
            let allow = allowed(request.uri.path)!
            var response = try APIError(.methodNotAllowed, "method_not_allowed",
                                        "\(request.method) is not served here; use \(allow.joined(separator: " or "))")
                .response(from: request, context: context)
            response.headers[.allow] = allow.joined(separator: ", ")
            return response
        } catch let e as HTTPError {
            let code = e.status == .notFound ? "not_found" : e.status == .methodNotAllowed ? "method_not_allowed" : "http_error"
            let message = e.status == .notFound ? "no such endpoint: \(request.uri.path) (see /openapi.json)"
                : (e.body ?? e.status.reasonPhrase)
            return try APIError(e.status, code, message).response(from: request, context: context)
        } catch {
            context.logger.error("internal error on \(request.method) \(request.uri.path): \(error)")
            return try APIError.internalError.response(from: request, context: context)
        }
    }
}
