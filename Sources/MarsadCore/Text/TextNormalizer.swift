/// Builds the matching view of a text (see `NormalizedText`). Pure and allocation-light:
/// pure-ASCII text is passed through without a map.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> NormalizedText {
        var original = Array(text.utf8)
        if original.isEmpty { original = [] }
        var ascii = true
        for b in original where b >= 0x80 { ascii = false; break }
        if ascii { return NormalizedText(original: original, bytes: original, map: nil) }

        // Written through raw buffers: this loop runs over every byte of every non-ASCII article.
        let n = original.count
        var map: [Int32] = []
        let table = arabicBlock
        let out = original.withUnsafeBufferPointer { src in
            [UInt8](unsafeUninitializedCapacity: n) { op, outCount in
                map = [Int32](unsafeUninitializedCapacity: n + 1) { mp, mapCount in
                    var i = 0, o = 0
                    while i < n {
                        let b0 = src[i]
                        if b0 < 0x80 {
                            op[o] = b0; mp[o] = Int32(i); o += 1; i += 1
                            continue
                        }
                        if b0 >= 0xD8, b0 <= 0xDB, i + 1 < n {
                            // The Arabic block through a table (`replacement` precomputed).
                            let code = table[Int(((UInt32(b0) & 0x1F) << 6) | (UInt32(src[i + 1]) & 0x3F)) - 0x600]
                            if code == 0 {
                                op[o] = b0; mp[o] = Int32(i); op[o + 1] = src[i + 1]; mp[o + 1] = Int32(i); o += 2
                            } else if code != 1 {
                                op[o] = code; mp[o] = Int32(i); o += 1
                            }
                            i += 2
                            continue
                        }
                        let (scalar, len) = decode(src, i)
                        let start = Int32(i)
                        i += len
                        switch replacement(scalar) {
                        case .keep:
                            for k in 0..<len { op[o] = src[Int(start) + k]; mp[o] = start; o += 1 }
                        case .drop:
                            continue
                        case .ascii(let a):
                            op[o] = a; mp[o] = start; o += 1
                        }
                    }
                    mp[o] = Int32(n)
                    mapCount = o + 1
                    outCount = o
                }
            }
        }
        return NormalizedText(original: original, bytes: out, map: map)
    }

    enum Replacement { case keep, drop, ascii(UInt8) }

    /// `replacement` over U+0600–U+06FF: 0 keep, 1 drop, else the ASCII byte.
    static let arabicBlock: [UInt8] = (0x600..<0x700).map { s in
        switch replacement(UInt32(s)) {
        case .keep: return 0
        case .drop: return 1
        case .ascii(let a): return a
        }
    }

    @inline(__always)
    static func replacement(_ s: UInt32) -> Replacement {
        switch s {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x02BB, 0x00B4, 0x0060:
            return .ascii(UInt8(ascii: "'"))
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033:
            return .ascii(UInt8(ascii: "\""))
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            return .ascii(UInt8(ascii: "-"))
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return .ascii(UInt8(ascii: " "))
        case 0x2028, 0x2029, 0x0085:
            return .ascii(UInt8(ascii: "\n"))
        case 0x200B...0x200F, 0x2060, 0xFEFF, 0x00AD, 0x202A...0x202E, 0x2066...0x2069:
            return .drop
        case 0x0300...0x036F:  // Latin combining marks: folded away for matching
            return .drop
        case 0x0640, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED:  // tatweel, harakat, Quranic marks
            return .drop
        case 0x060C: return .ascii(UInt8(ascii: ","))
        case 0x061B: return .ascii(UInt8(ascii: ";"))
        case 0x061F: return .ascii(UInt8(ascii: "?"))
        case 0x06D4: return .ascii(UInt8(ascii: "."))
        case 0x066B: return .ascii(UInt8(ascii: "."))  // Arabic decimal separator
        case 0x066C: return .ascii(UInt8(ascii: ","))  // Arabic thousands separator
        case 0x0660...0x0669: return .ascii(UInt8(48 + (s - 0x0660)))
        case 0x06F0...0x06F9: return .ascii(UInt8(48 + (s - 0x06F0)))
        case 0x2026: return .ascii(UInt8(ascii: "."))
        default: return .keep
        }
    }

    /// Decodes one scalar from valid UTF-8 (Swift strings are always valid).
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(b[i])
        if b0 < 0xE0, i + 1 < b.count {
            return (((b0 & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F), 2)
        }
        if b0 < 0xF0, i + 2 < b.count {
            return (((b0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F), 3)
        }
        if i + 3 < b.count {
            return (((b0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12)
                    | ((UInt32(b[i + 2]) & 0x3F) << 6) | (UInt32(b[i + 3]) & 0x3F), 4)
        }
        return (0xFFFD, b.count - i)
    }
}
