/// Events in ACLED's CSV layout: the column names and conventions ACLED users know
/// (event_id_cnty, event_date, year, time_precision 1 day / 2 week / 3 month or year …).
/// Marsad adds what ACLED lacks at the end: confidence, rule, place_id, article_id.
public enum ACLEDCSV {
    public static let columns = [
        "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
        "actor1", "actor2", "iso", "country", "admin1", "admin2", "location", "latitude", "longitude",
        "geo_precision", "source", "notes", "fatalities", "fatalities_low", "fatalities_high",
        "confidence", "rule", "place_id", "article_id",
    ]

    public static var header: String { columns.joined(separator: ",") }

    static func iso(_ country: String?) -> (String, String) {
        switch country {
        case "Syria": ("760", "SYR")
        case "Iraq": ("368", "IRQ")
        default: ("", "XXX")
        }
    }

    public static func timePrecision(_ p: DatePrecision) -> Int {
        switch p {
        case .day: 1
        case .week: 2
        case .month, .year: 3
        }
    }

    /// - Parameters:
    ///   - id: the store's event id (event_id_cnty = country code + id).
    ///   - source: the outlet; notes: a short description (the trigger sentence).
    public static func row(_ e: Event, id: Int64, source: String?, notes: String?) -> String {
        let (num, code) = iso(e.country)
        func d(_ v: Double?) -> String { v.map { String($0) } ?? "" }
        let fields: [String] = [
            "\(code)\(id)", e.date, String(e.date.prefix(4)), String(timePrecision(e.datePrecision)),
            e.eventType, e.subEventType, e.actor1 ?? "", e.actor2 ?? "", num, e.country ?? "", e.admin1 ?? "",
            e.admin2 ?? "", e.location ?? "", d(e.latitude), d(e.longitude), e.geoPrecision.map(String.init) ?? "",
            source ?? "", notes ?? "", String(e.fatalities), e.fatalitiesLow.map(String.init) ?? "",
            e.fatalitiesHigh.map(String.init) ?? "", d(e.confidence), e.rule ?? "", e.placeID ?? "", e.articleID,
        ]
        return fields.map(CSVField.quote).joined(separator: ",")
    }
}
