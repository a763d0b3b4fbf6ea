/// Arabic proclitics on a folded key: the conjunctions و ف, the prepositions ب ل ك, and the
/// article ال (لل for ل + ال). `variants` lists the keys a word may stand for, longest first,
/// so a dictionary lookup can try each: "والجيش" → "الجيش", "جيش"; "بدير" → "دير".
public enum ArabicClitics {
    // The two UTF-8 bytes of each proclitic letter.
    static let waw: (UInt8, UInt8) = (0xD9, 0x88), fa: (UInt8, UInt8) = (0xD9, 0x81)
    static let ba: (UInt8, UInt8) = (0xD8, 0xA8), lam: (UInt8, UInt8) = (0xD9, 0x84), kaf: (UInt8, UInt8) = (0xD9, 0x83)
    static let alif: (UInt8, UInt8) = (0xD8, 0xA7)
    static let al: [UInt8] = [alif.0, alif.1, lam.0, lam.1]

    /// The key with its proclitics removed step by step (not including the key itself).
    public static func variants(_ key: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var scratch: [UInt8] = []
        key.withUnsafeBufferPointer { k in
            forEachVariant(k, scratch: &scratch) { v in
                let v = Array(v)
                if v != key, !out.contains(v) { out.append(v) }
                return false
            }
        }
        return out
    }

    /// The first non-nil `lookup` over the variants of `key`, in the order of `variants`,
    /// without allocating (the hot path of dictionary lookups).
    @inline(__always)
    public static func firstVariant<R>(_ key: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8],
                                       _ lookup: (UnsafeBufferPointer<UInt8>) -> R?) -> R? {
        var found: R? = nil
        forEachVariant(key, scratch: &scratch) { v in
            found = lookup(v)
            return found != nil
        }
        return found
    }

    /// Calls `body` with each variant of `key` in the order of `variants` (a variant may repeat),
    /// until it returns true. A variant with ال put in front (للجيش → الجيش) is built in `scratch`.
    @inline(__always)
    public static func forEachVariant(_ key: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8],
                                      _ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        visit(key) { offset, article in
            guard article else { return body(UnsafeBufferPointer(rebasing: key[offset...])) }
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: al)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: key[offset...]))
            return scratch.withUnsafeBufferPointer(body)
        }
    }

    /// Calls `body(offset, withArticle)` for each variant: the key from `offset` on, with ال
    /// put in front when `withArticle`. Stops when `body` returns true. At least three Arabic
    /// letters (six bytes) remain after a proclitic.
    @inline(__always)
    static func visit(_ k: UnsafeBufferPointer<UInt8>, _ body: (Int, Bool) -> Bool) {
        let n = k.count
        @inline(__always) func has(_ off: Int, _ c: (UInt8, UInt8)) -> Bool {
            n - off >= 8 && k[off] == c.0 && k[off + 1] == c.1
        }
        @inline(__always) func hasArticle(_ off: Int) -> Bool {
            n - off >= 10 && k[off] == alif.0 && k[off + 1] == alif.1 && k[off + 2] == lam.0 && k[off + 3] == lam.1
        }
        let lastStem = has(0, waw) || has(0, fa) ? 2 : 0
        var s = 0
        while s <= lastStem {
            if s != 0, body(s, false) { return }
            for c in [ba, lam, kaf] where has(s, c) {
                let r = s + 2
                if c == lam, n - r >= 6, k[r] == lam.0, k[r + 1] == lam.1 {
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
