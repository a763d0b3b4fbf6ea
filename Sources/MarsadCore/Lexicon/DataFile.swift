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
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                let body = line.dropFirst().drop(while: { $0 == " " })
                if let colon = body.firstIndex(of: ":") {
                    let key = body[..<colon].trimmingSpaces()
                    if !key.contains(" ") {
                        header[String(key)] = String(body[body.index(after: colon)...].trimmingSpaces())
                    }
                }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0.trimmingSpaces()) }
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
