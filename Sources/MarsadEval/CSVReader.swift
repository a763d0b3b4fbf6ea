/// A small RFC 4180 CSV reader (quoted fields, doubled quotes, newlines inside quotes).
/// Records carry the line they start on, for error messages.
public enum CSVReader {
    public struct Record: Sendable {
        public var line: Int
        public var fields: [String]
    }

    public enum Failure: Error, CustomStringConvertible {
        case unterminatedQuote(line: Int)
        public var description: String {
            switch self {
            case .unterminatedQuote(let line): "line \(line): a quoted field is never closed; check the file is complete CSV"
            }
        }
    }

    public static func parse(_ text: String) throws -> [Record] {
        var records: [Record] = []
        var field: [UInt8] = []
        var fields: [String] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        let bytes = Array(text.utf8)
        var i = 0
        func endField() { fields.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true) }
        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == 34 {
                    if i + 1 < bytes.count, bytes[i + 1] == 34 { field.append(34); i += 2; continue }
                    inQuotes = false
                } else {
                    if b == 10 { line += 1 }
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case 34: inQuotes = true
            case 44: endField()
            case 13: break
            case 10:
                endField()
                records.append(Record(line: recordLine, fields: fields))
                fields.removeAll()
                line += 1
                recordLine = line
            default: field.append(b)
            }
            i += 1
        }
        if inQuotes { throw Failure.unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty { endField(); records.append(Record(line: recordLine, fields: fields)) }
        return records
    }

    /// Records as dictionaries keyed by the header row.
    public static func table(_ text: String) throws -> [(line: Int, row: [String: String])] {
        let records = try parse(text)
        guard let header = records.first?.fields else { return [] }
        return records.dropFirst().map { r in
            var d: [String: String] = [:]
            for (k, name) in header.enumerated() { d[name] = k < r.fields.count ? r.fields[k] : "" }
            return (r.line, d)
        }
    }
}
