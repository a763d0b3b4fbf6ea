/// News outlets and their home cities (outlets.tsv). An outlet's home city at the head of
/// its reports ("ERBIL (Kurdistan 24) –", "SULAIMANI —") says where the report was written,
/// not where the events it reports happened: it never places an event by itself.
public struct OutletDirectory: Sendable {
    public struct Outlet: Sendable, Equatable {
        public var name: String
        /// Folded names (letters and digits, lower case) the outlet goes by.
        public var keys: [String]
        /// Web domains ("kurdistan24.net").
        public var domains: [String]
        /// Gazetteer ids of the home city (and its governorate).
        public var home: [String]
    }

    public let outlets: [Outlet]
    public let version: String
    /// The outlets' keys as bytes, for the substring test.
    private let foldedKeys: [[[UInt8]]]

    public static let empty = OutletDirectory(outlets: [], version: "")

    init(outlets: [Outlet], version: String) {
        self.outlets = outlets
        self.version = version
        foldedKeys = outlets.map { $0.keys.map { Array($0.utf8) } }
    }

    /// Parses outlets.tsv (columns: name, aliases, domains, home place ids; lists | separated).
    public init(text: String) throws {
        let file = try DataFile(name: "outlets.tsv", text: text, minimumColumns: 4)
        var out: [Outlet] = []
        for row in file.rows {
            let names = [row[0]] + row[1].split(separator: "|").map(String.init)
            let home = row[3].split(separator: "|").map(String.init)
            guard !home.isEmpty else {
                throw KnowledgeError.malformedLine(file: "outlets.tsv", line: row.line, reason: "an outlet needs its home place id (column 4)")
            }
            out.append(Outlet(name: row[0], keys: names.map(Self.fold).filter { $0.count >= 3 },
                              domains: row[2].split(separator: "|").map { $0.lowercased() }, home: home))
        }
        self.init(outlets: out, version: file.version)
    }

    /// The outlet an article comes from: by its `source`, its URL's host, or the outlet named in
    /// parentheses after the dateline ("ERBIL (Kurdistan 24) –", given as `datelineNote`).
    public func outlet(source: String?, url: String?, datelineNote: String?) -> Outlet? {
        if let url, let host = Self.host(url) {
            if let o = outlets.first(where: { o in o.domains.contains { host == $0 || host.hasSuffix("." + $0) } }) { return o }
        }
        for text in [source, datelineNote].compactMap({ $0 }) {
            let key = Array(Self.fold(text).utf8)
            guard !key.isEmpty else { continue }
            // The longest name that the source names wins ("Kurdistan 24" before "Kurdistan").
            var best: (Outlet, Int)? = nil
            for (k, o) in outlets.enumerated() {
                for name in foldedKeys[k] where name.count > (best?.1 ?? 0) && Self.contains(key, name) { best = (o, name.count) }
            }
            if let best { return best.0 }
        }
        return nil
    }

    /// Byte-level substring test (measured: `String.contains` made this lookup a tenth of all
    /// extraction time on Reuters).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    static func host(_ url: String) -> String? {
        let b = Array(url.utf8)
        var i = 0
        while i + 2 < b.count, !(b[i] == 58 && b[i + 1] == 47 && b[i + 2] == 47) { i += 1 }  // "://"
        guard i + 2 < b.count else { return nil }
        let s = i + 3
        var e = s
        while e < b.count, b[e] != 47, b[e] != 58, b[e] != 63 { e += 1 }  // '/', ':', '?'
        return e > s ? String(decoding: b[s..<e], as: UTF8.self).lowercased() : nil
    }

    static func fold(_ s: String) -> String {
        String(String.UnicodeScalarView(s.lowercased().unicodeScalars.filter { scalar in
            (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39) || scalar.value >= 0x0600 && scalar.value <= 0x06FF
        }))
    }
}
