import MarsadCore

/// Decides whether a predicted and a gold event name the same place, by what the places are
/// rather than how they are spelled: the same gazetteer entry, or within `radiusKm` of a
/// gazetteer entry that the gold name resolves to inside the gold's admin1 ("Kobani" for a
/// gold "Kobane", "Jablah" for "Jableh"). Without a gazetteer it compares folded spellings.
public struct PlaceComparer: Sendable {
    let gazetteer: Gazetteer?
    let radiusKm: Double

    public init(gazetteer: Gazetteer?, radiusKm: Double = 10) {
        self.gazetteer = gazetteer
        self.radiusKm = radiusKm
    }

    /// Spelling only (folded: case, punctuation and spaces ignored).
    public static let spelling = PlaceComparer(gazetteer: nil)

    /// FORMATS §3: same location, or same admin1 where either side has only admin1.
    public func agree(_ p: Event, _ g: Event) -> Bool {
        let pOnlyAdmin = p.location == nil || p.geoPrecision == 3 && p.admin1 != nil && fold(p.location!) == fold(p.admin1!)
        let gOnlyAdmin = g.location == nil || g.geoPrecision == 3 && g.admin1 != nil && fold(g.location!) == fold(g.admin1!)
        if pOnlyAdmin || gOnlyAdmin {
            guard let pa = p.admin1, let ga = g.admin1 else { return p.admin1 == nil && g.admin1 == nil && p.location == nil && g.location == nil }
            return fold(pa) == fold(ga)
        }
        return sameLocation(p, g)
    }

    /// The two locations are one place (both sides name a location).
    public func sameLocation(_ p: Event, _ g: Event) -> Bool {
        guard let pl = p.location, let gl = g.location else { return p.location == nil && g.location == nil }
        if fold(pl) == fold(gl) { return true }
        guard let gazetteer else { return false }
        for c in candidates(gl, admin1: g.admin1, country: g.country, in: gazetteer) {
            if let id = p.placeID, id == c.id { return true }
            if let lat = p.latitude, let lon = p.longitude, let clat = c.latitude, let clon = c.longitude,
               GeoDistance.kilometres(lat, lon, clat, clon) <= radiusKm { return true }
        }
        return false
    }

    /// Gazetteer entries a gold name can be: those inside its admin1 (and country) when it has one.
    func candidates(_ name: String, admin1: String?, country: String?, in gazetteer: Gazetteer) -> [Place] {
        let found = gazetteer.lookup(name).map(\.place).filter { $0.isInCoverage }
        let inside = found.filter { place in
            (admin1 == nil || fold(place.admin1) == fold(admin1!)) && (country == nil || place.country == country!)
        }
        return Array(inside.prefix(8))
    }

    public func fold(_ s: String) -> String { EventMatcher.fold(s) }
}
