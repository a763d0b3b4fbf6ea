/// A trie over token ids. Each phrase is a sequence of vocabulary ids; each terminal
/// node carries the payload indices of the phrases that end there. Matching is
/// leftmost-longest (see `longestMatch`).
public struct PhraseTrie: Sendable {
    private var edges = EdgeTable()
    private var payloads: [[Int32]] = [[]]  // index 0 is the root
    /// The root's children by token id (-1: none): the first step of every match is an
    /// array read instead of a hash probe.
    private var rootChildren: [Int32] = []
    public private(set) var maxDepth = 0

    public init() {}

    public mutating func insert(_ ids: [Int32], payload: Int32) {
        guard !ids.isEmpty else { return }
        var node: Int32 = 0
        for id in ids {
            let key = (UInt64(UInt32(bitPattern: node)) << 32) | UInt64(UInt32(bitPattern: id))
            if let next = edges.get(key) {
                node = next
            } else {
                let next = Int32(payloads.count)
                payloads.append([])
                edges.set(key, next)
                if node == 0 {
                    if Int(id) >= rootChildren.count { rootChildren += Array(repeating: -1, count: Int(id) + 1 - rootChildren.count) }
                    rootChildren[Int(id)] = next
                }
                node = next
            }
        }
        if !payloads[Int(node)].contains(payload) { payloads[Int(node)].append(payload) }
        maxDepth = max(maxDepth, ids.count)
    }

    @inline(__always)
    public func step(_ node: Int32, _ id: Int32) -> Int32? {
        if node == 0 {
            guard id >= 0, Int(id) < rootChildren.count else { return nil }
            let child = rootChildren[Int(id)]
            return child < 0 ? nil : child
        }
        return edges.get((UInt64(UInt32(bitPattern: node)) << 32) | UInt64(UInt32(bitPattern: id)))
    }

    @inline(__always)
    public func payload(_ node: Int32) -> [Int32] { payloads[Int(node)] }
}
