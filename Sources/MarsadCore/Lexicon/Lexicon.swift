/// Every word list Marsad knows — actors, triggers, numbers, dates, cues — compiled into
/// one token trie so that an article is walked once. Built from data files; holds no
/// I/O and no global state.
public struct Lexicon: Sendable {
    public private(set) var vocabulary = Vocabulary(capacity: 4096)
    private var trie = PhraseTrie()
    public private(set) var entries: [LexEntry] = []
    public private(set) var actors: [ActorEntry] = []
    public private(set) var triggers: [TriggerEntry] = []
    public private(set) var rules: [TypeRule] = []
    public private(set) var taxonomy: Set<String> = []  // "type|sub-type"
    /// (event type, sub-event type) in the order of taxonomy.tsv.
    public private(set) var taxonomyPairs: [(String, String)] = []
    /// The event types that count as attacks (taxonomy.tsv's third column), in file order.
    public private(set) var attackTypes: [String] = []
    public private(set) var eventTypes: Set<String> = []
    /// Folded prepositions fused to the front of a place name that make it a location, as a
    /// locative cue before it does ("ب", "وب": "بتركيا" = "in Turkey"). From cues.tsv.
    public private(set) var locativePrefixes: [[UInt8]] = []
    private var abbreviations: Set<Int32> = []
    /// Trigger classes that say only that someone was hurt (type_rules.tsv "generic" line).
    public private(set) var genericClasses: Set<String> = []
    /// Trigger classes that say someone died (type_rules.tsv "lethal" line): with no count in
    /// the text, the event has at least one death.
    public private(set) var lethalClasses: Set<String> = []
    /// Suffixes of ordinal day numbers ("21st"), from dates.tsv.
    public private(set) var ordinalSuffixes: [String] = []
    /// File name → version, for provenance.
    public private(set) var versions: [String: String] = [:]

    /// Builds the lexicon from the data files, keyed by file name (e.g. "actors.tsv").
    public init(files: [String: String]) throws {
        func file(_ name: String, columns: Int) throws -> DataFile {
            guard let text = files[name] else { throw KnowledgeError.missingFile(name) }
            let f = try DataFile(name: name, text: text, minimumColumns: columns)
            versions[name] = f.version
            return f
        }
        /// The rows of a kind of file: the base file, then its language files ("ar/triggers.tsv").
        func rows(_ name: String, columns: Int) throws -> [(String, DataFile.Row)] {
            var out = try file(name, columns: columns).rows.map { (name, $0) }
            for other in files.keys.sorted() where other.hasSuffix("/" + name) {
                out += try file(other, columns: columns).rows.map { (other, $0) }
            }
            return out
        }

        let tax = try file("taxonomy.tsv", columns: 2)
        for row in tax.rows {
            taxonomy.insert(row[0] + "|" + row[1])
            taxonomyPairs.append((row[0], row[1]))
            if row.fields.count > 2, row[2] == "yes", !attackTypes.contains(row[0]) { attackTypes.append(row[0]) }
            eventTypes.insert(row[0])
        }

        for (fileName, row) in try rows("actors.tsv", columns: 6) {
            guard let kind = ActorEntry.Kind(rawValue: row[1]) else {
                throw KnowledgeError.unknownName(file: fileName, line: row.line, name: row[1], expected: "actor kind")
            }
            func day(_ s: String, _ what: String) throws -> CalendarDay? {
                if s.isEmpty { return nil }
                guard let d = CalendarDay(iso: s) else {
                    throw KnowledgeError.malformedLine(file: fileName, line: row.line, reason: "\(what) '\(s)' is not YYYY-MM-DD")
                }
                return d
            }
            let actor = ActorEntry(canonical: row[0], kind: kind, country: row[2] == "*" ? nil : row[2],
                                   validFrom: try day(row[3], "valid_from"), validTo: try day(row[4], "valid_to"))
            // A language file lists more aliases of an actor already defined: same entry.
            let index = actors.firstIndex(of: actor) ?? actors.count
            if index == actors.count { actors.append(actor) }
            for alias in row[5].split(separator: "|") {
                let a = String(alias)
                let caps = a.utf8.count <= 4 && Lexicon.isCapitals(a)
                add(a, LexEntry(category: .actor, value: index, requiresCaps: caps))
            }
            add(row[0].replacingOccurrences(of: " ({country})", with: ""), LexEntry(category: .actor, value: index))
        }

        for (fileName, row) in try rows("triggers.tsv", columns: 3) {
            guard let w = Double(row[2]) else {
                throw KnowledgeError.malformedLine(file: fileName, line: row.line, reason: "weight '\(row[2])' is not a number")
            }
            guard let order = TriggerEntry.Order(rawValue: row[3].isEmpty ? "svo" : row[3]) else {
                throw KnowledgeError.unknownName(file: fileName, line: row.line, name: row[3], expected: "word order (svo, vso, nominal)")
            }
            let index = triggers.count
            triggers.append(TriggerEntry(phrase: row[0], triggerClass: row[1], weight: w, order: order))
            let caps = Lexicon.isCapitals(row[0])
            add(row[0], LexEntry(category: .trigger, value: index, requiresCaps: caps))
        }
        let classes = Set(triggers.map(\.triggerClass))

        for (fileName, row) in try rows("type_rules.tsv", columns: 2) where row[0] == "generic" {
            for c in row.fields.dropFirst() where !c.isEmpty {
                guard classes.contains(c) else {
                    throw KnowledgeError.unknownName(file: fileName, line: row.line, name: c, expected: "trigger class")
                }
                genericClasses.insert(c)
            }
        }
        for (fileName, row) in try rows("type_rules.tsv", columns: 2) where row[0] == "lethal" {
            for c in row.fields.dropFirst() where !c.isEmpty {
                guard classes.contains(c) else {
                    throw KnowledgeError.unknownName(file: fileName, line: row.line, name: c, expected: "trigger class")
                }
                lethalClasses.insert(c)
            }
        }
        for (fileName, row) in try rows("type_rules.tsv", columns: 5) where row[0] != "generic" && row[0] != "lethal" {
            guard taxonomy.contains(row[3] + "|" + row[4]) else {
                throw KnowledgeError.unknownName(file: fileName, line: row.line, name: row[3] + " / " + row[4], expected: "event type")
            }
            let cls = row[0].split(separator: "&").map(String.init)
            for c in cls where !classes.contains(c) {
                throw KnowledgeError.unknownName(file: fileName, line: row.line, name: c, expected: "trigger class")
            }
            rules.append(TypeRule(classes: cls, actor1: .init(row[1]), actor2: .init(row[2]),
                                  eventType: row[3], subEventType: row[4], line: row.line))
        }

        for (fileName, row) in try rows("numbers.tsv", columns: 3) {
            guard let v = Int(row[1]), let k = LexEntry.NumberKind(rawValue: row[2]) else {
                throw KnowledgeError.malformedLine(file: fileName, line: row.line, reason: "need an integer value and a kind")
            }
            add(row[0], LexEntry(category: .number, value: v, numberKind: k))
        }
        for (fileName, row) in try rows("quantifiers.tsv", columns: 2) {
            guard let b = LexEntry.Bound(rawValue: row[1]) else {
                throw KnowledgeError.unknownName(file: fileName, line: row.line, name: row[1], expected: "bound")
            }
            add(row[0], LexEntry(category: .quantifier, value: 0, bound: b))
        }
        for (fileName, row) in try rows("dates.tsv", columns: 3) {
            guard let k = LexEntry.DateKind(rawValue: row[1]), let v = Int(row[2]) else {
                throw KnowledgeError.malformedLine(file: fileName, line: row.line, reason: "need a known kind and an integer value")
            }
            if k == .ordinalSuffix { ordinalSuffixes.append(row[0]); continue }
            let named = k == .month || k == .weekday
            let latin = row[0].utf8.first.map { $0 < 0x80 } ?? true
            add(row[0], LexEntry(category: .date, value: v, dateKind: k, requiresCapital: named && latin))
        }
        for (fileName, row) in try rows("cues.tsv", columns: 2) {
            guard let c = LexEntry.Cue(rawValue: row[1]) else {
                throw KnowledgeError.unknownName(file: fileName, line: row.line, name: row[1], expected: "cue")
            }
            if c == .locativePrefix {
                var folded: [UInt8] = []
                Array(row[0].utf8).withUnsafeBufferPointer { KeyFolder.foldWord($0, 0, $0.count, into: &folded) }
                locativePrefixes.append(folded)
                continue
            }
            add(row[0], LexEntry(category: .cue, value: 0, cue: c))
        }
        for (fileName, row) in try rows("abbreviations.tsv", columns: 1) {
            let keys = Lexicon.phraseKeys(row[0])
            if keys.count == 1 { abbreviations.insert(vocabulary.intern(keys[0])) }
        }
    }

    /// Written in Latin capitals ("US", "IED"): such a phrase only matches capitals.
    static func isCapitals(_ s: String) -> Bool {
        s.utf8.contains { $0 >= 65 && $0 <= 90 } && !s.utf8.contains { $0 >= 97 && $0 <= 122 }
    }

    /// The folded token keys of a phrase, tokenised exactly as article text is.
    static func phraseKeys(_ phrase: String) -> [[UInt8]] {
        let norm = TextNormalizer.normalize(phrase)
        let toks = Tokenizer.tokenize(norm.bytes)
        var keys: [[UInt8]] = []
        norm.bytes.withUnsafeBufferPointer { p in
            for t in toks {
                var k: [UInt8] = []
                KeyFolder.foldWord(p, Int(t.start), Int(t.end), into: &k)
                keys.append(k)
            }
        }
        return keys
    }

    private mutating func add(_ phrase: String, _ entry: LexEntry) {
        let keys = Lexicon.phraseKeys(phrase)
        guard !keys.isEmpty else { return }
        let ids = keys.map { vocabulary.intern($0) }
        let index = Int32(entries.count)
        entries.append(entry)
        trie.insert(ids, payload: index)
    }

    /// The vocabulary id of each token (-1 when the token is in no phrase).
    public func tokenIDs(_ text: NormalizedText, _ tokens: [Token]) -> [Int32] {
        var ids = [Int32](repeating: -1, count: tokens.count)
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        var variant: [UInt8] = []
        variant.reserveCapacity(64)
        text.bytes.withUnsafeBufferPointer { p in
            for (i, t) in tokens.enumerated() {
                let len = Int(t.end - t.start)
                if len > 40 { continue }
                if t.flags.contains(.nonASCII) {
                    scratch.removeAll(keepingCapacity: true)
                    KeyFolder.foldWord(p, Int(t.start), Int(t.end), into: &scratch)
                    ids[i] = scratch.withUnsafeBufferPointer { vocabulary.id(of: $0) } ?? -1
                    // Arabic: a word with proclitics ("والجيش", "بقصف", "لداعش") looks up its stem.
                    if ids[i] < 0, t.flags.contains(.arabic) {
                        ids[i] = scratch.withUnsafeBufferPointer { key in
                            ArabicClitics.firstVariant(key, scratch: &variant) { vocabulary.id(of: $0) }
                        } ?? -1
                    }
                } else {
                    // ASCII fast path: looked up lower-cased in place, without a copy.
                    ids[i] = vocabulary.idLowercased(p, Int(t.start), Int(t.end)) ?? -1
                }
            }
        }
        return ids
    }

    public func isAbbreviation(_ id: Int32) -> Bool { abbreviations.contains(id) }

    /// Capitalisation constraints of an entry, checked on the first token of its match.
    @inline(__always)
    private func accepts(_ entry: LexEntry, _ first: Token) -> Bool {
        if entry.requiresCaps, !(first.flags.contains(.allCaps) || (first.end - first.start == 1 && first.flags.contains(.capitalized))) { return false }
        if entry.requiresCapital, !first.flags.contains(.capitalized) { return false }
        return true
    }

    /// Leftmost-longest matches, resolved separately per category: per category, the longest
    /// match at each start, unless an earlier kept match of that category covers the start.
    /// One pass in token order; the output is ordered by (start, category).
    /// Quotation marks inside a phrase are skipped (`مسلحي "داعش"`, `the "Islamic State"`);
    /// `bytes` is the normalised text the tokens index.
    public func match(_ tokens: [Token], ids: [Int32], bytes: [UInt8]) -> [LexMatch] {
        let categories = LexEntry.Category.allCases.count
        var out: [LexMatch] = []
        var coveredTo = [Int](repeating: -1, count: categories)
        var longest = [LexMatch?](repeating: nil, count: categories)
        let n = tokens.count
        for i in 0..<n where ids[i] >= 0 {
            guard var node = trie.step(0, ids[i]) else { continue }
            var found = false
            var j = i + 1
            while true {
                let payload = trie.payload(node)
                if !payload.isEmpty {
                    if payload.count == 1 {
                        // The match shares the trie's payload array: no allocation.
                        let entry = entries[Int(payload[0])]
                        let c = Int(entry.category.rawValue)
                        if i >= coveredTo[c], accepts(entry, tokens[i]) {
                            longest[c] = LexMatch(start: i, end: j, category: entry.category, entries: payload)
                            found = true
                        }
                    } else {
                        var groups: [(LexEntry.Category, [Int32])] = []
                        for e in payload {
                            let entry = entries[Int(e)]
                            guard i >= coveredTo[Int(entry.category.rawValue)], accepts(entry, tokens[i]) else { continue }
                            if let k = groups.firstIndex(where: { $0.0 == entry.category }) {
                                groups[k].1.append(e)
                            } else {
                                groups.append((entry.category, [e]))
                            }
                        }
                        for (c, es) in groups { longest[Int(c.rawValue)] = LexMatch(start: i, end: j, category: c, entries: es) }
                        if !groups.isEmpty { found = true }
                    }
                }
                if j + 1 < n, ids[j] < 0, tokens[j].kind == .punct, bytes[Int(tokens[j].start)] == 34,
                   ids[j + 1] >= 0, let next = trie.step(node, ids[j + 1]) {
                    node = next
                    j += 2
                    continue
                }
                guard j < n, ids[j] >= 0, let next = trie.step(node, ids[j]) else { break }
                node = next
                j += 1
            }
            guard found else { continue }
            for c in 0..<categories {
                if let m = longest[c] {
                    out.append(m)
                    coveredTo[c] = m.end
                    longest[c] = nil
                }
            }
        }
        return out
    }
}
