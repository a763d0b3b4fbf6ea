/// One actor of the actor dictionary: a canonical name, what kind of actor it is, the
/// country it applies to (nil: any) and the dates between which the name is valid.
public struct ActorEntry: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case state, foreign, rebel, militia, unidentified, civilian, protester

        public var isArmed: Bool {
            switch self {
            case .state, .foreign, .rebel, .militia, .unidentified: true
            case .civilian, .protester: false
            }
        }
    }

    public var canonical: String
    public var kind: Kind
    public var country: String?
    public var validFrom: CalendarDay?
    public var validTo: CalendarDay?

    /// The canonical name for an event in `country` (fills `{country}`).
    public func name(in country: String) -> String {
        canonical.replacingOccurrences(of: "{country}", with: country)
    }

    public func isValid(on day: CalendarDay?) -> Bool {
        guard let day else { return true }
        if let validFrom, day < validFrom { return false }
        if let validTo, validTo < day { return false }
        return true
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}

extension Substring {
    func range(of target: String) -> Range<Substring.Index>? {
        let t = Array(target.utf8)
        let u = self.utf8
        guard t.count <= u.count else { return nil }
        var i = u.startIndex
        while i != u.endIndex {
            var j = i, k = 0
            while k < t.count, j != u.endIndex, u[j] == t[k] { j = u.index(after: j); k += 1 }
            if k == t.count { return i..<j }
            i = u.index(after: i)
        }
        return nil
    }
}
