/// Splits normalised bytes into tokens in one pass. Hyphens and apostrophes between
/// word characters do not make tokens; they set a flag on the following token, so
/// "pull-out", "pull out", "al-Tanf" and "al Tanf" tokenise alike.
public enum Tokenizer {
    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    @inline(__always)
    static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || isDigit(b) || isAlpha(b) }

    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5 + 4)
        let n = bytes.count
        var i = 0
        var pending: Token.Flags = []
        var newlines = 0
        bytes.withUnsafeBufferPointer { p in
            while i < n {
                let b = p[i]
                if b == 10 { newlines += 1; i += 1; continue }
                if b == 32 || b == 9 || b == 13 || b == 11 || b == 12 { i += 1; continue }
                if isWordByte(b) {
                    let start = i
                    var allDigits = true
                    var flags = pending
                    if newlines >= 2 { flags.insert(.paragraphBefore) } else if newlines == 1 { flags.insert(.newlineBefore) }
                    newlines = 0
                    pending = []
                    var upper = 0, lower = 0
                    while i < n {
                        let c = p[i]
                        if c >= 0x80 {
                            allDigits = false
                            flags.insert(.nonASCII)
                            if c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB { flags.insert(.arabic) }
                            i += 1
                        } else if isAlpha(c) {
                            allDigits = false
                            if c < 97 { upper += 1 } else { lower += 1 }
                            i += 1
                        } else if isDigit(c) {
                            i += 1
                        } else if allDigits, (c == 44 || c == 46), i + 1 < n, isDigit(p[i + 1]) {
                            // 155,221 and 5.93 stay one number token
                            if c == 44 {
                                var k = i + 1, d = 0
                                while k < n, isDigit(p[k]) { d += 1; k += 1 }
                                if d != 3 { break }
                            }
                            i += 1
                        } else {
                            break
                        }
                    }
                    let first = p[start]
                    if first >= 65 && first <= 90 { flags.insert(.capitalized) }
                    if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
                    tokens.append(Token(start: Int32(start), end: Int32(i),
                                        kind: allDigits ? .number : .word, flags: flags))
                    continue
                }
                // Soft joiners between word characters.
                if (b == 45 || b == 39), i > 0, i + 1 < n, isWordByte(p[i - 1]), isWordByte(p[i + 1]) {
                    pending.insert(b == 45 ? .hyphenBefore : .apostropheBefore)
                    i += 1
                    continue
                }
                var flags: Token.Flags = []
                if newlines >= 2 { flags.insert(.paragraphBefore) } else if newlines == 1 { flags.insert(.newlineBefore) }
                newlines = 0
                pending = []
                tokens.append(Token(start: Int32(i), end: Int32(i + 1), kind: .punct, flags: flags))
                i += 1
            }
        }
        return tokens
    }
}
