import Testing
@testable import MarsadCore

/// Behaviours that real news reports ask of the extractor: one event per incident however often
/// the report retells it, outlets' home cities in datelines, attacks on people versus fights
/// between armed groups, ACLED actor names, Iraqi places, lists of places, background history,
/// articles that carry no publication date, and the admin1 names of the annotation guide.
/// Every article here is a short invented report.
@Suite struct RealNewsBehaviourTests {
    let extractor = TestKnowledge.extractor

    func events(_ text: String, published: String? = "2025-09-03", source: String? = nil, url: String? = nil) -> [Event] {
        extractor.extract(Article(id: "t", text: text, published: published, url: url, source: source)).events
    }

    func triggers(_ e: Event) -> [Evidence] { e.evidence.filter { $0.field == "trigger" } }

    // MARK: 1. One incident, one event

    struct Retold: Sendable, CustomTestStringConvertible {
        let text: String
        let location: String
        let date: String
        let fatalities: Int
        var testDescription: String { location }
    }

    /// A lead, a quoted statement and a recap of the same attack (same place, same day).
    @Test(arguments: [
        Retold(text: "Gunmen attacked a checkpoint of the Syrian Democratic Forces in Gharanij in the Deir ez-Zor countryside on Monday, killing two fighters. \"Our checkpoint in Gharanij was attacked by a cell that fled towards the desert,\" an SDF spokesman said. The attack on the Gharanij checkpoint on Monday was the third in the area this month.",
               location: "Gharanij", date: "2025-09-01", fatalities: 2),
        Retold(text: "ISIS fighters attacked a Syrian army checkpoint near Sukhnah in the Homs desert on Tuesday, killing three soldiers. \"They attacked the checkpoint at dawn and killed three of our men,\" a military source told reporters. Tuesday's attack on the Sukhnah checkpoint is the deadliest in the desert since June.",
               location: "Sukhnah", date: "2025-09-02", fatalities: 3),
        Retold(text: "Gunmen attacked a General Security checkpoint in the town of Jasim in Daraa countryside on Wednesday, killing two members. \"A group of gunmen opened fire on our checkpoint in Jasim and then fled,\" the security directorate said in a statement. Wednesday's assault on the Jasim checkpoint comes amid a wave of attacks in Daraa.",
               location: "Jasim", date: "2025-09-03", fatalities: 2),
    ])
    func oneIncidentToldThreeTimesIsOneEvent(_ a: Retold) {
        let e = events(a.text)
        #expect(e.count == 1)
        guard let event = e.first else { return }
        #expect(event.location == a.location)
        #expect(event.date == a.date)
        #expect(event.fatalities == a.fatalities)
        #expect(event.eventType == "Battles")
        // The lead and the quoted statement are both evidence of the one event.
        let spans = triggers(event)
        #expect(spans.count >= 2)
        #expect(Set(spans.map(\.start)).count == spans.count, "trigger spans are distinct mentions")
        for t in spans { #expect(a.text.text(at: t.span) == t.text) }
    }

    @Test func twoAttacksInTwoVillagesOnOneDayAreTwoEvents() {
        let e = events("Gunmen attacked an SDF checkpoint in Gharanij in the Deir ez-Zor countryside on Monday, killing two fighters. Later on Monday, gunmen also attacked an SDF post in Thiban, killing one fighter.")
        #expect(e.count == 2)
        #expect(Set(e.compactMap(\.location)) == ["Gharanij", "Thiban"])
        #expect(e.allSatisfy { $0.date == "2025-09-01" && $0.admin1 == "Deir ez-Zor" })
        #expect(e.first { $0.location == "Gharanij" }?.fatalities == 2)
        #expect(e.first { $0.location == "Thiban" }?.fatalities == 1)
    }

    @Test func twoAttacksInTwoDesertTownsOnOneDayAreTwoEvents() {
        let e = events("ISIS fighters attacked a Syrian army checkpoint near Sukhnah in the Homs desert on Tuesday, killing three soldiers. Later on Tuesday, ISIS fighters attacked another army checkpoint near Palmyra, killing one soldier.")
        #expect(e.count == 2)
        #expect(Set(e.compactMap(\.location)) == ["Sukhnah", "Palmyra"])
        #expect(e.allSatisfy { $0.date == "2025-09-02" && $0.actor1 == "Islamic State (ISIS)" })
    }

    // MARK: 2. Outlets' home cities

    @Test func outletHomeDatelineDoesNotPlaceAnEventReportedElsewhere() {
        let e = events("ERBIL (Kurdistan 24) – An ISIS cell attacked an SDF post in the village of Gharanij in Deir ez-Zor's countryside on Sunday, killing one fighter, local sources said.",
                       source: "Kurdistan24", url: "https://www.kurdistan24.net/en/story/123456/isis-cell-attacks-sdf-post")
        #expect(e.count == 1)
        #expect(e.first?.location == "Gharanij")
        #expect(e.first?.admin1 == "Deir ez-Zor")
        #expect(e.first?.country == "Syria")
        #expect(e.first?.date == "2025-08-31")
        #expect(!e.contains { $0.admin1 == "Erbil" || $0.location == "Erbil" })
    }

    @Test func outletHomeDatelineGivesWayToAGovernorate() {
        let e = events("ERBIL (Kurdistan 24) – An ISIS cell attacked an SDF post in Deir ez-Zor's eastern countryside on Sunday, killing one fighter.",
                       source: "Kurdistan24")
        #expect(e.count == 1)
        #expect(e.first?.admin1 == "Deir ez-Zor")
        #expect(e.first?.geoPrecision == 2)
        #expect(!e.contains { $0.admin1 == "Erbil" })
    }

    @Test func arabicOutletHomeDatelineDoesNotPlaceAnEvent() {
        let e = events("أربيل (كوردستان24) - هاجمت خلية لداعش نقطة لقوات سوريا الديمقراطية في قرية غرانيج بريف دير الزور الشرقي يوم الأحد.",
                       source: "Kurdistan24")
        #expect(e.count == 1)
        #expect(e.first?.location == "Gharanij")
        #expect(e.first?.admin1 == "Deir ez-Zor")
        #expect(!e.contains { $0.admin1 == "Erbil" })
    }

    @Test(arguments: [
        ("Kurdistan24", "https://www.kurdistan24.net/en/story/124/gunmen-attack-checkpoint"),
        ("Kurdistan24", nil),
        (nil, "https://www.kurdistan24.net/en/story/124/gunmen-attack-checkpoint"),
    ] as [(String?, String?)])
    func outletHomeDatelineAloneIsNoEventPlace(source: String?, url: String?) {
        let e = events("ERBIL (Kurdistan 24) – Gunmen attacked a police checkpoint on Sunday, killing two officers, security sources said.",
                       source: source, url: url)
        #expect(!e.contains { $0.admin1 == "Erbil" || $0.location == "Erbil" })
    }

    /// The home city named in the body (not the dateline) is a place like any other.
    @Test func outletHomeCityNamedInTheBodyPlacesTheEvent() {
        let e = events("ERBIL (Kurdistan 24) – Gunmen killed a Peshmerga officer in Erbil on Friday, security sources said.", source: "Kurdistan24")
        #expect(e.count == 1)
        #expect(e.first?.location == "Erbil")
        #expect(e.first?.admin1 == "Erbil")
        #expect(e.first?.country == "Iraq")
    }

    struct Dateline: Sendable, CustomTestStringConvertible {
        let text: String
        let source: String
        let location: String
        let admin1: String
        var testDescription: String { "\(source): \(location)" }
    }

    /// A dateline that is not the outlet's home places an otherwise unplaced event — in the area of
    /// the city the report was filed from (geo precision 2: the text does not say the city itself).
    @Test(arguments: [
        Dateline(text: "DEIR EZ-ZOR, Syria – Gunmen attacked a police checkpoint on Sunday, killing two officers, security sources said.",
                 source: "Associated Press", location: "Deir ez-Zor", admin1: "Deir ez-Zor"),
        Dateline(text: "RAQQA, Syria (Reuters) – Gunmen attacked a police checkpoint on Sunday, killing two officers, security sources said.",
                 source: "Reuters", location: "Raqqa", admin1: "Ar-Raqqa"),
        Dateline(text: "ERBIL, Iraq (AFP) – A drone struck a car on the outskirts of the city on Sunday, killing two people, security officials said.",
                 source: "AFP", location: "Erbil", admin1: "Erbil"),
    ])
    func agencyDatelinePlacesAnUnplacedEvent(_ d: Dateline) {
        let e = events(d.text, source: d.source)
        #expect(e.count == 1)
        #expect(e.first?.location == d.location)
        #expect(e.first?.admin1 == d.admin1)
        #expect(e.first?.geoPrecision == 2)
        #expect(e.first?.date == "2025-08-31")
    }

    // MARK: 3. Attack versus armed clash

    struct Typed: Sendable, CustomTestStringConvertible {
        let text: String
        let type: String
        let subType: String
        let actor2: String?
        let fatalities: Int
        var testDescription: String { String(text.prefix(40)) }
    }

    @Test(arguments: [
        // Armed men against armed men: a battle, even when only one side fires.
        Typed(text: "Gunmen attacked a checkpoint on the outskirts of Mayadin on Saturday, killing two guards.",
              type: "Battles", subType: "Armed clash", actor2: nil, fatalities: 2),
        Typed(text: "Gunmen attacked a police checkpoint in Raqqa on Monday, killing two guards.",
              type: "Battles", subType: "Armed clash", actor2: "Police Forces of Syria (2024-)", fatalities: 2),
        Typed(text: "هاجم مسلحون حاجزاً لقوات سوريا الديمقراطية في بلدة ذيبان بريف دير الزور يوم الاثنين.",
              type: "Battles", subType: "Armed clash", actor2: "Syrian Democratic Forces (SDF)", fatalities: 0),
        Typed(text: "هاجم مسلحون حاجزاً لقوات الأمن العام في بلدة ذيبان بريف دير الزور يوم الاثنين.",
              type: "Battles", subType: "Armed clash", actor2: "Police Forces of Syria (2024-)", fatalities: 0),
        // Armed men against unarmed people: violence against civilians.
        Typed(text: "Gunmen killed two shepherds near Mayadin in the Deir ez-Zor countryside on Saturday.",
              type: "Violence against civilians", subType: "Attack", actor2: "Civilians (Syria)", fatalities: 2),
        Typed(text: "Unidentified gunmen shot dead a teacher in the town of Busayrah in the Deir ez-Zor countryside on Saturday.",
              type: "Violence against civilians", subType: "Attack", actor2: "Civilians (Syria)", fatalities: 1),
        Typed(text: "قتل مسلحون مجهولون راعيين قرب بلدة ذيبان بريف دير الزور يوم السبت.",
              type: "Violence against civilians", subType: "Attack", actor2: "Civilians (Syria)", fatalities: 2),
    ])
    func attackOnArmedMenIsAClashAndOnCiviliansAnAttack(_ t: Typed) {
        let e = events(t.text)
        #expect(e.count == 1)
        #expect(e.first?.eventType == t.type)
        #expect(e.first?.subEventType == t.subType)
        #expect(e.first?.actor1 == "Unidentified Armed Group (Syria)")
        #expect(e.first?.actor2 == t.actor2)
        #expect(e.first?.fatalities == t.fatalities)
    }

    // MARK: 4. Actors

    @Test(arguments: [
        ("Unidentified gunmen opened fire on a checkpoint in Tabqa on Friday, killing a guard.", "Unidentified Armed Group (Syria)"),
        ("Gunmen attacked an Asayish checkpoint in Qamishli on Friday, wounding two members.", "Unidentified Armed Group (Syria)"),
        ("هاجم مسلحون مجهولون حاجزاً لقوات سوريا الديمقراطية في بلدة ذيبان بريف دير الزور يوم الاثنين.", "Unidentified Armed Group (Syria)"),
        ("هاجم مسلحون مجهولون دورية للأمن العام في مدينة جبلة يوم الاثنين.", "Unidentified Armed Group (Syria)"),
        // The same role word in Iraq is Iraq's unidentified group.
        ("Gunmen killed a Peshmerga officer in Erbil on Friday.", "Unidentified Armed Group (Iraq)"),
    ])
    func roleWordsAreTheCountrysUnidentifiedArmedGroup(_ text: String, _ actor1: String) {
        let e = events(text)
        #expect(e.count == 1)
        #expect(e.first?.actor1 == actor1)
    }

    @Test(arguments: [
        ("Asayish forces clashed with gunmen in Qamishli on Friday, killing one attacker.", "Syrian Democratic Forces (SDF)", "Unidentified Armed Group (Syria)"),
        ("Gunmen attacked an Asayish checkpoint in Qamishli on Friday, wounding two members.", "Unidentified Armed Group (Syria)", "Syrian Democratic Forces (SDF)"),
        ("هاجم مسلحون مجهولون حاجزاً للأسايش في مدينة القامشلي يوم الاثنين.", "Unidentified Armed Group (Syria)", "Syrian Democratic Forces (SDF)"),
        ("هاجم مسلحون مجهولون حاجزاً لقوى الأمن الداخلي (الأسايش) في مدينة القامشلي يوم الاثنين.", "Unidentified Armed Group (Syria)", "Syrian Democratic Forces (SDF)"),
    ])
    func asayishAreCodedAsTheSDF(_ text: String, _ actor1: String, _ actor2: String) {
        let e = events(text)
        #expect(e.count == 1)
        #expect(e.first?.actor1 == actor1)
        #expect(e.first?.actor2 == actor2)
        #expect(e.first?.admin1 == "Al-Hasakah")
    }

    @Test(arguments: [
        ("General Security forces clashed with gunmen in Jablah on Friday, killing two of them.", "2025-09-03"),
        ("اشتبك الأمن العام مع مسلحين في مدينة جبلة يوم الاثنين.", "2025-03-05"),
        // The first day of the new government (events from 2024-12-08 on).
        ("General Security forces clashed with gunmen in Jablah on Monday.", "2024-12-10"),
    ])
    func generalSecurityAfterTheFallOfAssadIsThePolice(_ text: String, _ published: String) {
        let e = events(text, published: published)
        #expect(e.count == 1)
        #expect(e.first?.actor1 == "Police Forces of Syria (2024-)")
        #expect(e.first?.actor2 == "Unidentified Armed Group (Syria)")
        #expect(e.first?.admin1 == "Latakia")
    }

    @Test func generalSecurityBeforeTheFallOfAssadIsNotTheNewPolice() {
        let e = events("General Security forces clashed with gunmen in Jablah on Friday, killing two of them.", published: "2024-12-07")
        #expect(e.count == 1)
        #expect(e.first?.date == "2024-12-06")
        #expect(e.first?.actor1 != nil)
        #expect(e.first?.actor1 != "Police Forces of Syria (2024-)")
    }

    @Test(arguments: [
        "Three civilians were killed when warplanes struck the town of Sarmin in Idlib countryside on Monday.",
        "A shepherd was killed by an air strike near Sarmin on Monday.",
        "Civilians in Sarmin came under an air strike on Monday that killed two children.",
        "A civilian car was hit by an air strike near Sarmin on Monday, killing the driver.",
        "A farmer was killed on Monday in a drone strike on his land near Thiban in the Deir ez-Zor countryside.",
        "Civilians fled as an Israeli air strike hit a building in Quneitra on Monday, killing two people.",
        "مقتل مدني بغارة جوية على بلدة سرمين بريف إدلب يوم الاثنين.",
        "قُتل طفلان وأصيب ثلاثة مدنيين بقصف جوي على بلدة سرمين يوم الاثنين.",
    ])
    func civiliansAreNeverTheInitiatorsOfAnAirStrike(_ text: String) {
        let e = events(text)
        #expect(e.count == 1)
        #expect(e.first?.subEventType == "Air/drone strike")
        #expect(e.first?.actor2 == "Civilians (Syria)")
        let initiator = e.first?.actor1 ?? ""
        #expect(!initiator.hasPrefix("Civilians"))
    }

    @Test(arguments: [
        "A civilian was killed on Monday in clashes between the SDF and Turkish-backed factions near Manbij.",
        "Two civilians died in an exchange of fire between gunmen and General Security forces in Jasim on Monday.",
        "A child was wounded on Monday when clashes broke out between two clans in the town of Busayrah in the Deir ez-Zor countryside.",
        "قتل مدنيان في اشتباكات بين قوات سوريا الديمقراطية وفصائل موالية لتركيا قرب منبج يوم الاثنين.",
    ])
    func civiliansAreNeverTheInitiatorsOfAClash(_ text: String) {
        let e = events(text)
        #expect(e.count == 1)
        #expect(e.first?.subEventType == "Armed clash")
        let initiator = e.first?.actor1 ?? ""
        #expect(!initiator.hasPrefix("Civilians"))
    }

    // MARK: 5. Iraq, and villages named with their governorate

    @Test(arguments: [
        "Iraqi army aircraft struck an ISIS hideout in the Hamrin Mountains in Diyala province on Wednesday, killing four militants.",
        "قصفت طائرات الجيش العراقي وكراً لداعش في سلسلة جبال حمرين بمحافظة ديالى يوم الأربعاء، ما أسفر عن مقتل أربعة إرهابيين.",
    ])
    func hamrinMountainsAreInDiyalaIraq(_ text: String) {
        let e = events(text)
        #expect(e.count == 1)
        #expect(e.first?.country == "Iraq")
        #expect(e.first?.admin1 == "Diyala")
        #expect(e.first?.location == "Hamrin Mountains")
        #expect(e.first?.geoPrecision == 2)
        #expect(e.first?.actor1 == "Military Forces of Iraq")
        #expect(e.first?.fatalities == 4)
        #expect(e.first?.date == "2025-09-03")
    }

    @Test func iraqiArmyAirStrikeInHamrinIsAnAirStrikeOnISIS() {
        let e = events("Iraqi army aircraft struck an ISIS hideout in the Hamrin Mountains in Diyala province on Wednesday, killing four militants.")
        #expect(e.first?.subEventType == "Air/drone strike")
        #expect(e.first?.actor2 == "Islamic State (ISIS)")
    }

    /// Abu Rasin is a village of Al-Hasakah and Sarmin one of Idlib; neither is in Deir ez-Zor.
    @Test(arguments: [
        ("An ISIS cell attacked an SDF post in the village of Abu Rasin in the Deir ez-Zor countryside on Sunday, killing one fighter.", "Al-Hasakah"),
        ("An ISIS cell attacked an SDF post in the village of Sarmin in the Deir ez-Zor countryside on Sunday, killing one fighter.", "Idlib"),
        ("هاجمت خلية لداعش نقطة لقوات سوريا الديمقراطية في قرية أبو راسين بريف دير الزور يوم الأحد.", "Al-Hasakah"),
    ])
    func villageNamedWithItsGovernorateIsNotPlacedOnANamesakeElsewhere(_ text: String, _ namesakeAdmin1: String) {
        let e = events(text)
        #expect(e.count == 1)
        #expect(!e.contains { $0.admin1 == namesakeAdmin1 })
        // Coded at the governorate the sentence names: no location, precision 3.
        #expect(e.first?.admin1 == "Deir ez-Zor")
        #expect(e.first?.country == "Syria")
        #expect(e.first?.location == nil)
        #expect(e.first?.geoPrecision == 3)
        #expect(e.first?.actor1 == "Islamic State (ISIS)")
    }

    // MARK: 6. Lists of places

    @Test(arguments: [
        ("Turkish artillery shelled the villages of Kafr Takharim and Salqin near Harem on Tuesday.", "Military Forces of Turkey", ["Kafr Takharim", "Salqin"]),
        ("Turkish artillery shelled Salqin and Kafr Takharim on Tuesday, residents said.", "Military Forces of Turkey", ["Kafr Takharim", "Salqin"]),
        ("Russian warplanes struck the towns of Saraqib and Sarmin in the Idlib countryside on Tuesday.", "Military Forces of Russia", ["Saraqib", "Sarmin"]),
    ])
    func aListOfPlacesIsOneEventPerPlace(_ text: String, _ actor1: String, _ places: [String]) {
        let e = events(text)
        #expect(e.count == places.count)
        #expect(Set(e.compactMap(\.location)) == Set(places))
        #expect(e.allSatisfy { $0.actor1 == actor1 && $0.date == "2025-09-02" && $0.admin1 == "Idlib" && $0.geoPrecision == 1 })
        #expect(!e.contains { $0.location == "Harim" || $0.location == "Harem" }, "the reference point is no place of the list")
    }

    @Test(arguments: [
        ("Clashes erupted on Tuesday between the SDF and Turkish-backed factions on the road between Manbij and Jarabulus.", ["Manbij", "Jarabulus"]),
        ("Gunmen clashed with General Security forces on the road between Salqin and Harem on Tuesday.", ["Salqin", "Harim"]),
    ])
    func clashesOnTheRoadBetweenTwoPlacesAreOneEvent(_ text: String, _ ends: [String]) {
        let e = events(text)
        #expect(e.count == 1)
        #expect(e.first?.subEventType == "Armed clash")
        #expect(e.first.flatMap(\.location).map(ends.contains) == true)
        #expect(e.first?.date == "2025-09-02")
    }

    // MARK: 7. Background and history

    @Test(arguments: [
        ("1 July", false),   // 64 days before publication
        ("4 July", false),   // 61 days
        ("5 July", true),    // 60 days
        ("6 July", true),    // 59 days
        ("20 August", true),
    ])
    func incidentsMoreThanSixtyDaysOldAreNotCoded(_ day: String, _ coded: Bool) {
        let e = events("Gunmen attacked a checkpoint in Tabqa on \(day), killing two guards.")
        #expect(e.count == (coded ? 1 : 0), "\(day)")
    }

    @Test(arguments: [
        "Gunmen attacked a checkpoint in Tabqa on Monday, killing two guards. In March, a similar attack on a checkpoint in Mayadin killed five soldiers.",
        "Gunmen attacked a checkpoint in Tabqa on Monday, killing two guards. In 2019, ISIS fighters stormed the same town and killed dozens of residents.",
    ])
    func backgroundHistoryInANewsReportIsNotCoded(_ text: String) {
        let e = events(text)
        #expect(e.count == 1)
        #expect(e.first?.location == "Tabqa")
        #expect(e.first?.date == "2025-09-01")
    }

    @Test(arguments: [
        "Gunmen attacked a checkpoint in Tabqa on 12 May 2025, killing two guards.",
        "On March 3, gunmen attacked a checkpoint in Tabqa, killing two guards.",
        "The town of Tabqa, where gunmen attacked a checkpoint in 2019, was calm on Monday.",
        "هاجم مسلحون حاجزاً في الطبقة في 12 أيار 2025، ما أدى إلى مقتل عنصرين.",
    ])
    func oldIncidentsAloneGiveNoEvent(_ text: String) {
        #expect(events(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "Gunmen attacked a checkpoint in Syria on Monday, killing two guards.",
        "An air strike killed three people in Syria on Monday, the monitor said.",
        "قتل ثلاثة أشخاص بغارة جوية في سوريا يوم الاثنين.",
    ])
    func anIncidentOnlyInSyriaIsNotCoded(_ text: String) {
        #expect(events(text).isEmpty, "\(text)")
    }

    // MARK: 8. Articles without a publication date

    @Test(arguments: [
        ("Thursday", "2025-08-14"),
        ("Tuesday", "2025-08-12"),
    ])
    func aURLDateAnchorsAnUndatedArticle(_ weekday: String, _ date: String) {
        let e = events("Gunmen attacked a checkpoint in Tabqa on \(weekday), killing two guards.", published: nil,
                       url: "https://www.example-news.com/syria/2025/08/14/gunmen-attack-tabqa-checkpoint")
        #expect(e.count == 1)
        #expect(e.first?.date == date)
        #expect(e.first?.datePrecision == .day)
    }

    @Test func anUndatedArticleWithAnUndatedURLHasNoDayToResolve() {
        let e = events("Gunmen attacked a checkpoint in Tabqa on Tuesday, killing two guards.", published: nil,
                       url: "https://www.example-news.com/syria/gunmen-attack-tabqa-checkpoint")
        #expect(e.isEmpty)
    }

    @Test(arguments: [
        ("https://www.example-news.com/syria/2024/05/17/drone-strike", "2024-05-17"),
        ("https://www.example-news.com/news/20240517-drone-strike-raqqa", "2024-05-17"),
        ("https://www.example-news.com/news/14-08-2025/clashes-in-deir-ez-zor", "2025-08-14"),
        ("https://www.example-news.com/syria/2025-08-14/clashes", "2025-08-14"),
    ])
    func urlDayReadsTheDateOfAURL(_ url: String, _ day: String) {
        #expect(ArticleAnchor.urlDay(url) == CalendarDay(iso: day))
    }

    @Test(arguments: [
        "https://www.example-news.com/syria/gunmen-attack-tabqa-checkpoint",
        "https://www.kurdistan24.net/en/story/123456/isis-cell-attacks-sdf-post",
        "https://www.example-news.com/news/2025/13/45/not-a-day",
    ])
    func urlDayIsNilWithoutAFullDate(_ url: String) {
        #expect(ArticleAnchor.urlDay(url) == nil)
    }

    // MARK: 9. Admin1 names of the annotation guide

    @Test(arguments: [
        ("A bomb exploded in a market in Douma on Friday, killing three people.", "Rural Damascus", "Syria"),
        ("انفجرت عبوة ناسفة في سوق مدينة دوما يوم الجمعة، ما أدى إلى مقتل ثلاثة أشخاص.", "Rural Damascus", "Syria"),
        ("A roadside bomb exploded near Tabqa on Friday, wounding two soldiers.", "Ar-Raqqa", "Syria"),
        ("Unidentified gunmen opened fire on a checkpoint in Tabqa on Friday, killing a guard.", "Ar-Raqqa", "Syria"),
        ("Gunmen killed a Peshmerga officer in Erbil on Friday.", "Erbil", "Iraq"),
        ("انفجرت عبوة ناسفة في مدينة أربيل يوم الجمعة.", "Erbil", "Iraq"),
    ])
    func admin1UsesTheGuidesNames(_ text: String, _ admin1: String, _ country: String) {
        let e = events(text)
        #expect(e.count == 1)
        #expect(e.first?.admin1 == admin1)
        #expect(e.first?.country == country)
        #expect(e.first?.geoPrecision == 1)
        #expect(e.first?.date == "2025-08-29")
    }

    // MARK: 10. Recaps: "this comes a week after …"

    /// The event a recap names right after "comes a week after" happened that long before the
    /// article's day; the event before the phrase keeps its own day, and an event named far
    /// after it (background in a relative clause) is not dated by it.
    @Test func recapAfterComesAWeekAfterIsDatedAWeekEarlier() {
        let e = events("A roadside bomb killed three soldiers near Mayadin on Wednesday. The attack comes a week after ISIS gunmen killed two shepherds near Sukhnah.")
        #expect(e.count == 2)
        let bomb = e.first { $0.subEventType == "Remote explosive/landmine/IED" }
        let recap = e.first { $0.location == "Sukhnah" }
        #expect(bomb?.date == "2025-09-03")
        #expect(recap?.date == "2025-08-27")
        // The recap's own clause: ISIS killed civilians (not "the attack" on "ISIS gunmen").
        #expect(recap?.actor1 == "Islamic State (ISIS)")
        #expect(recap?.subEventType == "Attack")
    }

    @Test func recapPhraseDoesNotDateWhatComesBeforeItOrFarAfter() {
        let e = events("A roadside bomb killed three soldiers near Mayadin in Deir ez-Zor on Wednesday. The attack came two days after a summit in Damascus where officials discussed the fight against ISIS, which stormed across Syria in 2014.")
        #expect(e.count == 1)
        #expect(e.first?.date == "2025-09-03")
    }

    @Test func arabicRecapIsDatedAWeekEarlier() {
        let e = events("قتل ثلاثة جنود بانفجار عبوة ناسفة قرب الميادين في ريف دير الزور يوم الأربعاء. ويأتي ذلك بعد أسبوع من هجوم لمسلحين على حاجز قرب السخنة أسفر عن مقتل مدنيين اثنين.")
        #expect(e.first { $0.location == "Al-Mayadin" }?.date == "2025-09-03")
        #expect(e.first { $0.location == "Sukhnah" }?.date == "2025-08-27")
    }

    // MARK: 11. Counted people after a killing verb are its victims

    /// "قتل ثلاثة جنود" (three soldiers were killed; the same letters as "killed three soldiers"):
    /// soldiers counted right after a killing verb are the dead, not the initiator.
    @Test(arguments: [
        "قتل ثلاثة جنود بانفجار عبوة ناسفة قرب الميادين في ريف دير الزور يوم الأربعاء.",
        "قتل 4 عسكريين بانفجار عبوة ناسفة قرب الميادين في ريف دير الزور يوم الأربعاء.",
    ])
    func countedSoldiersAfterAKillingVerbAreVictims(_ text: String) {
        let e = events(text)
        #expect(e.count == 1)
        #expect(e.first?.actor2 == "Military Forces of Syria (2024-)")
        #expect(e.first?.actor1 != "Military Forces of Syria (2024-)")
    }

    // MARK: 12. Arabic: a possessive after the target is its owner; quoted names

    /// "هجوم لتنظيم داعش" (an attack of ISIS): the group right after the act's noun is its
    /// initiator; "مقراً عسكرياً لقوات النظام" (a military headquarters of the regime's forces):
    /// the owner of the target is the target. Group names in quotation marks (مسلحي "داعش") are
    /// still the group.
    @Test(arguments: [
        "قال مصدر عسكري إن مسلحي \"داعش\" هاجموا بالأسلحة الرشاشة مقراً عسكرياً لقوات النظام على أطراف بادية تدمر بريف حمص الشرقي مساء أمس.",
        "هاجم مسلحي \"داعش\" حاجزا لقوات النظام قرب السخنة مساء أمس.",
        "استهدف هجوم لتنظيم داعش حاجزا لقوات النظام قرب السخنة مساء أمس ما أدى إلى مقتل عنصرين.",
    ])
    func possessiveAfterTheTargetIsItsOwner(_ text: String) {
        let e = events(text, published: "2023-11-12")
        #expect(e.count == 1)
        #expect(e.first?.actor1 == "Islamic State (ISIS)")
        #expect(e.first?.actor2 == "Military Forces of Syria (2000-2024)")
        #expect(e.first?.subEventType == "Armed clash")
        #expect(e.first?.date == "2023-11-11")
    }

    // MARK: 13. An act the lead denies is denied wherever the article retells it

    /// "Officials deny reports of an attack": the reports the article then retells are the denied
    /// act, not events; an unrelated act in the same article still is one.
    @Test(arguments: [
        "Officials deny reports of ISIS attack near Rutba\n\nThe local administration of Rutba in Anbar denied on Wednesday reports of an ISIS attack on PMF positions in the desert near Rutba. Several websites had reported that ISIS gunmen attacked a PMF post near Rutba on Wednesday, killing two fighters.",
        "الإعلام الأمني ينفي حصول هجوم إرهابي في أبي غريب\n\nنفت خلية الإعلام الأمني حصول هجوم إرهابي اليوم الأربعاء في قضاء أبي غريب. وكانت وسائل إعلام تداولت أنباء عن إصابة ثلاثة مدنيين بعد أن هاجم مسلحون من داعش منزلين في قضاء أبي غريب اليوم.",
    ])
    func retellingsOfADeniedActAreNotEvents(_ text: String) {
        #expect(events(text).isEmpty)
    }

    @Test func otherActsInADenialArticleStay() {
        let e = events("Army denies shelling Idlib village\n\nThe Syrian army denied on Wednesday that it had shelled the village of Kafr Nabl. Separately, ISIS gunmen attacked an SDF checkpoint in Raqqa on Wednesday, killing two fighters.")
        #expect(e.count == 1)
        #expect(e.first?.actor1 == "Islamic State (ISIS)")
        #expect(e.first?.fatalities == 2)
    }

    // MARK: 14. A trend named before the event word is not an incident

    @Test(arguments: [
        "At least 12 people died as ISIS militants attacked a village in Diyala province on Tuesday. ISIS has escalated its attacks in the area between Kirkuk and Diyala.",
        "قتل مدنيان بهجوم لمسلحين على قرية في محافظة ديالى يوم الثلاثاء، وسط تصاعد الهجمات في المحافظة.",
    ])
    func trendBeforeTheEventWordIsNotAnIncident(_ text: String) {
        let e = events(text)
        #expect(e.count == 1)
        #expect(e.first?.admin1 == "Diyala")
        #expect(e.first?.date == "2025-09-02")
    }
}
