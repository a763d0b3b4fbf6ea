/// A map from token positions (0...count) to values, stored as an array: a layer lookup
/// ("which cue starts at token i?") is an array read, not a hash. Reads outside the range
/// give nil; iteration is in token order.
struct TokenMap<Value>: Sequence {
    private var slots: [Value?]

    /// Positions 0...tokens (a phrase may end after the last token).
    init(tokens: Int) { slots = Array(repeating: nil, count: tokens + 1) }

    subscript(_ i: Int) -> Value? {
        get { i >= 0 && i < slots.count ? slots[i] : nil }
        set {
            if i >= slots.count { slots += Array(repeating: nil, count: i + 1 - slots.count) }
            slots[i] = newValue
        }
    }

    subscript(_ i: Int, default value: @autoclosure () -> Value) -> Value {
        get { self[i] ?? value() }
        set { self[i] = newValue }
    }

    func makeIterator() -> AnyIterator<(key: Int, value: Value)> {
        var k = 0
        let slots = self.slots
        return AnyIterator {
            while k < slots.count {
                defer { k += 1 }
                if let v = slots[k] { return (key: k, value: v) }
            }
            return nil
        }
    }
}

extension TokenMap: Sendable where Value: Sendable {}
