import Testing
import MarsadCore
import MarsadKnowledge
@testable import MarsadEval

/// Place agreement between predicted and gold events by what the places are (the bundled
/// gazetteer), and the error causes read from what matching leaves over.
@Suite struct PlaceComparerTests {
    static let gazetteer: Gazetteer = {
        do { return try BundledKnowledge.load().gazetteer } catch { fatalError("knowledge failed to load: \(error)") }
    }()
    let places = PlaceComparer(gazetteer: PlaceComparerTests.gazetteer)

    /// A predicted event placed on a gazetteer entry, as the extractor places it (name, id,
    /// coordinates, admin1, country and precision of the entry).
    func predicted(_ type: String, at id: String, _ date: String, _ p: DatePrecision = .day) -> Event {
        guard let place = Self.gazetteer.place(id: id) else { fatalError("no gazetteer entry \(id)") }
        return Event(articleID: "a", eventType: type, subEventType: "x", country: place.country, admin1: place.admin1,
                     admin2: place.admin2, location: place.name, latitude: place.latitude, longitude: place.longitude,
                     geoPrecision: place.geoPrecision, date: date, datePrecision: p, placeID: id)
    }

    /// A gold event as an annotator writes it: a name, its admin1 and country, no coordinates.
    func gold(_ type: String, _ loc: String?, _ admin1: String?, _ date: String, _ p: DatePrecision = .day,
              country: String? = "Syria", geoPrecision: Int? = nil) -> Event {
        Event(articleID: "a", eventType: type, subEventType: "x", country: country, admin1: admin1, location: loc,
              geoPrecision: geoPrecision, date: date, datePrecision: p)
    }

    // The entries the tests place events on (checked below, so that a changed gazetteer fails loudly).
    static let jablah = "C3585", kobani = "C1946", deirEzZorCity = "C5086", mayadin = "C5192"
    static let latakiaCity = "C3480", kasab = "C3557", hajin = "C5175", douma = "C2338"

    @Test func theTestPlacesAreWhereTheTestsExpectThem() {
        let g = Self.gazetteer
        #expect(g.place(id: Self.jablah)?.name == "Jablah")
        #expect(g.place(id: Self.jablah)?.admin1 == "Latakia")
        #expect(g.place(id: Self.kobani)?.name == "Kobani")
        #expect(g.place(id: Self.kobani)?.admin1 == "Aleppo")
        #expect(g.place(id: Self.mayadin)?.admin1 == "Deir ez-Zor")
        #expect(g.place(id: Self.deirEzZorCity)?.admin1 == "Deir ez-Zor")
        #expect(g.place(id: Self.kasab)?.admin1 == "Latakia")
    }

    // MARK: PlaceComparer

    @Test func jablahAgreesWithAGoldJableh() {
        let p = predicted("Battles", at: Self.jablah, "2025-03-07")
        let g = gold("Battles", "Jableh", "Latakia", "2025-03-07")
        #expect(p.location == "Jablah")
        #expect(places.sameLocation(p, g))
        #expect(places.agree(p, g))
        #expect(EventMatcher.matches(p, g, places: places))
    }

    /// Without the place id, the coordinates within the radius still make it one place.
    @Test func jablahByCoordinatesAloneAgreesWithJableh() {
        var p = predicted("Battles", at: Self.jablah, "2025-03-07")
        p.placeID = nil
        #expect(places.agree(p, gold("Battles", "Jableh", "Latakia", "2025-03-07")))
    }

    @Test func jablahFromTheExtractorAgreesWithAGoldJableh() throws {
        let extractor = Extractor(knowledge: try BundledKnowledge.load())
        let e = extractor.extract(Article(id: "a", text: "General Security forces clashed with gunmen in Jablah on Friday, killing two of them.",
                                          published: "2025-03-09")).events
        #expect(e.count == 1)
        guard let p = e.first else { return }
        #expect(p.placeID == Self.jablah)
        let g = gold("Battles", "Jableh", "Latakia", "2025-03-07")
        #expect(places.agree(p, g))
        #expect(EventMatcher.matches(p, g, places: places))
        #expect(!EventMatcher.matches(p, g, places: .spelling))
    }

    @Test func kobaniAgreesWithAGoldKobane() {
        let p = predicted("Explosions/Remote violence", at: Self.kobani, "2025-03-07")
        let g = gold("Explosions/Remote violence", "Kobane", "Aleppo", "2025-03-07")
        #expect(p.location == "Kobani")
        #expect(places.agree(p, g))
        #expect(EventMatcher.matches(p, g, places: places))
    }

    /// The gold name is looked for inside the gold's admin1: a Jableh in another governorate is
    /// not the Jablah of Latakia.
    @Test func theGoldNameIsLookedForInsideTheGoldsAdmin1() {
        let p = predicted("Battles", at: Self.jablah, "2025-03-07")
        #expect(!places.agree(p, gold("Battles", "Jableh", "Hama", "2025-03-07")))
        #expect(!places.agree(predicted("Battles", at: Self.kobani, "2025-03-07"), gold("Battles", "Kobane", "Ar-Raqqa", "2025-03-07")))
    }

    @Test(arguments: [
        (PlaceComparerTests.mayadin, "Deir ez-Zor", "Deir ez-Zor"),  // about 43 km apart
        (PlaceComparerTests.kasab, "Latakia", "Latakia"),            // about 45 km apart
    ])
    func townsFortyKilometresApartDoNotAgree(_ id: String, _ goldName: String, _ admin1: String) {
        let p = predicted("Battles", at: id, "2025-03-07")
        let g = gold("Battles", goldName, admin1, "2025-03-07")
        let place = Self.gazetteer.place(id: id)!
        let goldPlace = Self.gazetteer.lookup(goldName).map(\.place).first { $0.kind == .city && $0.admin1 == admin1 }!
        let km = GeoDistance.kilometres(place.latitude!, place.longitude!, goldPlace.latitude!, goldPlace.longitude!)
        #expect(km > 35 && km < 50, "\(km) km")
        #expect(p.admin1 == g.admin1)
        #expect(!places.sameLocation(p, g))
        #expect(!places.agree(p, g))
        #expect(!EventMatcher.matches(p, g, places: places))
    }

    @Test func aGovernorateOnlySideAgreesOnAdmin1() {
        let p = predicted("Battles", at: Self.jablah, "2025-03-07")
        // Gold without a location, or whose location is its governorate at precision 3.
        #expect(places.agree(p, gold("Battles", nil, "Latakia", "2025-03-07")))
        #expect(places.agree(p, gold("Battles", "Latakia", "Latakia", "2025-03-07", geoPrecision: 3)))
        #expect(!places.agree(p, gold("Battles", nil, "Tartus", "2025-03-07")))
        #expect(!places.agree(p, gold("Battles", "Tartus", "Tartus", "2025-03-07", geoPrecision: 3)))
        // A predicted event placed on the governorate only.
        let governorate = Event(articleID: "a", eventType: "Battles", subEventType: "x", country: "Syria", admin1: "Deir ez-Zor",
                                location: "Deir ez-Zor", geoPrecision: 3, date: "2025-03-07", datePrecision: .day)
        #expect(places.agree(governorate, gold("Battles", "Mayadin", "Deir ez-Zor", "2025-03-07")))
        #expect(!places.agree(governorate, gold("Battles", "Jableh", "Latakia", "2025-03-07")))
    }

    @Test func spellingAloneDoesNotMatchJablahAndJableh() {
        let p = predicted("Battles", at: Self.jablah, "2025-03-07")
        let g = gold("Battles", "Jableh", "Latakia", "2025-03-07")
        #expect(!PlaceComparer.spelling.sameLocation(p, g))
        #expect(!PlaceComparer.spelling.agree(p, g))
        #expect(!EventMatcher.matches(p, g))
        #expect(!PlaceComparer.spelling.agree(predicted("Battles", at: Self.kobani, "2025-03-07"), gold("Battles", "Kobane", "Aleppo", "2025-03-07")))
        // Folding still ignores case, spaces and punctuation.
        #expect(PlaceComparer.spelling.agree(gold("Battles", "Deir ez-Zor", "Deir ez-Zor", "2025-03-07"),
                                             gold("Battles", "DEIR EZZOR", "Deir ez-Zor", "2025-03-07")))
    }

    // MARK: ErrorCause.diagnose

    @Test func diagnoseNamesWrongTypeDuplicateExtraAndMissed() {
        let gold = [
            gold("Battles", "Jableh", "Latakia", "2025-03-07"),                       // 0: matched
            gold("Explosions/Remote violence", "Kobane", "Aleppo", "2025-03-07"),     // 1: found with another type
            gold("Protests", "Douma", "Rural Damascus", "2025-03-08"),                // 2: nothing like it
        ]
        let predicted = [
            predicted("Battles", at: Self.jablah, "2025-03-07"),                      // 0: matches gold 0
            predicted("Violence against civilians", at: Self.kobani, "2025-03-07"),   // 1: right place and date, wrong type
            predicted("Battles", at: Self.jablah, "2025-03-07"),                      // 2: gold 0 again
            predicted("Riots", at: Self.hajin, "2025-01-02"),                         // 3: unrelated
        ]
        let pairs = EventMatcher.pair(predicted: predicted, gold: gold, places: places)
        #expect(pairs.map(\.0) == [0])
        #expect(pairs.map(\.1) == [0])
        let d = ErrorCause.diagnose(predicted: predicted, gold: gold, pairs: pairs, places: places)
        let goldCauses = Dictionary(uniqueKeysWithValues: d.gold)
        let predictedCauses = Dictionary(uniqueKeysWithValues: d.predicted)
        #expect(goldCauses == [1: .wrongType, 2: .missed])
        #expect(predictedCauses == [1: .wrongType, 2: .duplicate, 3: .extra])
    }

    @Test func diagnoseNamesWrongPlaceAndWrongDate() {
        let gold = [
            gold("Battles", "Mayadin", "Deir ez-Zor", "2025-03-07"),
            gold("Explosions/Remote violence", "Kobane", "Aleppo", "2025-03-07"),
        ]
        let predicted = [
            predicted("Battles", at: Self.deirEzZorCity, "2025-03-07"),                    // 43 km away
            predicted("Explosions/Remote violence", at: Self.kobani, "2025-03-21"),        // two weeks later
        ]
        let pairs = EventMatcher.pair(predicted: predicted, gold: gold, places: places)
        #expect(pairs.isEmpty)
        let d = ErrorCause.diagnose(predicted: predicted, gold: gold, pairs: pairs, places: places)
        #expect(Dictionary(uniqueKeysWithValues: d.gold) == [0: .wrongPlace, 1: .wrongDate])
        #expect(Dictionary(uniqueKeysWithValues: d.predicted) == [0: .wrongPlace, 1: .wrongDate])
    }

    /// With spelling only, Kobani is not Kobane: the wrong-type prediction becomes extra and the
    /// gold missed.
    @Test func diagnoseBySpellingMissesTheRespelledIncident() {
        let gold = [gold("Explosions/Remote violence", "Kobane", "Aleppo", "2025-03-07")]
        let predicted = [predicted("Violence against civilians", at: Self.kobani, "2025-03-07")]
        let bySpelling = ErrorCause.diagnose(predicted: predicted, gold: gold, pairs: [], places: .spelling)
        #expect(bySpelling.gold.map(\.1) == [.missed])
        #expect(bySpelling.predicted.map(\.1) == [.extra])
        let byPlace = ErrorCause.diagnose(predicted: predicted, gold: gold, pairs: [], places: places)
        #expect(byPlace.gold.map(\.1) == [.wrongType])
        #expect(byPlace.predicted.map(\.1) == [.wrongType])
    }
}
