/// Arabic proclitics on a folded key: the conjunctions و ف, the prepositions ب ل ك, and the
/// article ال (لل for ل + ال). `variants` lists the keys a word may stand for, longest first,
/// so a dictionary lookup can try each: "والجيش" → "الجيش", "جيش"; "بدير" → "دير".
public enum ArabicClitics {
    static let waw: [UInt8] = [0xD9, 0x88], fa: [UInt8] = [0xD9, 0x81]
    static let ba: [UInt8] = [0xD8, 0xA8], lam: [UInt8] = [0xD9, 0x84], kaf: [UInt8] = [0xD9, 0x83]
    static let al: [UInt8] = [0xD8, 0xA7, 0xD9, 0x84]

    /// The key with its proclitics removed step by step (not including the key itself).
    public static func variants(_ key: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        key.withUnsafeBufferPointer { k in
            visit(k) { offset, article in
                let v = (article ? al : []) + Array(k[offset...])
                if v != key, !out.contains(v) { out.append(v) }
                return false
            }
        }
        return out
    }

    /// The first non-nil `lookup` over the variants of `key`, in the order of `variants`,
    /// without allocating (the hot path of dictionary and gazetteer lookups).
    @inline(__always)
    public static func firstVariant<R>(_ key: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8],
                                       _ lookup: (UnsafeBufferPointer<UInt8>) -> R?) -> R? {
        var found: R? = nil
        visit(key) { offset, article in
            if article {
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: al)
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: key[offset...]))
                found = scratch.withUnsafeBufferPointer(lookup)
            } else {
                found = lookup(UnsafeBufferPointer(rebasing: key[offset...]))
            }
            return found != nil
        }
        return found
    }

    /// Calls `body(offset, withArticle)` for each variant: the key from `offset` on, with ال
    /// put in front when `withArticle` (للجيش → الجيش). Stops when `body` returns true.
    /// A variant may repeat; at least three Arabic letters (six bytes) remain after a proclitic.
    @inline(__always)
    static func visit(_ k: UnsafeBufferPointer<UInt8>, _ body: (Int, Bool) -> Bool) {
        let n = k.count
        @inline(__always) func has(_ off: Int, _ b0: UInt8, _ b1: UInt8) -> Bool {
            n - off >= 8 && k[off] == b0 && k[off + 1] == b1
        }
        @inline(__always) func hasArticle(_ off: Int) -> Bool {
            n - off >= 10 && k[off] == 0xD8 && k[off + 1] == 0xA7 && k[off + 2] == 0xD9 && k[off + 3] == 0x84
        }
        // و ف, then ب ل ك (as the byte pairs of `waw`, `fa`, `ba`, `lam`, `kaf`).
        let lastStem = has(0, 0xD9, 0x88) || has(0, 0xD9, 0x81) ? 2 : 0
        var s = 0
        while s <= lastStem {
            if s != 0, body(s, false) { return }
            for (b0, b1) in [(UInt8(0xD8), UInt8(0xA8)), (0xD9, 0x84), (0xD9, 0x83)] where has(s, b0, b1) {
                let r = s + 2
                if b1 == 0x84, n - r >= 6, k[r] == 0xD9, k[r + 1] == 0x84 {
                    if body(r + 2, true) || body(r + 2, false) { return }
                }
                if body(r, false) { return }
                if hasArticle(r), body(r + 4, false) { return }
            }
            if hasArticle(s), body(s + 4, false) { return }
            s += 2
        }
    }
}
