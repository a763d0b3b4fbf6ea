import Hummingbird
import NIOCore

/// The last line: errors that are not the API's own become a JSON error without detail
/// (logged with the request id), so no client ever sees an internal message or a trace.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = MarsadRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let e as APIError {
            return try e.response(from: request, context: context)
        } catch is NIOTooManyBytesError {
            return try APIError(.contentTooLarge, "too_large", "the request body is too large").response(from: request, context: context)
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
