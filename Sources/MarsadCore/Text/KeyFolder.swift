/// Folds a token's bytes into a lookup key. Two foldings exist:
/// - `word`: ASCII lower case, Latin diacritics to base letters, Arabic letter folding
///   (alef/hamza forms → ا, ة → ه, ى → ي, ؤ → و, ئ → ي, Persian/Urdu variants → Arabic).
///   Used for actors, triggers, numbers, months and cues.
/// - `place`: the word folding, then a spelling skeleton for Latin script (vowel runs →
///   one class, q → k, ch → sh, ph → f, doubled consonants single, a final h after a
///   vowel dropped, a fused sun-letter article dropped) and, for Arabic, the article ال
///   removed. "Deir ez-Zor", "Dayr az Zawr" and "Deir al-Zour" all fold alike.
/// Both sides of every match (dictionary and text) go through the same function.
public enum KeyFolder {
    /// Appends the word folding of `bytes[start..<end]` to `out`.
    public static func foldWord(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into out: inout [UInt8]) {
        let arabicBlock = KeyFolder.arabicBlock
        var i = start
        while i < end {
            let b = p[i]
            if b < 0x80 {
                out.append(b >= 65 && b <= 90 ? b | 0x20 : b)
                i += 1
                continue
            }
            var scalar: UInt32 = 0
            var len = 1
            if b >= 0xC0 && b < 0xE0, i + 1 < end {
                scalar = ((UInt32(b) & 0x1F) << 6) | (UInt32(p[i + 1]) & 0x3F); len = 2
            } else if b >= 0xE0 && b < 0xF0, i + 2 < end {
                scalar = ((UInt32(b) & 0x0F) << 12) | ((UInt32(p[i + 1]) & 0x3F) << 6) | (UInt32(p[i + 2]) & 0x3F); len = 3
            } else {
                out.append(b); i += 1; continue
            }
            if scalar >= 0x600, scalar < 0x700 {
                // The Arabic block through a table (`foldScalar` precomputed).
                let mapped = arabicBlock[Int(scalar - 0x600)]
                if mapped == keepMark {
                    out.append(p[i]); out.append(p[i + 1])
                } else if mapped != 0 {
                    appendScalar(UInt32(mapped), &out)
                }
            } else if let mapped = foldScalar(scalar) {
                if mapped != 0 { appendScalar(mapped, &out) }
            } else {
                for k in 0..<len { out.append(p[i + k]) }
            }
            i += len
        }
    }

    static let keepMark = UInt16.max
    /// `foldScalar` over U+0600–U+06FF: `keepMark` to keep, 0 to drop, else the replacement.
    static let arabicBlock: [UInt16] = (0x600..<0x700).map { s in foldScalar(UInt32(s)).map { UInt16($0) } ?? keepMark }

    /// The folded replacement of a scalar: nil to keep it, 0 to drop it.
    @inline(__always)
    static func foldScalar(_ s: UInt32) -> UInt32? {
        switch s {
        // Arabic letter folding
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627  // آ أ إ ٱ → ا
        case 0x0629: return 0x0647  // ة → ه
        case 0x0649, 0x06CC, 0x06D2, 0x0626: return 0x064A  // ى ی ے ئ → ي
        case 0x0624: return 0x0648  // ؤ → و
        case 0x0621: return 0  // lone hamza
        case 0x06A9, 0x06AA, 0x06AF: return 0x0643  // ک ڪ گ → ك
        case 0x067E: return 0x0628  // پ → ب
        case 0x0686: return 0x062C  // چ → ج
        case 0x0698: return 0x0632  // ژ → ز
        case 0x06A4: return 0x0641  // ڤ → ف
        case 0x06C1, 0x06D5: return 0x0647  // ہ ە → ه
        // Latin letters with diacritics
        case 0x00C0...0x00C5, 0x00E0...0x00E5, 0x0100...0x0105: return 0x61
        case 0x00C7, 0x00E7, 0x0106...0x010D: return 0x63
        case 0x010E...0x0111, 0x1E0C, 0x1E0D, 0x1E10, 0x1E11: return 0x64
        case 0x00C8...0x00CB, 0x00E8...0x00EB, 0x0112...0x011B: return 0x65
        case 0x011C...0x0123: return 0x67
        case 0x0124...0x0127, 0x1E24, 0x1E25, 0x1E28, 0x1E29, 0x1E2A, 0x1E2B: return 0x68
        case 0x00CC...0x00CF, 0x00EC...0x00EF, 0x0128...0x0131: return 0x69
        case 0x00D1, 0x00F1, 0x0143...0x0148: return 0x6E
        case 0x00D2...0x00D6, 0x00F2...0x00F6, 0x00D8, 0x00F8, 0x014C...0x0151: return 0x6F
        case 0x0154...0x0159: return 0x72
        case 0x015A...0x0161, 0x1E62, 0x1E63, 0x0218, 0x0219: return 0x73
        case 0x0162...0x0167, 0x1E6C, 0x1E6D, 0x021A, 0x021B: return 0x74
        case 0x00D9...0x00DC, 0x00F9...0x00FC, 0x0168...0x0173: return 0x75
        case 0x00DD, 0x00FD, 0x00FF, 0x0176...0x0178: return 0x79
        case 0x0179...0x017E, 0x1E92, 0x1E93: return 0x7A
        case 0x00DF: return 0x73
        case 0x02BF, 0x02BE, 0x02BB, 0x02BC, 0x02C8: return 0  // ʿ ʾ transliteration marks
        default: return nil
        }
    }

    @inline(__always)
    static func appendScalar(_ s: UInt32, _ out: inout [UInt8]) {
        if s < 0x80 {
            out.append(UInt8(s))
        } else if s < 0x800 {
            out.append(UInt8(0xC0 | (s >> 6))); out.append(UInt8(0x80 | (s & 0x3F)))
        } else {
            out.append(UInt8(0xE0 | (s >> 12))); out.append(UInt8(0x80 | ((s >> 6) & 0x3F))); out.append(UInt8(0x80 | (s & 0x3F)))
        }
    }

    /// Appends the place folding of `bytes[start..<end]` to `out`.
    public static func foldPlace(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                                 scratch: inout [UInt8], into out: inout [UInt8]) {
        scratch.removeAll(keepingCapacity: true)
        foldWord(p, start, end, into: &scratch)
        if scratch.first.map({ $0 >= 0x80 }) ?? false {
            // Arabic (or other non-Latin script): drop the article ال when a stem remains.
            if scratch.count >= 8, scratch[0] == 0xD8, scratch[1] == 0xA7, scratch[2] == 0xD9, scratch[3] == 0x84 {
                out.append(contentsOf: scratch[4...])
            } else {
                out.append(contentsOf: scratch)
            }
            return
        }
        skeleton(scratch, into: &out)
    }

    @inline(__always)
    static func isVowel(_ c: UInt8) -> Bool {
        c == 97 || c == 101 || c == 105 || c == 111 || c == 117 || c == 121
    }

    /// The Latin spelling skeleton of a lower-case ASCII word.
    static func skeleton(_ w: [UInt8], into out: inout [UInt8]) {
        var s = 0
        let n = w.count
        // A fused sun-letter article: "ezzor", "assukhnah" → drop the vowel and one consonant.
        if n >= 5, (w[0] == 97 || w[0] == 101), !isVowel(w[1]), w[1] == w[2], w[1] != 108 {
            s = 2
        } else if n >= 6, w[0] == 97, w[1] == 108, !isVowel(w[2]) {
            // Fused "al" before a consonant: "alhasakah" → "hasakah".
            s = 2
        }
        let base = out.count
        var i = s
        var lastWasVowel = false
        while i < n {
            var c = w[i]
            if c == 39 || c == 45 { i += 1; continue }
            if c >= 0x80 { out.append(c); lastWasVowel = false; i += 1; continue }
            // digraphs
            if c == 99, i + 1 < n, w[i + 1] == 104 { c = 36; i += 2 }        // ch → sh ($)
            else if c == 115, i + 1 < n, w[i + 1] == 104 { c = 36; i += 2 }  // sh → $
            else if c == 112, i + 1 < n, w[i + 1] == 104 { c = 102; i += 2 } // ph → f
            else if c == 99, i + 1 < n, w[i + 1] == 107 { c = 107; i += 2 }  // ck → k
            else { i += 1 }
            if c == 113 || c == 99 { c = 107 }  // q, c → k
            if isVowel(c) || (c == 119 && lastWasVowel && (i >= n || !isVowel(w[i]))) {
                if !lastWasVowel { out.append(97) }
                lastWasVowel = true
                continue
            }
            // final h after a vowel
            if c == 104, lastWasVowel, i >= n { continue }
            lastWasVowel = false
            if out.count > base, out[out.count - 1] == c { continue }  // doubled consonant
            out.append(c)
        }
    }
}
