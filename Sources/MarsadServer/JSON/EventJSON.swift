import MarsadCore
import MarsadStore

/// Stored events as the API writes them: FORMATS.md §2 fields, plus the store's (id,
/// incident, sources, provenance). One shape everywhere an event appears.
enum EventJSON {
    /// - Parameter provenance: include `coded_with` (the knowledge versions; long, so lists leave it out).
    static func write(_ s: StoredEvent, into w: inout JSONWriter, evidence: Bool = true, provenance: Bool = false) {
        let e = s.event
        w.beginObject()
        w.field("id", s.id)
        w.field("incident_id", s.incidentID ?? s.id)
        w.field("sources_count", s.sourcesCount)
        w.field("incident_fatalities", s.incidentFatalities ?? e.fatalities)
        w.field("article_id", e.articleID)
        w.field("event_type", e.eventType)
        w.field("sub_event_type", e.subEventType)
        w.field("actor1", e.actor1)
        w.field("actor2", e.actor2)
        w.field("country", e.country)
        w.field("admin1", e.admin1)
        w.field("admin2", e.admin2)
        w.field("location", e.location)
        w.field("latitude", e.latitude)
        w.field("longitude", e.longitude)
        w.field("geo_precision", e.geoPrecision)
        w.field("setting", e.setting)
        w.field("date", e.date)
        w.field("date_precision", e.datePrecision.rawValue)
        w.field("fatalities", e.fatalities)
        w.field("fatalities_low", e.fatalitiesLow)
        w.field("fatalities_high", e.fatalitiesHigh)
        w.field("confidence", e.confidence)
        w.field("place_id", e.placeID)
        w.field("rule", e.rule)
        w.field("source", s.source)
        w.field("title", s.articleTitle)
        if provenance { w.field("coded_with", s.codedWith) }
        if evidence {
            w.key("evidence")
            w.beginArray()
            for ev in e.evidence {
                w.beginObject()
                w.field("field", ev.field)
                w.field("start", ev.start)
                w.field("end", ev.end)
                w.field("text", ev.text)
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
    }
}
