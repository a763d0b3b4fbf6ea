/// An interning table from folded byte keys to dense ids, with open addressing over a
/// flat byte arena. Lookups hash the caller's bytes in place: no allocation per token.
public struct Vocabulary: Sendable {
    private var slots: [Int32]          // -1 empty, else id
    private var hashes: [UInt64]        // hash per id
    private var offsets: [Int32] = [0]  // arena offsets per id (count + 1)
    private var arena: [UInt8] = []
    private var mask: Int

    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        hashes = []
        mask = size - 1
    }

    public var count: Int { hashes.count }

    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in p { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    public func id(of key: [UInt8]) -> Int32? {
        key.withUnsafeBufferPointer { id(of: $0) }
    }

    public func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let h = Vocabulary.hash(key)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let v = slots[slot]
            if v < 0 { return nil }
            if hashes[Int(v)] == h, equal(Int(v), key) { return v }
            slot = (slot + 1) & mask
        }
    }

    /// The id of ASCII bytes `p[start..<end]` lower-cased (A–Z → a–z), read in place.
    @inline(__always)
    public func idLowercased(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32? {
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in start..<end { h = (h ^ UInt64(lower(p[k]))) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 29
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let v = slots[slot]
            if v < 0 { return nil }
            if hashes[Int(v)] == h {
                let s = Int(offsets[Int(v)]), e = Int(offsets[Int(v) + 1])
                if e - s == end - start {
                    var k = 0
                    while k < e - s, arena[s + k] == lower(p[start + k]) { k += 1 }
                    if k == e - s { return v }
                }
            }
            slot = (slot + 1) & mask
        }
    }

    private func equal(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(offsets[id]), e = Int(offsets[id + 1])
        guard e - s == key.count else { return false }
        var k = 0
        while k < key.count { if arena[s + k] != key[k] { return false }; k += 1 }
        return true
    }

    @discardableResult
    public mutating func intern(_ key: [UInt8]) -> Int32 {
        if let v = id(of: key) { return v }
        if (hashes.count + 1) * 2 > slots.count { grow() }
        let newID = Int32(hashes.count)
        let h = key.withUnsafeBufferPointer { Vocabulary.hash($0) }
        hashes.append(h)
        arena.append(contentsOf: key)
        offsets.append(Int32(arena.count))
        insert(newID, hash: h)
        return newID
    }

    public func key(_ id: Int32) -> [UInt8] {
        Array(arena[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])])
    }

    private mutating func insert(_ id: Int32, hash h: UInt64) {
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for (i, h) in hashes.enumerated() { insert(Int32(i), hash: h) }
    }
}
