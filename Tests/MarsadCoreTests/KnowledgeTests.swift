import Foundation
import Testing
@testable import MarsadCore
import MarsadKnowledge

@Suite struct KnowledgeTests {
    @Test func cueBitsAreDistinctAndFollowTheDeclaration() {
        let all = LexEntry.Cue.allCases
        #expect(all.count <= 64)
        for (k, c) in all.enumerated() { #expect(c.bit == UInt64(1) << UInt64(k), "\(c)") }
        #expect(Set(all.map(\.bit)).count == all.count)
    }

    @Test func everyTypeRuleNamesATaxonomyType() {
        let lex = TestKnowledge.shared.lexicon
        #expect(lex.taxonomy.count == 25)
        for r in lex.rules { #expect(lex.taxonomy.contains(r.eventType + "|" + r.subEventType)) }
    }

    @Test func everySubEventTypeIsReachable() {
        let lex = TestKnowledge.shared.lexicon
        let reachable = Set(lex.rules.map { $0.eventType + "|" + $0.subEventType })
        #expect(reachable == lex.taxonomy)
    }

    @Test func badDataLinesNameTheFileAndLine() {
        var files: [String: String] = [:]
        for name in BundledKnowledge.lexiconFiles { files[name] = "# header\n" }
        files["taxonomy.tsv"] = "# t\nBattles\tArmed clash\n"
        files["actors.tsv"] = "# a\nFoo\tmartian\t*\t\t\tfoo\n"
        #expect(throws: KnowledgeError.unknownName(file: "actors.tsv", line: 2, name: "martian", expected: "actor kind")) {
            _ = try Lexicon(files: files)
        }
        files["actors.tsv"] = "# a\n"
        files["triggers.tsv"] = "# t\nkilled\tkill\tmuch\n"
        #expect(throws: KnowledgeError.malformedLine(file: "triggers.tsv", line: 2, reason: "weight 'much' is not a number")) {
            _ = try Lexicon(files: files)
        }
    }

    @Test func compiledGazetteerKeysMatchTheCurrentFolding() throws {
        // The shipped resource stores precomputed match keys; after a change to the folding they
        // must be rebuilt (`marsad gazetteer build`). Recompute them for every row and compare.
        let dir = BundledKnowledge.resourceDirectory.appendingPathComponent("gazetteer")
        let resource = try String(contentsOf: dir.appendingPathComponent("gazetteer.tsv"), encoding: .utf8)
        let articles = try Gazetteer.articleWords(try String(contentsOf: dir.appendingPathComponent("place_articles.tsv"), encoding: .utf8))
        var stale: [String] = []
        for row in try DataFile(name: "gazetteer.tsv", text: resource, minimumColumns: 14).rows {
            if Gazetteer.keyColumn(Array(row.fields.prefix(13)), articleWords: articles) != row[13] { stale.append(row[0]) }
        }
        #expect(stale.isEmpty, "stale keys for \(stale.prefix(5)); rebuild the gazetteer resource")
    }

    @Test func compilerIsDeterministicAndValidatesLandmarks() throws {
        let header = "id\tkind\tname_en\tname_ar\taliases\tadmin1_pcode\tadmin1_en\tadmin2_pcode\tadmin2_en\tadmin3_pcode\tadmin3_en\tlat\tlon\tcoord_source\tpopulation\tsources\n"
        let src = header + "C1\tcommunity\tTestville\tتست\tTest Ville|tstvl\tSY01\tAlpha\tSY0101\tBeta\t\t\t35.0\t38.0\town\t\tx\n"
        let lm = "X1\tlandmark\tSyria\tTest Base\t\tTB\tAlpha\tBeta\t35.1\t38.1\twikipedia\n"
        let input = [GazetteerCompiler.Input(name: "s.tsv", country: "Syria", text: src)]
        let (a, _) = try GazetteerCompiler.compile(sources: input, landmarks: lm, articles: "al\n", version: "t")
        let (b, _) = try GazetteerCompiler.compile(sources: input, landmarks: lm, articles: "al\n", version: "t")
        #expect(a == b)
        #expect(!a.contains("tstvl"), "machine transliterations are dropped")
        #expect(throws: KnowledgeError.self) {
            _ = try GazetteerCompiler.compile(sources: input, landmarks: "X2\tlandmark\tSyria\tNo Source\t\t\tA\tB\t1\t2\t\n", articles: "", version: "t")
        }
        let g = try Gazetteer(resource: a, articles: "al\n", stopList: "# s\n")
        #expect(g.lookup("Testville").first?.place.id == "C1")
        #expect(g.lookup("Test Base").first?.place.id == "X1")
    }
}
