/// One gazetteer entry.
public struct Place: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case country, governorate, district, subdistrict, city, community, landmark, area
        /// A place outside Syria and Iraq (so that events abroad are recognised as such).
        case foreign
    }

    public var id: String
    public var kind: Kind
    public var country: String
    public var name: String
    public var nameAR: String
    public var admin1: String
    public var admin2: String
    public var admin3: String
    public var latitude: Double?
    public var longitude: Double?
    /// The coordinates are the centroid of a containing unit, not the place's own point.
    public var coordinatesAreCentroid: Bool
    public var population: Int
    /// Urban, rural or desert (`Setting.default(for:)`, overridden by `settings.tsv`).
    public var setting: Setting?

    /// ACLED geo precision when an event is placed here.
    public var geoPrecision: Int {
        switch kind {
        case .city, .community, .landmark: coordinatesAreCentroid ? 2 : 1
        case .district, .subdistrict, .area: 2
        case .governorate, .country, .foreign: 3
        }
    }

    /// The admin path, e.g. "Syria > Deir ez-Zor > Deir ez-Zor > Tabni".
    public var adminPath: String {
        [country, admin1, admin2, admin3].filter { !$0.isEmpty }.joined(separator: " > ")
    }

    public var isInCoverage: Bool { kind != .foreign }

    /// How specific a place of this kind is as an event's location: 0 a town, village or site,
    /// 1 a district or named area, 2 a governorate, 3 a country, 4 abroad (lower is finer).
    public var specificity: Int {
        switch kind {
        case .community, .city, .landmark: 0
        case .subdistrict, .district, .area: 1
        case .governorate: 2
        case .country: 3
        case .foreign: 4
        }
    }
}
