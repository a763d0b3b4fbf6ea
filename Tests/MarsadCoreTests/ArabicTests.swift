import Testing
@testable import MarsadCore

@Suite struct ArabicTests {
    let lexicon = TestKnowledge.shared.lexicon

    @Test(arguments: [("قتل مسلحون مدنيين", "ar"), ("ISIS killed two soldiers", "en"), ("قتل مسلحون مدنيين في دير الزور، وفق ISIS", "ar")])
    func detectsTheScript(_ text: String, _ lang: String) {
        #expect(LanguageDetector.detect(text) == lang)
    }

    @Test func normalisationFoldsMarksAndDigitsKeepingOffsets() {
        let text = "قُتِلَ ٣ مدنيينَ ـــ في ۱۲ آذار"
        let n = TextNormalizer.normalize(text)
        #expect(String(decoding: n.bytes, as: UTF8.self) == "قتل 3 مدنيين  في 12 آذار")
        for t in Tokenizer.tokenize(n.bytes) {
            #expect(n.originalText(n.originalSpan(Int(t.start), Int(t.end))) != nil)
        }
    }

    @Test(arguments: [("والجيش", "الجيش"), ("بدير", "دير"), ("لداعش", "داعش"), ("للجيش", "الجيش"), ("فالقوات", "القوات")])
    func procliticVariants(_ word: String, _ stem: String) {
        let variants = ArabicClitics.variants(Array(word.utf8)).map { String(decoding: $0, as: UTF8.self) }
        #expect(variants.contains(stem), "\(word): \(variants)")
    }

    @Test func shortWordsKeepTheirLetters() {
        // "بيت" must not lose its ب: too little would remain.
        #expect(ArabicClitics.variants(Array("بيت".utf8)).isEmpty)
    }

    func first(_ text: String) -> NumberMention? {
        let doc = Document(text, lexicon: lexicon)
        return NumberReader(doc: doc, lexicon: lexicon).mentions(excluding: []).first
    }

    @Test(arguments: [("مقتل ثلاثة عناصر", 3), ("مقتل أربعة جنود", 4), ("عشرات المدنيين", 10), ("مقتل ١٢ شخصا", 12)])
    func arabicNumbers(_ text: String, _ value: Int) {
        #expect(first(text)?.value == value, "\(text)")
    }

    @Test func dualNounsCountTwo() {
        #expect(first("مقتل عنصرين من الشرطة")?.value == 2)
        let e = TestKnowledge.extractor.extract(Article(id: "d", text: "قتل مسلحون مجهولون شرطيين في مدينة درعا يوم الأحد.", published: "2025-06-03")).events
        #expect(e.first?.fatalities == 2)
    }

    @Test func arabicQuantifier() {
        #expect(first("مقتل ما لا يقل عن 25 شخصا")?.bound == .low)
    }

    func date(_ text: String) -> DateMention? {
        let doc = Document(text, lexicon: lexicon)
        return DateResolver(doc: doc, lexicon: lexicon).mentions(anchor: CalendarDay(iso: "2026-02-14")!).first
    }

    @Test(arguments: [
        ("وقع الهجوم يوم الخميس", "2026-02-12", DatePrecision.day), ("وقع الهجوم أمس", "2026-02-13", .day),
        ("وقع الهجوم الأسبوع الماضي", "2026-02-02", .week), ("وقع الهجوم في كانون الأول", "2025-12-01", .month),
        ("وقع الهجوم في ديسمبر", "2025-12-01", .month), ("وقع الهجوم في 8 آذار 2023", "2023-03-08", .day),
        ("وقع الهجوم في 23 تشرين الثاني", "2025-11-23", .day), ("وقع الهجوم العام الماضي", "2025-01-01", .year),
        ("وقع الهجوم في الثامن من آذار 2023", "2023-03-08", .day), ("وقع الهجوم في الحادي عشر من كانون الثاني", "2026-01-11", .day),
        ("وقعت المواجهة في يوليو/تموز 2014", "2014-07-01", .month), ("وقعت المواجهة في 25 يوليو (تموز) 2014", "2014-07-25", .day),
    ])
    func arabicDates(_ text: String, _ iso: String, _ precision: DatePrecision) {
        let d = date(text)
        #expect(d?.day.description == iso, "\(text)")
        #expect(d?.precision == precision, "\(text)")
    }

    @Test func arabicAndEnglishReportsCodeAlike() {
        let en = TestKnowledge.extractor.extract(Article(id: "e", text: "Unknown gunmen kidnapped a pharmacist in Sweida on Tuesday.", published: "2025-07-03")).events
        let ar = TestKnowledge.extractor.extract(Article(id: "a", text: "اختطف مسلحون مجهولون صيدلانياً في مدينة السويداء يوم الثلاثاء.", published: "2025-07-03")).events
        #expect(en.count == 1 && ar.count == 1)
        #expect(en.first?.subEventType == ar.first?.subEventType)
        #expect(en.first?.location == ar.first?.location)
        #expect(en.first?.date == ar.first?.date)
        #expect(en.first?.actor1 == ar.first?.actor1)
    }

    /// Events abroad are not Syrian or Iraqi events: a country named as a location — after a
    /// direction word ("جنوب شرقي تركيا") or with the preposition ب fused to it ("بتركيا") —
    /// places the event there, and an article that places events abroad does not lend its first
    /// Syrian place to an unplaced event.
    @Test(arguments: [
        "قُتل جندي تركي في اشتباكات مع مسلحين في ولاية أديامان، جنوب شرقي تركيا، يوم الخميس. وتقع الولاية قرب الحدود مع سوريا.",
        "قُتل جندي في اشتباكات مع مسلحين بتركيا يوم الخميس، بحسب مسؤولين قرب الحدود مع سوريا.",
    ])
    func eventsAbroadAreDropped(_ text: String) {
        let r = TestKnowledge.extractor.extract(Article(id: "t", text: text, published: "2015-07-25"))
        #expect(r.events.isEmpty, "\(r.events.map { ($0.subEventType, $0.location ?? $0.country ?? "-") })")
    }

    @Test func theSameSentenceInSyriaStillCodes() {
        let text = "قُتل جندي في اشتباكات مع مسلحين في مدينة تدمر يوم الخميس."
        let r = TestKnowledge.extractor.extract(Article(id: "t", text: text, published: "2015-07-25"))
        #expect(r.events.map(\.location) == ["Palmyra"])
    }

    /// Background is not news: an event whose period ended two months or more before the
    /// article; and a toll over a month is a statistic, kept as a claim.
    @Test func historyAndMonthlyTollsAreNotEvents() {
        let history = TestKnowledge.extractor.extract(Article(id: "h", text: "وسيطرت قوات النظام على مدينة القصير في حزيران 2013 بعد معارك عنيفة.", published: "2015-08-01"))
        #expect(history.events.isEmpty)
        let recent = TestKnowledge.extractor.extract(Article(id: "r", text: "وسيطرت قوات النظام على مدينة القصير في تموز 2015 بعد معارك عنيفة.", published: "2015-08-01"))
        #expect(recent.events.map(\.location) == ["Al-Qusayr"])
        let toll = TestKnowledge.extractor.extract(Article(id: "t", text: "أعلنت بعثة الأمم المتحدة في بغداد عن مقتل 1332 عراقيا في أعمال العنف خلال يوليو الماضي.", published: "2015-08-02"))
        #expect(toll.events.isEmpty)
        #expect(toll.claims.count == 1)
        let english = TestKnowledge.extractor.extract(Article(id: "e", text: "The UN said 1,332 Iraqis were killed in violence in Baghdad during July.", published: "2015-08-02"))
        #expect(english.events.isEmpty)
    }

    /// A big city named by an ordinary word (الباب "the door", الثورة "the revolution") is
    /// that city only in a place context.
    @Test func ordinaryWordsArePlacesOnlyInContext() {
        let city = TestKnowledge.extractor.extract(Article(id: "c", text: "قتل مسلحون ثلاثة مدنيين في مدينة الباب بريف حلب يوم الأحد.", published: "2025-06-03"))
        #expect(city.events.map(\.location) == ["Al Bab"])
        let door = TestKnowledge.extractor.extract(Article(id: "d", text: "قتل مسلحون ثلاثة مدنيين بعد أن فتحوا باب المنزل يوم الأحد، في ريف حلب.", published: "2025-06-03"))
        #expect(!door.events.contains { $0.location == "Al Bab" })
        let revolution = TestKnowledge.extractor.extract(Article(id: "r", text: "اعتقلت قوات النظام ناشطا من شباب الثورة السورية في مدينة حمص يوم الأحد.", published: "2025-06-03"))
        #expect(revolution.events.map(\.location) == ["Homs"])
    }
}
