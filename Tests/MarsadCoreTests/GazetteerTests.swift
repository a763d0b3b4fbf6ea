import Testing
@testable import MarsadCore

@Suite struct GazetteerTests {
    let g = TestKnowledge.shared.gazetteer
    let extractor = TestKnowledge.extractor

    @Test(arguments: [
        ("Deir Ezzor", "Deir ez-Zor"), ("Dayr az Zawr", "Deir ez-Zor"), ("Deir al-Zour", "Deir ez-Zor"),
        ("دير الزور", "Deir ez-Zor"), ("Qamishlo", "Qamishli"), ("al-Qamishli", "Qamishli"), ("القامشلي", "Qamishli"),
        ("Raqqah", "Raqqa"), ("الرقة", "Raqqa"), ("Tadmur", "Palmyra"), ("Palmyra", "Palmyra"), ("تدمر", "Palmyra"),
        ("Al Tanf", "Al Tanf"), ("At-Tanf", "Al Tanf"), ("Tabni", "Tabni"), ("Damascus", "Damascus"), ("دمشق", "Damascus"),
        ("Homs", "Homs"), ("حمص", "Homs"), ("Mosul", "Mosul"), ("الموصل", "Mosul"), ("al-Hol camp", "Al-Hol camp"),
        ("Hmeimim", "Hmeimim Air Base"), ("Saydnaya prison", "Saydnaya prison"), ("Jazrat al-Milaj", "Jazrat al-Milaj"),
    ])
    func spellingVariantsResolve(_ query: String, _ expected: String) {
        #expect(g.lookup(query).first?.place.name == expected, "\(query) → \(g.lookup(query).prefix(3).map { $0.place.name })")
    }

    @Test(arguments: [("بدير الزور", "Deir ez-Zor"), ("والرقة", "Raqqa"), ("لحمص", "Homs"), ("فتدمر", "Palmyra")])
    func arabicProcliticsAreStripped(_ text: String, _ expected: String) {
        let found = extractor.resolvePlaces(text)
        #expect(found.first?.place.name == expected, "\(text): \(found.map { $0.place.name })")
    }

    @Test(arguments: [
        "Tell me what happened.", "In the end, nothing.", "The Ain of the matter.", "About a dozen troops arrived.",
        "President Ahmad Al Shara spoke.", "Syrian troops left.", "Al Qaeda split.",
    ])
    func commonWordsAreNotPlaces(_ text: String) {
        #expect(extractor.resolvePlaces(text).filter { $0.place.kind != .country }.isEmpty, "\(text): \(extractor.resolvePlaces(text).map { $0.place.name })")
    }

    @Test func contextChoosesAmongNamesakes() {
        // Al-Busayrah (Deir ez-Zor) and Basra (Iraq) share a skeleton; the sentence decides.
        let syria = extractor.resolvePlaces("Clashes erupted in al-Busayrah, in the eastern Deir ez-Zor countryside.")
        #expect(syria.first?.place.admin1 == "Deir ez-Zor")
        let iraq = extractor.resolvePlaces("Protesters gathered in Basra, in southern Iraq.")
        #expect(iraq.first?.place.country == "Iraq")
    }

    @Test func areaPhrasesWidenThePrecision() {
        let r = extractor.resolvePlaces("an attack in the eastern countryside of Deir ez-Zor")
        #expect(r.first?.mention.geoPrecision == 2)
        #expect(r.first?.place.kind == .governorate)
        let badia = extractor.resolvePlaces("cells hiding in the Badia desert")
        #expect(badia.first?.place.name == "Badia")
        #expect(badia.first?.mention.geoPrecision == 2)
    }

    @Test func seedPlacesResolve() {
        for name in ["Tabni", "Palmyra", "Damascus", "Homs", "Al Tanf", "Deir ez-Zor"] {
            #expect(g.lookup(name).first?.place.country == "Syria", "\(name)")
        }
    }

    @Test func everyPlaceHasAKnownCountryAndCoordinatesInRange() {
        for p in g.places {
            #expect(!p.country.isEmpty)
            if let lat = p.latitude, let lon = p.longitude {
                #expect((-90...90).contains(lat) && (-180...180).contains(lon), "\(p.id)")
                if p.country == "Syria" { #expect((32...37.5).contains(lat) && (35.5...42.5).contains(lon), "\(p.id) \(p.name)") }
            }
        }
    }
}
