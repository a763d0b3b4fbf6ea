/// Where an event happened in the sense analysts ask about ("are attacks moving from the
/// desert into the cities?"): a city or town, the countryside, or the desert (Badia).
/// Places coarser than a town (districts, governorates) have no setting.
public enum Setting: String, Sendable, CaseIterable, Codable {
    case urban, rural, desert

    /// The default for a kind of place, before the overrides of `settings.tsv`: cities are
    /// urban, communities rural; landmarks, areas and administrative units unknown.
    public static func `default`(for kind: Place.Kind) -> Setting? {
        switch kind {
        case .city: .urban
        case .community: .rural
        default: nil
        }
    }
}
