import Foundation
import Hummingbird
import MarsadCore
import MarsadStore
import NIOCore

/// `GET /api/export` (streamed page by page) and `GET /api/taxonomy`.
extension MarsadAPI {
    func export(_ request: Request, _ context: MarsadRequestContext) throws -> Response {
        try readAccess(context)
        let q = try EventQuery(request, allowed: ["format"])
        guard let formatName = q["format"] else {
            throw APIError.badRequest("'format' is required: one of \(Exporter.Format.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let format = Exporter.Format(rawValue: formatName) else {
            throw APIError.badRequest("'format' must be one of: \(Exporter.Format.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var firstPage = try q.filter(taxonomy: taxonomy)
        firstPage.sort = .dateDescending
        firstPage.limit = 2000
        let filter = firstPage
        let store = self.store
        let (type, ext) = switch format {
        case .acledCSV: ("text/csv; charset=utf-8", "csv")
        case .geojson: ("application/geo+json", "geojson")
        case .jsonl: ("application/x-ndjson", "jsonl")
        }
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = "attachment; filename=\"marsad-events.\(ext)\""
        let body = ResponseBody { writer in
            var f = filter
            var first = true
            while true {
                let page = try store.events(matching: f)
                var chunk = ""
                try Exporter.write(page, as: format, part: first ? .first : .middle) { chunk += $0 }
                if page.count < f.limit {
                    try Exporter.write([], as: format, part: .last) { chunk += $0 }
                    try await writer.write(ByteBuffer(string: chunk))
                    break
                }
                try await writer.write(ByteBuffer(string: chunk))
                first = false
                f.after = EventCursor(after: page.last!, sort: f.sort)
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    func taxonomyList(_ request: Request, _ context: MarsadRequestContext) throws -> Response {
        try readAccess(context)
        _ = try EventQuery(request, allowed: [])
        var w = JSONWriter(capacity: 2048)
        w.beginObject()
        w.key("types")
        w.beginArray()
        for t in taxonomy.types { w.value(t) }
        w.endArray()
        w.key("sub_types")
        w.beginArray()
        for t in taxonomy.subTypes { w.value(t) }
        w.endArray()
        w.key("attack_types")
        w.beginArray()
        for t in taxonomy.attackTypes { w.value(t) }
        w.endArray()
        w.key("settings")
        w.beginArray()
        for s in Setting.allCases { w.value(s.rawValue) }
        w.endArray()
        w.endObject()
        return Self.response(w.bytes, Self.json)
    }
}
