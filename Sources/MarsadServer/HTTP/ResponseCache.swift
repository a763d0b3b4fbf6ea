import Synchronization

/// Responses of read endpoints, kept until the stored data changes. Entries are tagged with
/// the store's generation (bumped by every write, from any process); the generation is read
/// at most once per `refreshInterval` (so a write by another process shows within it) and
/// at once after a write through this server.
final class ResponseCache: Sendable {
    struct Entry {
        var generation: Int64
        var body: [UInt8]
        var contentType: String
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var generation: Int64 = -1
        var checkedAt: ContinuousClock.Instant?
        var hits = 0
        var misses = 0
    }

    private let state = Mutex(State())
    private let capacity: Int
    private let refreshInterval: Duration

    init(capacity: Int, refreshInterval: Duration = .seconds(1)) {
        self.capacity = capacity
        self.refreshInterval = refreshInterval
    }

    var isEnabled: Bool { capacity > 0 }

    /// The current generation, re-read through `read` when stale.
    func generation(_ read: () throws -> Int64) rethrows -> Int64 {
        let now = ContinuousClock.now
        let cached: Int64? = state.withLock { s in
            if let t = s.checkedAt, now - t < refreshInterval { return s.generation }
            return nil
        }
        if let cached { return cached }
        let g = try read()
        state.withLock { s in
            if g != s.generation { s.entries.removeAll(keepingCapacity: true) }
            s.generation = g
            s.checkedAt = now
        }
        return g
    }

    /// Forgets the generation (after a write through this server).
    func invalidate() {
        state.withLock { s in s.checkedAt = nil }
    }

    func get(_ key: String, generation: Int64) -> Entry? {
        state.withLock { s in
            if let e = s.entries[key], e.generation == generation {
                s.hits += 1
                return e
            }
            s.misses += 1
            return nil
        }
    }

    func put(_ key: String, _ entry: Entry) {
        guard capacity > 0, entry.body.count <= 4 * 1_048_576 else { return }
        state.withLock { s in
            if s.entries.count >= capacity { s.entries.removeAll(keepingCapacity: true) }
            s.entries[key] = entry
        }
    }

    var counts: (hits: Int, misses: Int, entries: Int) {
        state.withLock { s in (s.hits, s.misses, s.entries.count) }
    }
}
