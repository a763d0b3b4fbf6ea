/// A versioned, tab-separated data file: `#` lines are the header (format, version,
/// source, licence, columns), blank lines are skipped, every other line is a row.
public struct DataFile: Sendable {
    public struct Row: Sendable {
        public var line: Int
        public var fields: [String]
        public subscript(_ i: Int) -> String { i < fields.count ? fields[i] : "" }
    }

    public let name: String
    public let header: [String: String]
    public let rows: [Row]

    public init(name: String, text: String, minimumColumns: Int = 1) throws {
        self.name = name
        var header: [String: String] = [:]
        var rows: [Row] = []
        var lineNo = 0
        // Byte-level parsing: Character-based splitting is an order of magnitude slower.
        let bytes = Array(text.utf8)
        let n = bytes.count
        var i = 0
        func trimmed(_ s: Int, _ e: Int) -> String {
            var a = s, b = e
            while a < b, bytes[a] == 32 { a += 1 }
            while b > a, bytes[b - 1] == 32 || bytes[b - 1] == 13 { b -= 1 }
            return String(decoding: bytes[a..<b], as: UTF8.self)
        }
        while i < n {
            var end = i
            while end < n, bytes[end] != 10 { end += 1 }
            lineNo += 1
            let lineStart = i
            var lineEnd = end
            if lineEnd > lineStart, bytes[lineEnd - 1] == 13 { lineEnd -= 1 }
            i = end + 1
            if lineEnd == lineStart { continue }
            if bytes[lineStart] == 35 {  // '#'
                var k = lineStart + 1
                while k < lineEnd, bytes[k] == 32 { k += 1 }
                if let colon = bytes[k..<lineEnd].firstIndex(of: 58) {
                    let key = trimmed(k, colon)
                    if !key.isEmpty, !key.utf8.contains(32) { header[key] = trimmed(colon + 1, lineEnd) }
                }
                continue
            }
            var fields: [String] = []
            var f = lineStart
            for k in lineStart...lineEnd where k == lineEnd || bytes[k] == 9 {
                fields.append(trimmed(f, k))
                f = k + 1
            }
            guard fields.count >= minimumColumns, !(fields.first ?? "").isEmpty else {
                throw KnowledgeError.malformedLine(file: name, line: lineNo,
                                                   reason: "expected at least \(minimumColumns) columns, found \(fields.count)")
            }
            rows.append(Row(line: lineNo, fields: fields))
        }
        self.header = header
        self.rows = rows
    }

    public var version: String { header["version"] ?? "unversioned" }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f == " " { s = s.dropFirst() }
        while let l = s.last, l == " " { s = s.dropLast() }
        return s
    }
}
