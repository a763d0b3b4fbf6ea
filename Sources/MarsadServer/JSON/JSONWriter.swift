/// A small, fast JSON writer into a byte buffer: the API writes thousands of events a second,
/// and building them by hand is ~10× cheaper than `JSONEncoder` here. Strings are escaped per
/// RFC 8259, and `<`, `>`, `&`, U+2028 and U+2029 as \u escapes as well, so a response can be
/// embedded in a page without turning article text into markup.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Whether the next value in the current object/array needs a comma first.
    private var needsComma = false

    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma = true }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); needsComma = false }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma = true }

    /// Writes `"name":` (the value follows).
    public mutating func key(_ name: String) {
        separate()
        writeString(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func value(_ s: String?) {
        separate()
        if let s { writeString(s) } else { appendASCII("null") }
        needsComma = true
    }

    public mutating func value(_ n: Int?) {
        separate()
        appendASCII(n.map(String.init) ?? "null")
        needsComma = true
    }

    public mutating func value(_ n: Int64?) {
        separate()
        appendASCII(n.map { String($0) } ?? "null")
        needsComma = true
    }

    public mutating func value(_ d: Double?) {
        separate()
        if let d, d.isFinite { appendASCII(d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)) } else { appendASCII("null") }
        needsComma = true
    }

    public mutating func value(_ b: Bool) {
        separate()
        appendASCII(b ? "true" : "false")
        needsComma = true
    }

    /// Writes already-serialised JSON as the next value.
    public mutating func raw(_ json: [UInt8]) {
        separate()
        bytes += json
        needsComma = true
    }

    public mutating func field(_ name: String, _ s: String?) { key(name); value(s) }
    public mutating func field(_ name: String, _ n: Int?) { key(name); value(n) }
    public mutating func field(_ name: String, _ n: Int64?) { key(name); value(n) }
    public mutating func field(_ name: String, _ d: Double?) { key(name); value(d) }
    public mutating func field(_ name: String, _ b: Bool) { key(name); value(b) }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func appendASCII(_ s: String) { bytes += s.utf8 }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Bytes that need an escape: control characters, '"', '\\', '<', '>', '&', and 0xE2 (the
    /// first byte of U+2028/U+2029, checked further when met).
    private static let special: [Bool] = (0..<256).map { b in
        b < 0x20 || b == 0x22 || b == 0x5C || b == 0x3C || b == 0x3E || b == 0x26 || b == 0xE2
    }

    private mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { u in
            var runStart = 0
            var i = 0
            let n = u.count
            while i < n {
                let b = u[i]
                if !Self.special[Int(b)] { i += 1; continue }
                if b == 0xE2 {
                    // U+2028 / U+2029 are E2 80 A8 / E2 80 A9; any other E2 sequence is kept.
                    if i + 2 < n, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 {
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<i]))
                        appendASCII(u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                        i += 3
                        runStart = i
                    } else {
                        i += 1
                    }
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<i]))
                switch b {
                case UInt8(ascii: "\""): appendASCII("\\\"")
                case UInt8(ascii: "\\"): appendASCII("\\\\")
                case 0x0A: appendASCII("\\n")
                case 0x0D: appendASCII("\\r")
                case 0x09: appendASCII("\\t")
                default:
                    appendASCII("\\u00")
                    bytes.append(Self.hex[Int(b >> 4)])
                    bytes.append(Self.hex[Int(b & 15)])
                }
                i += 1
                runStart = i
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<n]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
