/// A 128-bit content hash of an article's normalised text (case and whitespace folded), as
/// 32 hex digits: two FNV-1a variants. The same story saved twice — re-spaced, re-cased —
/// hashes alike, so ingesting it again adds nothing.
public enum ContentHash {
    public static func of(_ text: String) -> String {
        var h1: UInt64 = 0xcbf2_9ce4_8422_2325
        var h2: UInt64 = 0x8422_2325_cbf2_9ce4
        var started = false, pendingSpace = false
        func feed(_ b: UInt8) {
            h1 = (h1 ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            h2 = (h2 &* 0x0000_0100_0000_01B3) ^ UInt64(b) &+ 0x9E37_79B9
        }
        // Runs of white space count as one space; leading and trailing space not at all.
        for var b in text.utf8 {
            if b == 32 || b == 9 || b == 10 || b == 13 {
                pendingSpace = started
                continue
            }
            if pendingSpace { feed(32); pendingSpace = false }
            started = true
            if b >= 65 && b <= 90 { b |= 0x20 }
            feed(b)
        }
        func hex(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return hex(h1) + hex(h2)
    }
}
