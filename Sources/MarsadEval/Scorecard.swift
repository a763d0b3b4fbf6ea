import MarsadCore

/// Event precision/recall/F1 overall and per event type, and field accuracy over
/// matched pairs.
public struct Scorecard: Codable, Sendable {
    public struct Counts: Codable, Sendable {
        public var truePositives = 0
        public var predicted = 0
        public var gold = 0
        public var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
        public var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        enum CodingKeys: String, CodingKey { case truePositives = "true_positives", predicted, gold, precision, recall, f1 }
        public init() {}
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            truePositives = try c.decode(Int.self, forKey: .truePositives)
            predicted = try c.decode(Int.self, forKey: .predicted)
            gold = try c.decode(Int.self, forKey: .gold)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(truePositives, forKey: .truePositives)
            try c.encode(predicted, forKey: .predicted)
            try c.encode(gold, forKey: .gold)
            try c.encode(precision, forKey: .precision)
            try c.encode(recall, forKey: .recall)
            try c.encode(f1, forKey: .f1)
        }
    }

    public struct Field: Codable, Sendable {
        public var correct = 0
        public var total = 0
        public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
        enum CodingKeys: String, CodingKey { case correct, total, accuracy }
        public init() {}
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            correct = try c.decode(Int.self, forKey: .correct)
            total = try c.decode(Int.self, forKey: .total)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(correct, forKey: .correct)
            try c.encode(total, forKey: .total)
            try c.encode(accuracy, forKey: .accuracy)
        }
    }

    public var articles = 0
    public var overall = Counts()
    public var byType: [String: Counts] = [:]
    public var fields: [String: Field] = [:]
    /// Per article: gold events missed and predicted events unmatched (for reading errors).
    public var misses: [String] = []
    /// Unmatched events by cause (`ErrorCause`): where the loss is.
    public var causes: [String: Int] = [:]
    /// Events per article language ("en", "ar"; "?" when the article does not say).
    public var byLanguage: [String: Counts] = [:]
    /// How places are compared (by gazetteer entry and distance when a gazetteer is given).
    public var places: PlaceComparer = .spelling

    enum CodingKeys: String, CodingKey { case articles, overall, byType = "by_type", fields, misses, causes, byLanguage = "by_language" }

    public init(places: PlaceComparer = .spelling) { self.places = places }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        articles = try c.decode(Int.self, forKey: .articles)
        overall = try c.decode(Counts.self, forKey: .overall)
        byType = try c.decode([String: Counts].self, forKey: .byType)
        fields = try c.decode([String: Field].self, forKey: .fields)
        misses = try c.decode([String].self, forKey: .misses)
        causes = try c.decodeIfPresent([String: Int].self, forKey: .causes) ?? [:]
        byLanguage = try c.decodeIfPresent([String: Counts].self, forKey: .byLanguage) ?? [:]
    }

    public mutating func add(articleID: String, language: String? = nil, predicted: [Event], gold: [Event]) {
        articles += 1
        let pairs = EventMatcher.pair(predicted: predicted, gold: gold, places: places)
        if let language {
            byLanguage[language, default: Counts()].predicted += predicted.count
            byLanguage[language, default: Counts()].gold += gold.count
            byLanguage[language, default: Counts()].truePositives += pairs.count
        }
        overall.predicted += predicted.count
        overall.gold += gold.count
        overall.truePositives += pairs.count
        for p in predicted { byType[p.eventType, default: Counts()].predicted += 1 }
        for g in gold { byType[g.eventType, default: Counts()].gold += 1 }
        for (_, gi) in pairs { byType[gold[gi].eventType, default: Counts()].truePositives += 1 }
        for (pi, gi) in pairs {
            let p = predicted[pi], g = gold[gi]
            func check(_ name: String, _ ok: Bool, _ got: String? = nil, _ want: String? = nil) {
                fields[name, default: Field()].total += 1
                if ok { fields[name, default: Field()].correct += 1 } else if got != nil || want != nil {
                    misses.append("\(articleID): \(name) \(got ?? "—") (gold \(want ?? "—"))")
                }
            }
            check("sub_event_type", p.subEventType == g.subEventType, p.subEventType, g.subEventType)
            check("actor1", p.actor1 == g.actor1, p.actor1, g.actor1)
            check("actor2", p.actor2 == g.actor2, p.actor2, g.actor2)
            check("location", places.sameLocation(p, g), p.location, g.location)
            check("admin1", p.admin1 == g.admin1)
            check("date", p.date == g.date && p.datePrecision == g.datePrecision)
            check("fatalities", p.fatalities == g.fatalities, String(p.fatalities), String(g.fatalities))
        }
        let diagnosis = ErrorCause.diagnose(predicted: predicted, gold: gold, pairs: pairs, places: places)
        for (gi, cause) in diagnosis.gold {
            let g = gold[gi]
            causes[cause.rawValue, default: 0] += 1
            misses.append("\(articleID): \(cause.rawValue): gold \(g.eventType) / \(g.subEventType) at \(g.location ?? g.admin1 ?? "?") \(g.date)")
        }
        for (pi, cause) in diagnosis.predicted {
            let p = predicted[pi]
            causes[cause.rawValue, default: 0] += 1
            misses.append("\(articleID): \(cause.rawValue): predicted \(p.eventType) / \(p.subEventType) at \(p.location ?? p.admin1 ?? "?") \(p.date)")
        }
    }

    public var report: String {
        var lines: [String] = []
        lines.append("articles \(articles)   gold events \(overall.gold)   predicted \(overall.predicted)   matched \(overall.truePositives)")
        lines.append("events   P \(fmt(overall.precision))  R \(fmt(overall.recall))  F1 \(fmt(overall.f1))")
        if byLanguage.count > 1 {
            lines.append("by language:")
            for (l, c) in byLanguage.sorted(by: { $0.key < $1.key }) {
                lines.append("  \(l.rightPad(30)) P \(fmt(c.precision))  R \(fmt(c.recall))  F1 \(fmt(c.f1))   (gold \(c.gold), predicted \(c.predicted), matched \(c.truePositives))")
            }
        }
        lines.append("by type:")
        for (t, c) in byType.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(t.rightPad(30)) P \(fmt(c.precision))  R \(fmt(c.recall))  F1 \(fmt(c.f1))   (gold \(c.gold), predicted \(c.predicted), matched \(c.truePositives))")
        }
        if !causes.isEmpty {
            lines.append("unmatched events by cause:")
            for cause in ErrorCause.allCases where causes[cause.rawValue] != nil {
                lines.append("  \(cause.rawValue.rightPad(16)) \(causes[cause.rawValue]!)   \(cause.explanation)")
            }
        }
        lines.append("field accuracy over matched pairs:")
        for (f, v) in fields.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(f.rightPad(16)) \(fmt(v.accuracy))  (\(v.correct)/\(v.total))")
        }
        return lines.joined(separator: "\n")
    }
}

func fmt(_ x: Double) -> String {
    let v = Int((x * 1000).rounded())
    let s = String(v / 1000) + "." + String(repeating: "0", count: 3 - String(v % 1000).count) + String(v % 1000)
    return s
}

extension String {
    func rightPad(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
