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
    /// '+' is a space, %XX an escaped byte (so "%2B" stays a plus); the result must be UTF-8.
    static func parse(_ query: String) throws -> [(String, String)] {
        var out: [(String, String)] = []
        let bytes = Array(query.utf8)
        func hex(_ c: UInt8) -> UInt8? {
            switch c {
            case 48...57: c - 48
            case 65...70: c - 55
            case 97...102: c - 87
            default: nil
            }
        }
        func decode(_ s: ArraySlice<UInt8>) throws -> String {
            var d: [UInt8] = []
            d.reserveCapacity(s.count)
            var i = s.startIndex
            while i < s.endIndex {
                let c = s[i]
                if c == UInt8(ascii: "+") {
                    d.append(0x20)
                } else if c == UInt8(ascii: "%") {
                    guard i + 2 < s.endIndex, let hi = hex(s[i + 1]), let lo = hex(s[i + 2]) else {
                        throw APIError.badRequest("the query string has a malformed %-escape near '\(String(decoding: s.prefix(40), as: UTF8.self))'")
                    }
                    d.append(hi << 4 | lo)
                    i += 2
                } else {
                    d.append(c)
                }
                i += 1
            }
            guard let text = String(validating: d, as: UTF8.self) else {
                throw APIError.badRequest("the query string is not UTF-8 once decoded")
            }
            return text
        }
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            if let eq = pair.firstIndex(of: UInt8(ascii: "=")) {
                out.append((try decode(pair[pair.startIndex..<eq]), try decode(pair[(eq + 1)...])))
            } else {
                out.append((try decode(pair), ""))
            }
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
