/// Chooses one gazetteer entry per place mention, using context: governorates and
/// districts named in the same sentence, then in the article, the article's country,
/// then size and kind. Area cues ("eastern countryside of", "northern", "province")
/// widen the precision.
public struct PlaceResolver: Sendable {
    let doc: Document
    let lexicon: Lexicon
    let gazetteer: Gazetteer

    public init(doc: Document, lexicon: Lexicon, gazetteer: Gazetteer) {
        self.doc = doc
        self.lexicon = lexicon
        self.gazetteer = gazetteer
    }

    /// - Parameter countryHints: evidence of the article's country from elsewhere (actors such
    ///   as "Syrian Democratic Forces" or "Iraqi army"), added to what the places say.
    public func resolve(_ mentions: [PlaceMention], countryHints: [String: Int] = [:]) -> [ResolvedPlace] {
        guard !mentions.isEmpty else { return [] }
        var cueAt: [Int: LexEntry.Cue] = [:]
        var fillerAt = Set<Int>(), adminUnitAt = Set<Int>(), locativeAt = Set<Int>(), areaOrSettlementAt = Set<Int>()
        var cueEnd: [Int: (Int, LexEntry.Cue)] = [:]
        var cueStop: [Int: Int] = [:]
        for m in doc.matches where m.category == .cue {
            let cs = m.entries.compactMap { lexicon.entries[Int($0)].cue }
            if cs.contains(.filler) { fillerAt.insert(m.start) }
            if cs.contains(.adminunit) { adminUnitAt.insert(m.start) }
            if cs.contains(.locative) { locativeAt.insert(m.start) }
            if cs.contains(.area) || cs.contains(.settlement) { areaOrSettlementAt.insert(m.end - 1) }
            if let c = lexicon.entries[Int(m.entries[0])].cue, c == .area || c == .direction {
                cueAt[m.start] = c
                cueEnd[m.end] = (m.start, c)
                cueStop[m.start] = m.end
            }
        }
        let places = gazetteer.places
        let mentionStarts = Set(mentions.map(\.start))
        // First pass: context-free best candidate of each mention.
        var articleAdmin1: [String: Int] = [:]
        var articleCountry: [String: Int] = countryHints
        var sentenceAdmins: [Int32: Set<String>] = [:]
        for m in mentions {
            let best = m.candidates.max { PlaceRanker.baseScore(places[Int($0)], exact: m.exact.contains($0)) < PlaceRanker.baseScore(places[Int($1)], exact: m.exact.contains($1)) }!
            let p = places[Int(best)]
            // Naming a country ("Syria", "Iraq") is strong evidence of the article's country.
            articleCountry[p.country, default: 0] += p.kind == .country ? 3 : 1
            // A mention whose candidates all lie in one governorate is evidence for it.
            let admins = Set(m.candidates.map { places[Int($0)].admin1 })
            if admins.count == 1, let a = admins.first, !a.isEmpty {
                articleAdmin1[a, default: 0] += 1
                sentenceAdmins[doc.sentenceOf[m.start], default: []].insert(a)
            }
            for c in m.candidates where [.governorate, .district].contains(places[Int(c)].kind) {
                sentenceAdmins[doc.sentenceOf[m.start], default: []].insert(places[Int(c)].admin1)
                sentenceAdmins[doc.sentenceOf[m.start], default: []].insert(places[Int(c)].admin2)
            }
        }
        let mainCountry = articleCountry.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        // Governorates the text names (a mention that can be a governorate), per sentence and in all.
        var namedInSentence: [Int32: Set<String>] = [:]
        for m in mentions {
            // Named as a governorate: "Deir ez-Zor province", "the Hama countryside", "ريف حلب", "محافظة ديالى".
            var k = m.end
            if k < doc.tokens.count, doc.tokens[k].flags.contains(.apostropheBefore), doc.word(k) == "s" { k += 1 }
            let after = k < doc.tokens.count && (cueAt[k] == .area || adminUnitAt.contains(k))
            var before = m.start > 0 && (cueEnd[m.start].map { $0.1 == .area || adminUnitAt.contains($0.0) } ?? false)
            // "Hamar al-Ali area in Deir ez-Zor", "a village in Idlib": a unit after a place word and "in".
            if m.start > 1, locativeAt.contains(m.start - 1), areaOrSettlementAt.contains(m.start - 2) { before = true }
            for c in m.candidates where places[Int(c)].kind == .governorate {
                if after || before { namedInSentence[doc.sentenceOf[m.start], default: []].insert(places[Int(c)].admin1) }
            }
        }
        func isSmall(_ p: Place) -> Bool {
            switch p.kind {
            case .community, .subdistrict, .landmark, .area: return true
            case .city: return p.population < 100_000
            default: return false
            }
        }

        var out: [ResolvedPlace] = []
        for m in mentions {
            let sentence = doc.sentenceOf[m.start]
            // A village named with its governorate is looked for inside it: when no candidate lies
            // in a governorate the sentence names ("the village of X in the Deir ez-Zor
            // countryside"), the village is not placed on a namesake elsewhere — the governorate
            // mention places the event.
            if m.candidates.allSatisfy({ isSmall(places[Int($0)]) }) {
                let inSentenceGovs = namedInSentence[sentence] ?? []
                if !inSentenceGovs.isEmpty, !m.candidates.contains(where: { inSentenceGovs.contains(places[Int($0)].admin1) }) { continue }
            }
            let inSentence = sentenceAdmins[sentence] ?? []
            // Area cues around the mention.
            var widen = false, province = false
            if m.start > 0, let (_, c) = cueEnd[m.start] { widen = widen || c == .direction || c == .area }
            if m.start > 1, let (_, c) = cueEnd[m.start - 1], fillerAt.contains(m.start - 1) { widen = widen || c == .area }
            // "محافظة دير الزور": an administrative unit word before the name.
            if m.start > 0, let (s0, _) = cueEnd[m.start], adminUnitAt.contains(s0) { province = true }
            var k = m.end
            if k < doc.tokens.count, doc.tokens[k].flags.contains(.apostropheBefore), doc.word(k) == "s" { k += 1 }
            // An area word after the name widens it ("Idlib countryside") unless a place follows it:
            // then it belongs to that place (Arabic "الشحيل بريف دير الزور", "… in the countryside of Hama").
            let nextIsPlace = cueStop[k].map { mentionStarts.contains($0) } ?? false
            if k < doc.tokens.count, adminUnitAt.contains(k) {
                province = true
            } else if k < doc.tokens.count, let c = cueAt[k], !nextIsPlace, c == .area {
                widen = true
            }
            if k + 1 < doc.tokens.count, cueAt[k] == .direction, cueAt[k + 1] == .area { widen = true }

            var candidates = m.candidates
            // "eastern Deir ez-Zor", "Deir ez-Zor province": the governorate, not the city.
            if widen || province {
                let govs = candidates.filter { places[Int($0)].kind == .governorate }
                if !govs.isEmpty { candidates = govs }
            }
            var bestIndex = candidates[0]
            var bestScore = -Double.infinity
            var bestReason = ""
            for c in candidates {
                let p = places[Int(c)]
                var s = PlaceRanker.baseScore(p, exact: m.exact.contains(c))
                var why: [String] = ["\(p.kind.rawValue)"]
                // Another mention in the sentence names this place's governorate or district.
                let othersName = inSentence.contains(p.admin1) && !(p.kind == .governorate)
                if othersName { s += 3; why.append("governorate named in sentence") }
                if let n = articleAdmin1[p.admin1], n > 0 { s += min(Double(n), 3) * 0.5; why.append("governorate in article ×\(n)") }
                if let mc = mainCountry, p.country == mc { s += 2 }
                if province {
                    if p.kind == .governorate { s += 5; why.append("'province'") }
                }
                // A district or subdistrict named after its seat ("Maarat al-Numan"): news names the
                // town, unless the text says "district" or "area".
                if p.kind == .district || p.kind == .subdistrict, !widen, !province,
                   candidates.contains(where: { c2 in
                       let q = places[Int(c2)]
                       return (q.kind == .community || q.kind == .city) && q.admin1 == p.admin1 && q.admin2 == p.admin2
                   }) {
                    s -= 4; why.append("seat named, not the unit")
                }
                if s > bestScore || (s == bestScore && p.id < places[Int(bestIndex)].id) {
                    bestScore = s; bestIndex = c; bestReason = why.joined(separator: ", ")
                }
            }
            var precision = places[Int(bestIndex)].geoPrecision
            if widen { precision = 2 }
            out.append(ResolvedPlace(start: m.start, end: m.end, place: bestIndex, geoPrecision: precision, isArea: widen,
                                     reason: bestReason + (widen ? ", area phrase" : "") + " (of \(m.candidates.count))"))
        }
        return out
    }
}
