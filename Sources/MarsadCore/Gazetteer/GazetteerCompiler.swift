/// Compiles the gazetteer resource from the merged source tables (syria_places.tsv,
/// iraq_places.tsv) and the curated landmarks file. Pure and deterministic: the same
/// inputs give the same bytes, so the shipped resource can be rebuilt and diffed.
public enum GazetteerCompiler {
    public static let format = "marsad-gazetteer/1"
    public static let columns = ["id", "kind", "country", "name", "name_ar", "aliases", "admin1", "admin2",
                                 "admin3", "lat", "lon", "coord", "population", "keys"]

    public struct Input: Sendable {
        public var name: String
        public var country: String
        public var text: String
        public init(name: String, country: String, text: String) {
            self.name = name
            self.country = country
            self.text = text
        }
    }

    public struct Summary: Sendable, CustomStringConvertible {
        public var rowsByKind: [String: Int] = [:]
        public var rows = 0
        public var description: String {
            "\(rows) places (" + rowsByKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
        }
    }

    /// - Parameters:
    ///   - sources: merged tables with the shared/data/gazetteer column layout.
    ///   - landmarks: the curated landmarks file (columns: id kind country name name_ar aliases
    ///     admin1 admin2 lat lon source).
    ///   - names: preferred English names (columns: id, name); the source name becomes an alias.
    ///   - admin1: admin1 names as coders write them (columns: country, source name, name): the
    ///     governorate row takes that name (the source's becomes an alias) and so does every place's
    ///     admin1 column ("Rif Dimashq" → "Rural Damascus", "Arbil" → "Erbil").
    ///   - version: the version written in the header.
    ///   - articles: place_articles.tsv, the articles skipped inside names (the keys column
    ///     precomputes the matcher's folded keys, so loading is fast).
    public static func compile(sources: [Input], landmarks: String, names: String = "", admin1: String = "", articles: String,
                               version: String) throws -> (String, Summary) {
        let articleWords = try Gazetteer.articleWords(articles)
        var preferred: [String: String] = [:]
        for row in try DataFile(name: "names.tsv", text: names, minimumColumns: 2).rows { preferred[row[0]] = row[1] }
        var admin1Names: [String: String] = [:]  // "country\tsource name" → name
        for row in try DataFile(name: "admin1.tsv", text: admin1, minimumColumns: 3).rows { admin1Names[row[0] + "\t" + row[1]] = row[2] }
        func renamed(_ country: String, _ name: String) -> String { admin1Names[country + "\t" + name] ?? name }
        var out = """
        # format: \(format)
        # version: \(version)
        # source: OCHA Syria COD (CC BY 3.0 IGO) via Syrian Archive lists; Open-Syria data-geography (CC BY 4.0); \
        GeoNames (CC BY 4.0); iraq_geo_data (MIT); Syrian Archive incident locations; Marsad landmarks (CC BY 4.0). See NOTICE.
        # licence: CC BY 4.0, with the attributions in NOTICE
        # generated-by: marsad gazetteer build (do not edit by hand; edit landmarks.tsv or the sources and rebuild)
        # columns: \(columns.joined(separator: "\t"))

        """
        var summary = Summary()
        var seen = Set<String>()
        func emit(_ raw: [String]) {
            var fields = raw.map(clean)
            fields.append(Gazetteer.keyColumn(fields, articleWords: articleWords))
            out += fields.joined(separator: "\t") + "\n"
            summary.rows += 1
            summary.rowsByKind[fields[1], default: 0] += 1
        }
        for source in sources {
            let file = try DataFile(name: source.name, text: source.text, minimumColumns: 14)
            for row in file.rows where row[0] != "id" {
                guard Place.Kind(rawValue: row[1]) != nil else {
                    throw KnowledgeError.unknownName(file: source.name, line: row.line, name: row[1], expected: "place kind")
                }
                guard seen.insert(row[0]).inserted else { continue }
                let coord: String
                switch row[13] {
                case "subdistrict_centroid": coord = "centroid"
                case "none", "": coord = "none"
                default: coord = "own"
                }
                let admin1 = renamed(source.country, plainLatin(row[1] == "governorate" ? row[2] : row[6]))
                var name = row[2], aliases = row[4]
                if let p = preferred[row[0]] ?? asciiSpelling(name, aliases: aliases) {
                    aliases = name + (aliases.isEmpty ? "" : "|" + aliases); name = p
                }
                if row[1] == "governorate", name != admin1 {
                    aliases = name + (aliases.isEmpty ? "" : "|" + aliases); name = admin1
                }
                emit([row[0], row[1], source.country, name, arabicName(row[3], aliases: aliases), dedupeAliases(aliases, name: name, articles: articleWords),
                      admin1, plainLatin(stripUnitWord(row[8])), plainLatin(stripUnitWord(row[10])),
                      coord == "none" ? "" : row[11], coord == "none" ? "" : row[12], coord, row[14]])
            }
        }
        let lm = try DataFile(name: "landmarks.tsv", text: landmarks, minimumColumns: 11)
        for row in lm.rows {
            guard Place.Kind(rawValue: row[1]) != nil else {
                throw KnowledgeError.unknownName(file: "landmarks.tsv", line: row.line, name: row[1], expected: "place kind")
            }
            guard Double(row[8]) != nil, Double(row[9]) != nil else {
                throw KnowledgeError.malformedLine(file: "landmarks.tsv", line: row.line, reason: "lat/lon must be numbers")
            }
            guard !row[10].isEmpty else {
                throw KnowledgeError.malformedLine(file: "landmarks.tsv", line: row.line, reason: "every landmark must cite its source")
            }
            guard seen.insert(row[0]).inserted else {
                throw KnowledgeError.malformedLine(file: "landmarks.tsv", line: row.line, reason: "id \(row[0]) is already used")
            }
            emit([row[0], row[1], row[2], row[3], row[4], row[5], renamed(row[2], plainLatin(row[6])), plainLatin(row[7]), "", row[8], row[9], "own", ""])
        }
        return (out, summary)
    }

    /// "Tikrīt" → "Tikrit": where a name carries transliteration marks and an alias spells
    /// the same name in plain ASCII, the ASCII spelling is the one users type and read.
    static func asciiSpelling(_ name: String, aliases: String) -> String? {
        guard name.utf8.contains(where: { $0 >= 0x80 }), name.unicodeScalars.first.map({ $0.value < 0x250 }) ?? false else { return nil }
        let target = fold(name)
        return aliases.split(separator: "|").map(String.init).first { a in
            !a.utf8.contains(where: { $0 >= 0x80 }) && fold(a) == target
        }
    }

    static func fold(_ s: String) -> String {
        var out: [UInt8] = []
        let bytes = Array(s.utf8)
        bytes.withUnsafeBufferPointer { KeyFolder.foldWord($0, 0, $0.count, into: &out) }
        return String(decoding: out.filter { ($0 >= 97 && $0 <= 122) || $0 >= 0x80 }, as: UTF8.self)
    }

    /// Some sources put a Kurdish Latin or mixed spelling in the Arabic column; prefer an
    /// alias in Arabic script then.
    static func arabicName(_ ar: String, aliases: String) -> String {
        func arabicOnly(_ s: Substring) -> Bool {
            !s.isEmpty && s.unicodeScalars.allSatisfy { (0x0600...0x06FF).contains($0.value) || $0 == " " }
        }
        if arabicOnly(Substring(ar)) { return ar }
        return aliases.split(separator: "|").first(where: arabicOnly).map(String.init) ?? ar
    }

    /// "Diyālá" → "Diyala", "Karbalāʼ" → "Karbala": admin names as users type them.
    static func plainLatin(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.value < 0x2B0 || (0x1E00...0x1EFF).contains($0.value) || $0.value == 0x2BC || $0.value == 0x2BF || $0.value == 0x2BE }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            guard let m = KeyFolder.foldScalar(u.value) else { out.append(u); continue }
            if m == 0 { continue }
            let upper = u.properties.isUppercase
            if let base = Unicode.Scalar(m) {
                out.append(upper ? Unicode.Scalar(base.value & ~0x20)! : base)
            }
        }
        return String(out)
    }

    static func clean(_ s: String) -> String {
        String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    /// "Haditha District" → "Haditha" for admin names used in output.
    static func stripUnitWord(_ s: String) -> String {
        for suffix in [" District", " Subdistrict", " Sub-district", " Governorate"] where s.hasSuffix(suffix) {
            return String(s.dropLast(suffix.count))
        }
        return s
    }

    /// Unique aliases, without the sources' lower-case machine transliterations of the Arabic
    /// ("dyr alzwr", "aywbyt"): they are not how anyone writes the name, and their consonant
    /// skeletons collide with English words.
    static func dedupeAliases(_ aliases: String, name: String, articles: Set<String>) -> String {
        var seen: Set<String> = [name]
        var out: [String] = []
        for a in aliases.split(separator: "|") where seen.insert(String(a)).inserted && !isMachineTransliteration(a, articles: articles) {
            out.append(String(a))
        }
        return out.joined(separator: "|")
    }

    static func isMachineTransliteration(_ alias: Substring, articles: Set<String>) -> Bool {
        guard let first = alias.unicodeScalars.first, first.value < 0x80 else { return false }
        var words = alias.split(whereSeparator: { $0 == " " || $0 == "-" }).map { Substring($0) }
        while let w = words.first, articles.contains(w.lowercased()), words.count > 1 {
            words.removeFirst()
        }
        // A real name has a capital in its main word; the transliterations are all lower case.
        return !words.contains { w in w.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    }
}
