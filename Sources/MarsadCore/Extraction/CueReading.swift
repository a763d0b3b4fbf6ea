/// Reads the cue layer of an article: which cue phrases start at a token, and which end there.
protocol CueReading {
    var doc: Document { get }
    /// start → (first cue of the phrase, end)
    var cueAt: TokenMap<(LexEntry.Cue, Int)> { get }
    /// start → every cue of the phrase, as bits
    var cuesAt: TokenMap<UInt64> { get }
    /// end → the cues of the phrases that end there
    var cueEndingAt: TokenMap<[LexEntry.Cue]> { get }
}

extension CueReading {
    func cue(_ i: Int) -> LexEntry.Cue? { cueAt[i]?.0 }

    /// Does a cue phrase of this kind start at token i?
    func has(_ i: Int, _ c: LexEntry.Cue) -> Bool { (cuesAt[i] ?? 0) & c.bit != 0 }

    /// Is token i preceded (skipping determiners) by a cue of the given kind?
    func precededBy(_ i: Int, _ kinds: Set<LexEntry.Cue>, floor: Int) -> Bool {
        var k = i
        while k > floor, has(k - 1, .filler) { k -= 1 }
        guard let cs = cueEndingAt[k] else { return false }
        return cs.contains { kinds.contains($0) }
    }
}
