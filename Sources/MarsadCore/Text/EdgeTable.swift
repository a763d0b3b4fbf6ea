/// An open-addressing hash map from 64-bit edge keys (node << 32 | token id) to child
/// nodes, with a multiplicative hash: the trie's inner loop, several times faster than
/// `Dictionary` with its seeded SipHash.
struct EdgeTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var count = 0
    private var mask: Int
    private static let empty = UInt64.max

    init() {
        keys = Array(repeating: EdgeTable.empty, count: 1024)
        values = Array(repeating: -1, count: 1024)
        mask = 1023
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    func get(_ key: UInt64) -> Int32? {
        var i = EdgeTable.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == EdgeTable.empty { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = EdgeTable.slot(key, mask)
        while keys[i] != EdgeTable.empty && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == EdgeTable.empty { count += 1 }
        keys[i] = key
        values[i] = value
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: EdgeTable.empty, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != EdgeTable.empty { set(k, v) }
    }
}
