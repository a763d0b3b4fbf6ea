import ArgumentParser
import Foundation
import MarsadCore
import MarsadStore

/// Where the database is: --db, else $MARSAD_DB, else ./marsad.sqlite.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The SQLite database (default: $MARSAD_DB or ./marsad.sqlite).", valueName: "file"))
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["MARSAD_DB"] ?? "marsad.sqlite" }

    func open() throws -> SQLiteStore {
        do { return try SQLiteStore(path: path) } catch { throw ValidationError("\(error)") }
    }
}

/// The event filters shared by `events` and `export`.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Events on or after this date (YYYY-MM-DD).", valueName: "date")) var since: String?
    @Option(help: ArgumentHelp("Events on or before this date (YYYY-MM-DD).", valueName: "date")) var until: String?
    @Option(help: ArgumentHelp("Event type, e.g. \"Explosions/Remote violence\".", valueName: "type")) var type: String?
    @Option(name: .customLong("sub-type"), help: ArgumentHelp("Sub-event type, e.g. \"Air/drone strike\".", valueName: "type")) var subType: String?
    @Option(help: ArgumentHelp("Actor name or part of it (either side), e.g. ISIS.", valueName: "name")) var actor: String?
    @Option(help: ArgumentHelp("Governorate / province, e.g. \"Deir ez-Zor\".", valueName: "name")) var admin1: String?
    @Option(help: ArgumentHelp("Country (Syria, Iraq).", valueName: "name")) var country: String?
    @Option(help: ArgumentHelp("Within a radius: LAT,LON,RADIUSkm, e.g. 35.33,40.14,25km.", valueName: "lat,lon,km")) var near: String?
    @Option(name: .customLong("min-fatalities"), help: "At least this many fatalities.") var minFatalities: Int?
    @Option(help: "At most this many events.") var limit = 10_000

    func validate() throws {
        for (name, v) in [("--since", since), ("--until", until)] {
            if let v, CalendarDay(iso: v) == nil { throw ValidationError("\(name) '\(v)' is not a date; use YYYY-MM-DD") }
        }
        if let near, EventFilter.parseNear(near) == nil {
            throw ValidationError("--near '\(near)' is not LAT,LON,RADIUSkm (e.g. 35.33,40.14,25km)")
        }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func validate(against lexicon: Lexicon) throws {
        if let type, !lexicon.eventTypes.contains(type) {
            throw ValidationError("unknown event type '\(type)'; one of: \(lexicon.eventTypes.sorted().joined(separator: ", "))")
        }
        if let subType, !lexicon.taxonomy.contains(where: { $0.hasSuffix("|" + subType) }) {
            throw ValidationError("unknown sub-event type '\(subType)'")
        }
    }

    var filter: EventFilter {
        var f = EventFilter()
        f.since = since.flatMap(CalendarDay.init(iso:))
        f.until = until.flatMap(CalendarDay.init(iso:))
        f.eventType = type
        f.subEventType = subType
        f.actor = actor
        f.admin1 = admin1
        f.country = country
        f.near = near.flatMap(EventFilter.parseNear)
        f.minFatalities = minFatalities
        f.limit = limit
        return f
    }
}
