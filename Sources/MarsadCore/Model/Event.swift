/// One coded event (FORMATS.md §2). Field names on the wire are exactly the
/// format's; more fields may be added, never renamed.
public struct Event: Codable, Sendable, Equatable {
    public var articleID: String
    public var eventType: String
    public var subEventType: String
    public var actor1: String?
    public var actor2: String?
    public var country: String?
    public var admin1: String?
    public var admin2: String?
    public var location: String?
    public var latitude: Double?
    public var longitude: Double?
    public var geoPrecision: Int?
    public var date: String
    public var datePrecision: DatePrecision
    public var fatalities: Int
    public var fatalitiesLow: Int?
    public var fatalitiesHigh: Int?
    public var evidence: [Evidence]
    public var confidence: Double?
    /// Gazetteer id of the place (added field).
    public var placeID: String?
    /// The rule that decided the event type (added field; shown by `--explain`).
    public var rule: String?
    /// Urban, rural or desert: the setting of the place (added field; nil when the place is
    /// coarser than a town).
    public var setting: String?

    enum CodingKeys: String, CodingKey {
        case articleID = "article_id"
        case eventType = "event_type"
        case subEventType = "sub_event_type"
        case actor1, actor2, country, admin1, admin2, location, latitude, longitude
        case geoPrecision = "geo_precision"
        case date
        case datePrecision = "date_precision"
        case fatalities
        case fatalitiesLow = "fatalities_low"
        case fatalitiesHigh = "fatalities_high"
        case evidence, confidence
        case placeID = "place_id"
        case rule, setting
    }

    public init(articleID: String, eventType: String, subEventType: String,
                actor1: String? = nil, actor2: String? = nil, country: String? = nil,
                admin1: String? = nil, admin2: String? = nil, location: String? = nil,
                latitude: Double? = nil, longitude: Double? = nil, geoPrecision: Int? = nil,
                date: String, datePrecision: DatePrecision, fatalities: Int = 0,
                fatalitiesLow: Int? = nil, fatalitiesHigh: Int? = nil,
                evidence: [Evidence] = [], confidence: Double? = nil,
                placeID: String? = nil, rule: String? = nil) {
        self.articleID = articleID
        self.eventType = eventType
        self.subEventType = subEventType
        self.actor1 = actor1
        self.actor2 = actor2
        self.country = country
        self.admin1 = admin1
        self.admin2 = admin2
        self.location = location
        self.latitude = latitude
        self.longitude = longitude
        self.geoPrecision = geoPrecision
        self.date = date
        self.datePrecision = datePrecision
        self.fatalities = fatalities
        self.fatalitiesLow = fatalitiesLow
        self.fatalitiesHigh = fatalitiesHigh
        self.evidence = evidence
        self.confidence = confidence
        self.placeID = placeID
        self.rule = rule
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        articleID = try c.decodeIfPresent(String.self, forKey: .articleID) ?? ""
        eventType = try c.decode(String.self, forKey: .eventType)
        subEventType = try c.decodeIfPresent(String.self, forKey: .subEventType) ?? ""
        actor1 = try c.decodeIfPresent(String.self, forKey: .actor1)
        actor2 = try c.decodeIfPresent(String.self, forKey: .actor2)
        country = try c.decodeIfPresent(String.self, forKey: .country)
        admin1 = try c.decodeIfPresent(String.self, forKey: .admin1)
        admin2 = try c.decodeIfPresent(String.self, forKey: .admin2)
        location = try c.decodeIfPresent(String.self, forKey: .location)
        latitude = try c.decodeIfPresent(Double.self, forKey: .latitude)
        longitude = try c.decodeIfPresent(Double.self, forKey: .longitude)
        geoPrecision = try c.decodeIfPresent(Int.self, forKey: .geoPrecision)
        date = try c.decode(String.self, forKey: .date)
        datePrecision = try c.decodeIfPresent(DatePrecision.self, forKey: .datePrecision) ?? .day
        fatalities = try c.decodeIfPresent(Int.self, forKey: .fatalities) ?? 0
        fatalitiesLow = try c.decodeIfPresent(Int.self, forKey: .fatalitiesLow)
        fatalitiesHigh = try c.decodeIfPresent(Int.self, forKey: .fatalitiesHigh)
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence)
        placeID = try c.decodeIfPresent(String.self, forKey: .placeID)
        rule = try c.decodeIfPresent(String.self, forKey: .rule)
        setting = try c.decodeIfPresent(String.self, forKey: .setting)
    }
}
