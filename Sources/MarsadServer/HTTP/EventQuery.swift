import Foundation
import Hummingbird
import MarsadCore
import MarsadStore

/// Reads the query string of an event endpoint into an `EventFilter`, refusing what it
/// cannot understand with a 400 that names the parameter and what it expects.
struct EventQuery {
    /// The filter parameters every event endpoint takes.
    static let filterNames: Set<String> = ["since", "until", "type", "sub_type", "actor", "admin1", "country", "place_id",
                                           "setting", "bbox", "near", "radius", "min_fatalities", "q", "reports"]

    let parameters: [String: String]

    init(_ request: Request, allowed extra: Set<String>) throws {
        var p: [String: String] = [:]
        for (name, value) in try Self.parse(request.uri.query ?? "") {
            guard Self.filterNames.contains(name) || extra.contains(name) else {
                let known = (Self.filterNames.union(extra)).sorted().joined(separator: ", ")
                throw APIError.badRequest("unknown parameter '\(name)'; this endpoint takes: \(known)")
            }
            guard p[name] == nil else { throw APIError.badRequest("parameter '\(name)' is given more than once") }
            guard value.utf8.count <= 500 else { throw APIError.badRequest("parameter '\(name)' is too long (500 bytes at most)") }
            p[name] = value
        }
        parameters = p
    }

    /// Splits a raw query string as HTML forms encode it (application/x-www-form-urlencoded):
    /// '+' is a space, then %XX escapes are decoded (so "%2B" stays a plus).
    static func parse(_ query: String) throws -> [(String, String)] {
        var out: [(String, String)] = []
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) throws -> String {
                guard let d = s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
                    throw APIError.badRequest("the query string has a malformed %-escape in '\(s.prefix(40))'")
                }
                return d
            }
            out.append((try decode(kv[0]), kv.count > 1 ? try decode(kv[1]) : ""))
        }
        return out
    }

    subscript(_ name: String) -> String? {
        guard let v = parameters[name], !v.isEmpty else { return nil }
        return v
    }

    func filter(taxonomy: Taxonomy) throws -> EventFilter {
        var f = EventFilter()
        f.since = try day("since")
        f.until = try day("until")
        if let s = f.since, let u = f.until, s > u {
            throw APIError.badRequest("'since' (\(s)) is after 'until' (\(u))")
        }
        if let list = self["type"] {
            // One type, or several separated by commas (ACLED's type names have none).
            let names = list.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            for t in names where !taxonomy.types.contains(t) {
                throw APIError.badRequest("unknown event type '\(t)'; one of: \(taxonomy.types.joined(separator: ", "))")
            }
            if names.count == 1 { f.eventType = names[0] } else { f.eventTypes = names }
        }
        if let t = self["sub_type"] {
            guard taxonomy.subTypes.contains(t) else {
                throw APIError.badRequest("unknown sub-event type '\(t)'; one of: \(taxonomy.subTypes.joined(separator: ", "))")
            }
            f.subEventType = t
        }
        f.actor = self["actor"]
        f.admin1 = self["admin1"]
        f.country = self["country"]
        f.placeID = self["place_id"]
        if let s = self["setting"] {
            guard Setting(rawValue: s) != nil else { throw APIError.badRequest("'setting' must be urban, rural or desert") }
            f.setting = s
        }
        if let b = self["bbox"] {
            guard let box = EventFilter.parseBBox(b) else {
                throw APIError.badRequest("'bbox' must be west,south,east,north in degrees, e.g. 38.5,34.5,41.5,36.5")
            }
            f.bbox = box
        }
        if let n = self["near"] {
            var spec = n
            if let r = self["radius"] { spec += "," + r } else if n.split(separator: ",").count == 2 { spec += ",25" }
            guard let near = EventFilter.parseNear(spec) else {
                throw APIError.badRequest("'near' must be LAT,LON with 'radius' in km (e.g. near=35.33,40.14&radius=25)")
            }
            f.near = near
        } else if self["radius"] != nil {
            throw APIError.badRequest("'radius' needs 'near'")
        }
        if let m = self["min_fatalities"] {
            guard let v = Int(m), v >= 0 else { throw APIError.badRequest("'min_fatalities' must be a whole number ≥ 0") }
            f.minFatalities = v
        }
        if let q = self["q"] {
            guard q.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
                throw APIError.badRequest("'q' has no word to search for")
            }
            f.text = q
        }
        f.incidentsOnly = try !flag("reports")
        return f
    }

    func day(_ name: String) throws -> CalendarDay? {
        guard let v = self[name] else { return nil }
        guard let d = CalendarDay(iso: v), v.utf8.count == 10 else {
            throw APIError.badRequest("'\(name)' must be a date YYYY-MM-DD, got '\(v)'")
        }
        return d
    }

    func flag(_ name: String) throws -> Bool {
        guard let v = self[name] else { return false }
        switch v {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw APIError.badRequest("'\(name)' must be true or false")
        }
    }

    func integer(_ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let v = self[name] else { return value }
        guard let n = Int(v), range.contains(n) else {
            throw APIError.badRequest("'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }

    func choice<T: RawRepresentable & CaseIterable>(_ name: String, default value: T) throws -> T where T.RawValue == String {
        guard let v = self[name] else { return value }
        guard let t = T(rawValue: v) else {
            throw APIError.badRequest("'\(name)' must be one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return t
    }
}
