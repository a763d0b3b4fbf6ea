/// Errors in Marsad's data files. Each names the file and line and says what to fix.
public enum KnowledgeError: Error, CustomStringConvertible, Equatable {
    case malformedLine(file: String, line: Int, reason: String)
    case missingFile(String)
    case unknownName(file: String, line: Int, name: String, expected: String)

    public var description: String {
        switch self {
        case let .malformedLine(file, line, reason):
            return "\(file):\(line): \(reason). Fix the line (columns are tab-separated; see the file's header)."
        case let .missingFile(name):
            return "data file \(name) is missing from the knowledge resources; reinstall or rebuild Marsad."
        case let .unknownName(file, line, name, expected):
            return "\(file):\(line): unknown \(expected) '\(name)'. Use one listed in taxonomy.tsv / the file header."
        }
    }
}
