/// Scores gazetteer candidates for a mention. Context (the governorates named in the
/// same sentence and in the article, the article's country) outweighs size; size
/// outweighs kind; an exact spelling beats a folded one.
public enum PlaceRanker {
    public static func kindScore(_ k: Place.Kind) -> Double {
        switch k {
        case .city: 3.0
        case .governorate: 2.6
        case .landmark: 2.5
        case .area: 2.4
        case .country: 2.0
        case .foreign: 1.8
        case .district: 0.75
        case .subdistrict: 0.7
        case .community: 0.8
        }
    }

    public static func baseScore(_ p: Place, exact: Bool) -> Double {
        var s = kindScore(p.kind)
        // Population counts for settlements; an admin unit's population is not its seat's size.
        if p.population > 0, p.kind != .district, p.kind != .subdistrict { s += 0.35 * log10(Double(p.population) + 1) }
        if exact { s += 3.0 }
        // A place abroad named exactly ("Riyadh", "Suruç") beats a namesake village at home;
        // one only folded alike ("Al Hawl" ~ Hail) does not.
        if exact, p.kind == .foreign { s += 2.2 }
        if p.latitude == nil { s -= 0.5 }
        if p.coordinatesAreCentroid { s -= 0.2 }
        return s
    }

    static func log10(_ x: Double) -> Double {
        // Enough precision for ranking, without Foundation.
        var v = x, e = 0.0
        while v >= 10 { v /= 10; e += 1 }
        return e + (v - 1) / 9
    }
}
