/// The compiled gazetteer (see `GazetteerCompiler`) with a token-trie matcher over
/// folded place names in English and Arabic. Pure: built from the resource's text.
public struct Gazetteer: Sendable {
    public private(set) var places: [Place] = []
    /// "country|admin1" → the governorate entry.
    private var governorates: [String: Int32] = [:]
    /// "country|admin1" → the folded Arabic name keys of its towns and villages (for `nearMiss`).
    private var arabicSettlementKeys: [String: [(Int32, [Unicode.Scalar])]] = [:]
    public let version: String
    private var vocabulary = Vocabulary(capacity: 65_536)
    private var trie = PhraseTrie()
    /// Lower-case exact spellings (articles removed) → places, to prefer exact matches.
    private var exactNames: [String: [Int32]] = [:]
    /// Folded keys of articles ("al", "el", "ad" …) that are skipped inside names.
    private var articleIDs: Set<Int32> = []
    private var articleWords: Set<String> = []
    /// The short (≤ 3-byte) article words packed into integers, for the per-token check.
    private var shortArticleWords: [UInt32] = []
    /// Lower-case words that never match a place on their own (common English words).
    private var stopWords: Set<String> = []
    /// Words that name a place but are also ordinary words ("الثورة" the revolution / Tabqa,
    /// "باب" a door / al-Bab): alone they count only with a place context, however big the place.
    private var contextWords: Set<String> = []
    private var byID: [String: Int32] = [:]

    /// - Parameter settings: `settings.tsv` (place id → urban/rural/desert) overriding the
    ///   default setting of each kind of place.
    public init(resource: String, articles: String, stopList: String, settings: String = "") throws {
        let file = try DataFile(name: "gazetteer.tsv", text: resource, minimumColumns: 13)
        version = file.version
        articleWords = try Gazetteer.articleWords(articles)
        shortArticleWords = articleWords.compactMap { w in w.utf8.count <= 3 ? Gazetteer.packShort(Array(w.utf8)) : nil }
        for row in try DataFile(name: "stoplist.tsv", text: stopList).rows {
            // Folded as text words are (Arabic ة → ه, article dropped) so both sides compare alike.
            var w: [UInt8] = []
            Array(row[0].utf8).withUnsafeBufferPointer { KeyFolder.foldWord($0, 0, $0.count, into: &w) }
            let word = Gazetteer.stripArabicArticle(String(decoding: w, as: UTF8.self))
            // A second column is "context" or a comment ("# 136270× in the corpus …").
            switch row.fields.count > 1 && !row[1].hasPrefix("#") ? row[1] : "" {
            case "": stopWords.insert(word)
            case "context": contextWords.insert(word)
            default:
                throw KnowledgeError.unknownName(file: "stoplist.tsv", line: row.line, name: row[1], expected: "'context', a '#' comment or nothing")
            }
        }
        places.reserveCapacity(file.rows.count)
        for word in articleWords {
            var key: [UInt8] = []
            var scratch: [UInt8] = []
            let bytes = Array(word.utf8)
            bytes.withUnsafeBufferPointer { KeyFolder.foldPlace($0, 0, $0.count, scratch: &scratch, into: &key) }
            articleIDs.insert(vocabulary.intern(key))
        }
        for row in file.rows {
            guard let kind = Place.Kind(rawValue: row[1]) else {
                throw KnowledgeError.unknownName(file: "gazetteer.tsv", line: row.line, name: row[1], expected: "place kind")
            }
            let place = Place(id: row[0], kind: kind, country: row[2], name: row[3], nameAR: row[4],
                              admin1: row[6], admin2: row[7], admin3: row[8],
                              latitude: Double(row[9]), longitude: Double(row[10]),
                              coordinatesAreCentroid: row[11] == "centroid", population: Int(row[12]) ?? 0,
                              setting: Setting.default(for: kind))
            let index = Int32(places.count)
            places.append(place)
            byID[place.id] = index
            if row.fields.count > 13, !row[13].isEmpty {
                // Keys precomputed by the compiler: "k1 k2~exact words|…".
                for entry in row[13].utf8.split(separator: UInt8(ascii: "|")) {
                    guard let tilde = entry.firstIndex(of: UInt8(ascii: "~")) else { continue }
                    let keys = entry[..<tilde].split(separator: UInt8(ascii: " ")).map { Array($0) }
                    addKeys(keys, exact: String(decoding: entry[entry.index(after: tilde)...], as: UTF8.self), index)
                }
            } else {
                for name in Gazetteer.names(of: row.fields) { addName(name, index) }
            }
        }
        try applySettings(settings)
        for (k, p) in places.enumerated() {
            let area = p.country + "|" + p.admin1
            if p.kind == .governorate { governorates[area] = Int32(k) }
            guard p.kind == .community || p.kind == .city, !p.nameAR.isEmpty else { continue }
            for key in Gazetteer.nameKeys(p.nameAR, articleWords: articleWords).0 {
                arabicSettlementKeys[area, default: []].append((Int32(k), Array(String(decoding: key, as: UTF8.self).unicodeScalars)))
            }
        }
    }

    private mutating func applySettings(_ text: String) throws {
        guard !text.isEmpty else { return }
        for row in try DataFile(name: "settings.tsv", text: text, minimumColumns: 2).rows {
            guard let index = byID[row[0]] else {
                throw KnowledgeError.unknownName(file: "settings.tsv", line: row.line, name: row[0], expected: "gazetteer place id")
            }
            guard let setting = Setting(rawValue: row[1]) else {
                throw KnowledgeError.unknownName(file: "settings.tsv", line: row.line, name: row[1], expected: "urban, rural or desert")
            }
            places[Int(index)].setting = setting
        }
    }

    static func names(of fields: [String]) -> [String] {
        var names = [fields[3]]
        if fields.count > 4, !fields[4].isEmpty { names.append(fields[4]) }
        if fields.count > 5 { names += fields[5].split(separator: "|").map(String.init) }
        return names
    }

    private mutating func addName(_ name: String, _ index: Int32) {
        let (keys, exact) = Gazetteer.nameKeys(name, articleWords: articleWords)
        addKeys(keys, exact: exact, index)
    }

    private mutating func addKeys(_ keys: [[UInt8]], exact: String, _ index: Int32) {
        guard !keys.isEmpty else { return }
        let ids = keys.map { vocabulary.intern($0) }
        trie.insert(ids, payload: index)
        exactNames[exact, default: []].append(index)
    }

    /// The matcher's keys of every name of a place, as the compiler stores them:
    /// "k1 k2~exact words" joined by "|".
    public static func keyColumn(_ fields: [String], articleWords: Set<String>) -> String {
        var seen = Set<String>()
        var out: [String] = []
        for name in names(of: fields) {
            let (keys, exact) = nameKeys(name, articleWords: articleWords)
            guard !keys.isEmpty else { continue }
            let entry = keys.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ") + "~" + exact
            if entry.contains("|") || entry.contains("\t") { continue }
            if seen.insert(entry).inserted { out.append(entry) }
        }
        return out.joined(separator: "|")
    }

    public static func articleWords(_ articles: String) throws -> Set<String> {
        Set(try DataFile(name: "place_articles.tsv", text: articles).rows.map { $0[0].lowercased() })
    }

    /// The folded place keys of a name (articles dropped) and its exact lower-case form.
    static func nameKeys(_ name: String, articleWords: Set<String>) -> ([[UInt8]], String) {
        let norm = TextNormalizer.normalize(name)
        let toks = Tokenizer.tokenize(norm.bytes)
        var keys: [[UInt8]] = []
        var exact: [String] = []
        var scratch: [UInt8] = []
        norm.bytes.withUnsafeBufferPointer { p in
            for t in toks where t.kind != .punct {
                var w: [UInt8] = []
                KeyFolder.foldWord(p, Int(t.start), Int(t.end), into: &w)
                let word = String(decoding: w, as: UTF8.self)
                if articleWords.contains(word) { continue }
                var k: [UInt8] = []
                KeyFolder.foldPlace(p, Int(t.start), Int(t.end), scratch: &scratch, into: &k)
                if k.isEmpty { continue }
                keys.append(k)
                exact.append(Gazetteer.stripArabicArticle(word))
            }
        }
        return (keys, exact.joined(separator: " "))
    }

    static func stripArabicArticle(_ w: String) -> String {
        w.hasPrefix("ال") && w.count > 3 ? String(w.dropFirst(2)) : w
    }

    /// The folded place keys of a name, as the matcher sees them (for `geocode --keys`).
    public func foldedKeys(_ name: String) -> [String] {
        Gazetteer.nameKeys(name, articleWords: articleWords).0.map { String(decoding: $0, as: UTF8.self) }
    }

    /// A common word that never names a place on its own (the stop list).
    public func isStopWord(_ lowercased: String) -> Bool { stopWords.contains(lowercased) }

    /// Whether a folded text word (with its Arabic proclitics and article, if any) is a place
    /// name that is also an ordinary word, so that alone it needs a place context.
    public func needsContext(_ folded: String) -> Bool {
        if contextWords.isEmpty { return false }
        if contextWords.contains(Gazetteer.stripArabicArticle(folded)) { return true }
        guard folded.utf8.first.map({ $0 >= 0x80 }) ?? false else { return false }
        return ArabicClitics.variants(Array(folded.utf8)).contains {
            contextWords.contains(Gazetteer.stripArabicArticle(String(decoding: $0, as: UTF8.self)))
        }
    }

    public func place(id: String) -> Place? { byID[id].map { places[Int($0)] } }
    public func index(id: String) -> Int32? { byID[id] }

    /// A settlement in one governorate whose folded Arabic name is one letter away from `name`
    /// ("عينجارة" for عنجارة): the unique nearest, for a name the text introduces as a village or
    /// town and the matcher did not find. Names under five letters never match.
    public func nearMiss(_ name: String, admin1: String, country: String) -> Int32? {
        let queries = Gazetteer.nameKeys(name, articleWords: articleWords).0.map { Array(String(decoding: $0, as: UTF8.self).unicodeScalars) }
        // Arabic names only: Latin keys are folded hard (vowels, doublings), so one letter off
        // there is too loose to call a match.
        guard let q = queries.max(by: { $0.count < $1.count }), q.count >= 5,
              q.allSatisfy({ $0.value >= 0x0600 && $0.value <= 0x06FF || $0 == " " }) else { return nil }
        var found = Set<Int32>()
        for (index, key) in arabicSettlementKeys[country + "|" + admin1] ?? [] where Gazetteer.withinOneEdit(q, key) {
            found.insert(index)
        }
        return found.count == 1 ? found.first : nil
    }

    /// Levenshtein distance ≤ 1.
    static func withinOneEdit(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        if abs(a.count - b.count) > 1 { return false }
        var i = 0, j = 0, edits = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if a.count < b.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }

    /// The governorate (province) entry of an admin1 name in a country.
    public func governorate(_ admin1: String, country: String) -> Int32? { governorates[country + "|" + admin1] }

    /// Finds place names in tokenised text, leftmost-longest. Latin names must be
    /// capitalised (articles excepted); single common words on the stop list never match.
    /// - Parameter within: when given, only these token ranges are searched (sorted, disjoint).
    public func mentions(_ text: NormalizedText, _ tokens: [Token], within: [Range<Int>]? = nil) -> [PlaceMention] {
        let n = tokens.count
        guard n > 0 else { return [] }
        var searched = [Bool](repeating: within == nil, count: within == nil ? 0 : n)
        if let within { for r in within { for k in r where k < n { searched[k] = true } } }
        // Per token: its place key id (-1 none, -2 article) and, for Arabic, clitic variants.
        var ids = [Int32](repeating: -1, count: n)
        var variants = [[Int32]](repeating: [], count: n)
        var lowerStart = [Bool](repeating: false, count: n)
        var scratch: [UInt8] = []
        var key: [UInt8] = []
        var word: [UInt8] = []
        text.bytes.withUnsafeBufferPointer { p in
            for i in 0..<n {
                let t = tokens[i]
                if within != nil, !searched[i] { continue }
                guard t.kind == .word, t.end - t.start <= 48 else { continue }
                let arabic = t.flags.contains(.arabic)
                if !arabic {
                    // Articles: al, el, ad-… in any case.
                    let len = Int(t.end - t.start)
                    if len <= 3 {
                        word.removeAll(keepingCapacity: true)
                        KeyFolder.foldWord(p, Int(t.start), Int(t.end), into: &word)
                        if shortArticleWords.contains(Gazetteer.packShort(word)) { ids[i] = -2; continue }
                    }
                    // Latin names start capitalised; later words may be lower case ("Shaddadi base",
                    // "Mar'a", "Deir-ez-zor"): they are looked up only after a name word.
                    guard t.flags.contains(.capitalized) || (i > 0 && ids[i - 1] != -1) else { continue }
                    if !t.flags.contains(.capitalized) { lowerStart[i] = true }
                }
                key.removeAll(keepingCapacity: true)
                KeyFolder.foldPlace(p, Int(t.start), Int(t.end), scratch: &scratch, into: &key)
                if let id = key.withUnsafeBufferPointer({ vocabulary.id(of: $0) }) { ids[i] = id }
                if arabic {
                    var alts: [Int32] = []
                    let own = ids[i]
                    key.withUnsafeBufferPointer { k in
                        ArabicClitics.forEachVariant(k, scratch: &scratch) { v in
                            if let id = vocabulary.id(of: v), id != own, !alts.contains(id) { alts.append(id) }
                            return false
                        }
                    }
                    if !alts.isEmpty { variants[i] = alts }
                }
            }
        }
        var out: [PlaceMention] = []
        var i = 0
        while i < n {
            if (ids[i] < 0 && variants[i].isEmpty) || lowerStart[i] { i += 1; continue }
            var best: (end: Int, payload: [Int32])? = nil
            let own = ids[i] >= 0 ? 1 : 0
            for f in 0..<(own + variants[i].count) {
                let first = f < own ? ids[i] : variants[i][f - own]
                guard let node0 = trie.step(0, first) else { continue }
                var node = node0
                var j = i + 1
                if !trie.payload(node).isEmpty, best == nil || best!.end < j { best = (j, trie.payload(node)) }
                while j < n {
                    // Skip articles inside a name, but never across punctuation or a new line.
                    var k = j
                    while k < n, ids[k] == -2, !tokens[k].flags.contains(.newlineBefore) { k += 1 }
                    guard k < n, ids[k] >= 0, !tokens[k].flags.contains(.newlineBefore),
                          !tokens[k].flags.contains(.paragraphBefore),
                          let next = trie.step(node, ids[k]) else { break }
                    node = next
                    j = k + 1
                    let pl = trie.payload(node)
                    if !pl.isEmpty, best == nil || best!.end < j { best = (j, pl) }
                }
            }
            guard let found = best else { i += 1; continue }
            let firstKeyLength = ids[i] >= 0 ? vocabulary.key(ids[i]).count : 4
            if accept(text, tokens, i, found.end, keyLength: firstKeyLength) {
                let exact = exactCandidates(text, tokens, i, found.end)
                var start = i
                if i > 0, ids[i - 1] == -2 { start = i - 1 }
                out.append(PlaceMention(start: start, end: found.end, candidates: found.payload,
                                        exact: Set(exact.filter { found.payload.contains($0) })))
                i = found.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// A word of at most three bytes as one integer (its bytes, then its length).
    @inline(__always)
    static func packShort(_ w: [UInt8]) -> UInt32 {
        var v = UInt32(w.count)
        for b in w.prefix(3) { v = v << 8 | UInt32(b) }
        return v
    }

    private func surfaceWords(_ text: NormalizedText, _ tokens: [Token], _ s: Int, _ e: Int) -> [String] {
        var words: [String] = []
        text.bytes.withUnsafeBufferPointer { p in
            for t in tokens[s..<e] where t.kind == .word {
                var w: [UInt8] = []
                KeyFolder.foldWord(p, Int(t.start), Int(t.end), into: &w)
                let s = String(decoding: w, as: UTF8.self)
                if articleWords.contains(s) { continue }
                words.append(Gazetteer.stripArabicArticle(s))
            }
        }
        return words
    }

    private func accept(_ text: NormalizedText, _ tokens: [Token], _ s: Int, _ e: Int, keyLength: Int) -> Bool {
        let words = surfaceWords(text, tokens, s, e)
        guard let first = words.first else { return false }
        if words.count == 1 {
            if stopWords.contains(first) { return false }
            // Arabic: the stop list applies to the stem too ("بالمدينة", "والشعب").
            if first.utf8.first.map({ $0 >= 0x80 }) ?? false {
                for v in ArabicClitics.variants(Array(first.utf8))
                where stopWords.contains(Gazetteer.stripArabicArticle(String(decoding: v, as: UTF8.self))) { return false }
            }
            // A short skeleton ("hat", "a") matches too much: only an exact spelling counts.
            if keyLength < 4, exactNames[first] == nil { return false }
            // A short single word must be spelled exactly as a known name.
            if first.utf8.count <= 3, exactNames[first] == nil { return false }
            // An all-caps single word (an acronym) only matches when spelled exactly.
            if tokens[s].flags.contains(.allCaps), exactNames[first] == nil { return false }
        }
        return true
    }

    private func exactCandidates(_ text: NormalizedText, _ tokens: [Token], _ s: Int, _ e: Int) -> [Int32] {
        var words = surfaceWords(text, tokens, s, e)
        if let found = exactNames[words.joined(separator: " ")] { return found }
        // Arabic: the first word may carry proclitics ("ببغداد", "والرقة").
        guard let first = words.first, first.utf8.first.map({ $0 >= 0x80 }) ?? false else { return [] }
        for v in ArabicClitics.variants(Array(first.utf8)) {
            words[0] = Gazetteer.stripArabicArticle(String(decoding: v, as: UTF8.self))
            if let found = exactNames[words.joined(separator: " ")] { return found }
        }
        return []
    }

    /// Looks a free-text name up: every candidate, best first, with its score.
    public func lookup(_ query: String) -> [(place: Place, score: Double)] {
        let norm = TextNormalizer.normalize(query)
        var toks = Tokenizer.tokenize(norm.bytes)
        // A query need not be capitalised.
        for k in toks.indices { toks[k].flags.insert(.capitalized) }
        var scored: [Int32: Double] = [:]
        for m in mentions(norm, toks) {
            let covered = toks[m.start..<m.end].filter { $0.kind == .word }.count
            let total = toks.filter { $0.kind == .word }.count
            for c in m.candidates {
                let s = PlaceRanker.baseScore(places[Int(c)], exact: m.exact.contains(c))
                    + (covered == total ? 1 : 0)
                scored[c] = max(scored[c] ?? -1e9, s)
            }
        }
        return scored.sorted { ($0.value, places[Int($1.key)].id) > ($1.value, places[Int($0.key)].id) }
            .map { (places[Int($0.key)], $0.value) }
    }
}
