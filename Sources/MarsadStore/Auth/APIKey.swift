/// An API key as stored: never the key itself, only its SHA-256 and a short prefix that lets
/// people tell keys apart in `marsad keys list`.
public struct APIKey: Sendable, Equatable, Codable {
    public var id: Int64
    public var prefix: String
    public var role: Role
    public var label: String?
    public var createdAt: String
    public var revokedAt: String?

    /// The part of a key shown in listings ("msd_1a2b3c4d…").
    public static let prefixLength = 12
}
