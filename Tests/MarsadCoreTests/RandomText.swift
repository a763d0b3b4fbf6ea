/// A small deterministic generator (SplitMix64) so property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random text for property tests: words from the domain, Arabic, punctuation, digits,
/// combining marks, quotes, emoji and control characters, in random order.
enum RandomText {
    static let pieces: [String] = [
        "ISIS", "killed", "at least", "25", "people", "in", "Deir ez-Zor", "on", "Sunday", ".", ",", "\n", "\n\n",
        "air strike", "near", "al-Shahil", "US forces", "struck", "Palmyra", "last week", "December", "2024-05-21",
        "قتل", "داعش", "في", "دير الزور", "١٢", "٣", "ـ", "َ", "\u{301}", "é", "“", "”", "–", "'", "-", "(", ")",
        "🙂", "\u{200B}", "\u{FEFF}", "\t", "\u{0000}", "Mr.", "U.S.", "twenty-five", "dozens of", "wounded",
        "denied", "could", "the", "a", "and", "Iraq", "Mosul", "roadside bomb", "abducted", "protesters", "5,812",
    ]

    static func mixed(_ rng: inout SeededGenerator, length: Int) -> String {
        var s = ""
        for _ in 0..<length {
            if Int.random(in: 0..<10, using: &rng) == 0 {
                // an arbitrary scalar
                let v = UInt32.random(in: 0..<0x3000, using: &rng)
                if let u = Unicode.Scalar(v) { s.unicodeScalars.append(u) }
            } else {
                s += pieces[Int.random(in: 0..<pieces.count, using: &rng)]
            }
            if Bool.random(using: &rng) { s += " " }
        }
        return s
    }

    /// Arbitrary bytes decoded leniently: whatever UTF-8 a file may hold, repaired.
    static func bytes(_ rng: inout SeededGenerator, length: Int) -> String {
        var b: [UInt8] = []
        b.reserveCapacity(length)
        for _ in 0..<length { b.append(UInt8.random(in: 0...255, using: &rng)) }
        return String(decoding: b, as: UTF8.self)
    }
}
