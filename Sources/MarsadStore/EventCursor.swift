/// A position in a sorted list of events: the sort key and id of the last row of a page.
/// On the wire it is opaque: hex of "key\u{1F}id", so clients don't build their own.
public struct EventCursor: Sendable, Equatable {
    public var key: String
    public var id: Int64

    public init(key: String, id: Int64) {
        self.key = key
        self.id = id
    }

    /// The position just after `event` in `sort` order.
    public init(after event: StoredEvent, sort: EventSort) {
        key = sort == .fatalitiesDescending ? String(event.event.fatalities) : event.event.date
        id = event.id
    }

    public var token: String {
        let hex: [Character] = Array("0123456789abcdef")
        var s = ""
        for b in (key + "\u{1F}" + String(id)).utf8 {
            s.append(hex[Int(b >> 4)])
            s.append(hex[Int(b & 15)])
        }
        return s
    }

    /// Decodes a token; nil when it is not one this type made.
    public init?(token: String) {
        let bytes = Array(token.utf8)
        guard !bytes.isEmpty, bytes.count % 2 == 0, bytes.count <= 512 else { return nil }
        func nibble(_ c: UInt8) -> UInt8? {
            switch c {
            case 48...57: c - 48
            case 97...102: c - 87
            default: nil
            }
        }
        var raw: [UInt8] = []
        var i = 0
        while i < bytes.count {
            guard let hi = nibble(bytes[i]), let lo = nibble(bytes[i + 1]) else { return nil }
            raw.append(hi << 4 | lo)
            i += 2
        }
        let parts = raw.split(separator: 0x1F, omittingEmptySubsequences: false)
        guard parts.count == 2, let id = Int64(String(decoding: parts[1], as: UTF8.self)) else { return nil }
        key = String(decoding: parts[0], as: UTF8.self)
        self.id = id
    }
}
