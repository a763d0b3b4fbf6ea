/// What an API key may do. Each role includes the ones before it.
public enum Role: String, Sendable, CaseIterable, Comparable, Codable {
    /// Read events, statistics and exports.
    case reader
    /// Also add articles (`POST /api/articles`).
    case editor
    /// Also manage keys.
    case admin

    public static func < (a: Role, b: Role) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
