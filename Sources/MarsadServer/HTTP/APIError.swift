import MarsadStore
import Hummingbird

/// An error the API reports to its client: a status, a stable code, and a message that says
/// what was wrong and what to send instead. Never a stack trace or an internal detail.
public struct APIError: Error, HTTPResponseError, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String

    public init(_ status: HTTPResponse.Status, _ code: String, _ message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    static func badRequest(_ message: String) -> APIError { APIError(.badRequest, "bad_request", message) }
    static func notFound(_ message: String) -> APIError { APIError(.notFound, "not_found", message) }
    static let unauthorized = APIError(.unauthorized, "unauthorized",
                                       "this endpoint needs an API key: send 'Authorization: Bearer <key>' (marsad keys create)")
    static let invalidKey = APIError(.unauthorized, "invalid_key", "the API key is unknown or revoked")
    static func forbidden(_ role: Role) -> APIError {
        APIError(.forbidden, "forbidden", "this endpoint needs a key with the role '\(role.rawValue)' or higher")
    }
    static func tooLarge(_ limit: Int) -> APIError {
        APIError(.contentTooLarge, "too_large", "the request body is over the limit of \(limit) bytes; send fewer articles per request")
    }
    static let internalError = APIError(.internalServerError, "internal", "internal error; it has been logged")

    public var description: String { "\(status.code) \(code): \(message)" }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var w = JSONWriter(capacity: 256)
        w.beginObject()
        w.key("error")
        w.beginObject()
        w.field("status", status.code)
        w.field("code", code)
        w.field("message", message)
        w.endObject()
        w.endObject()
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"marsad\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: w.bytes)))
    }
}
