import MarsadCore

/// Why an event is unmatched, read from the pairs left over after matching: a gold and a
/// predicted event that agree on all but one of type, place and date are one error of that
/// kind; a predicted event on the place and date of an incident that was matched is a
/// duplicate of it; the rest are missed (gold) or extra (predicted).
public enum ErrorCause: String, CaseIterable, Sendable {
    case wrongType = "wrong type"
    case wrongPlace = "wrong place"
    case wrongDate = "wrong date"
    case duplicate = "duplicate"
    case missed = "missed"
    case extra = "extra"

    public var explanation: String {
        switch self {
        case .wrongType: "an incident found with another event type (gold and predicted each count once)"
        case .wrongPlace: "an incident found at another place"
        case .wrongDate: "an incident found on an incompatible date"
        case .duplicate: "a second event for an incident that was matched"
        case .missed: "a gold event with nothing like it predicted"
        case .extra: "a predicted event with no gold incident"
        }
    }

    /// Causes for the unmatched gold (index → cause) and unmatched predicted events.
    public static func diagnose(predicted: [Event], gold: [Event], pairs: [(Int, Int)],
                                places: PlaceComparer) -> (gold: [(Int, ErrorCause)], predicted: [(Int, ErrorCause)]) {
        var freeGold = gold.indices.filter { gi in !pairs.contains { $0.1 == gi } }
        var freePredicted = predicted.indices.filter { pi in !pairs.contains { $0.0 == pi } }
        var outGold: [(Int, ErrorCause)] = []
        var outPredicted: [(Int, ErrorCause)] = []
        // Near matches: all but one criterion agree.
        for cause in [ErrorCause.wrongType, .wrongPlace, .wrongDate] {
            for gi in freeGold {
                let g = gold[gi]
                guard let pi = freePredicted.first(where: { pi in
                    let p = predicted[pi]
                    let type = p.eventType == g.eventType, place = places.agree(p, g), date = EventMatcher.datesAgree(p, g)
                    switch cause {
                    case .wrongType: return !type && place && date
                    case .wrongPlace: return type && !place && date
                    default: return type && place && !date
                    }
                }) else { continue }
                outGold.append((gi, cause)); outPredicted.append((pi, cause))
                freeGold.removeAll { $0 == gi }; freePredicted.removeAll { $0 == pi }
            }
        }
        for gi in freeGold { outGold.append((gi, .missed)) }
        // Duplicates: a leftover prediction on the place and date of a matched incident, or of
        // an incident already counted above.
        let counted = pairs.map(\.1) + outGold.filter { $0.1 != .missed }.map(\.0)
        for pi in freePredicted {
            let p = predicted[pi]
            let dup = counted.contains { gi in
                let g = gold[gi]
                return EventMatcher.datesAgree(p, g) && (places.agree(p, g) || p.admin1 == g.admin1 && p.eventType == g.eventType)
            }
            outPredicted.append((pi, dup ? .duplicate : .extra))
        }
        return (outGold, outPredicted)
    }
}
