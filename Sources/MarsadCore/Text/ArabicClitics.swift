/// Arabic proclitics on a folded key: the conjunctions و ف, the prepositions ب ل ك, and the
/// article ال (لل for ل + ال). `variants` lists the keys a word may stand for, longest first,
/// so a dictionary lookup can try each: "والجيش" → "الجيش", "جيش"; "بدير" → "دير".
public enum ArabicClitics {
    static let waw: [UInt8] = [0xD9, 0x88], fa: [UInt8] = [0xD9, 0x81]
    static let ba: [UInt8] = [0xD8, 0xA8], lam: [UInt8] = [0xD9, 0x84], kaf: [UInt8] = [0xD9, 0x83]
    static let al: [UInt8] = [0xD8, 0xA7, 0xD9, 0x84]

    /// At least three Arabic letters (six bytes, a root) must remain after a proclitic.
    static func has(_ k: [UInt8], _ prefix: [UInt8]) -> Bool {
        k.count >= prefix.count + 6 && k.starts(with: prefix)
    }

    /// The key with its proclitics removed step by step (not including the key itself).
    public static func variants(_ key: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        func add(_ k: [UInt8]) { if k != key, !out.contains(k) { out.append(k) } }
        var stems = [key]
        if has(key, waw) || has(key, fa) { stems.append(Array(key.dropFirst(2))) }
        for s in stems {
            add(s)
            for c in [ba, lam, kaf] where has(s, c) {
                let rest = Array(s.dropFirst(2))
                if c == lam, rest.starts(with: lam), rest.count >= 6 {
                    add(al + Array(rest.dropFirst(2)))  // للجيش → الجيش
                    add(Array(rest.dropFirst(2)))
                }
                add(rest)
                if has(rest, al) { add(Array(rest.dropFirst(4))) }
            }
            if has(s, al) { add(Array(s.dropFirst(4))) }
        }
        return out
    }
}
