/// The annotation layers of one article — dates, numbers, places, actors and cues, with their
/// token indexes, the dateline, the article's main place and country, and the settlements the
/// gazetteer lacks. Built once by `Annotator` (stage 1) and only read by the later stages:
/// candidates (`Extractor.CandidateFinder`), incidents (`IncidentGrouper`) and coding.
struct ArticleAnnotations: CueReading {
    let doc: Document
    var anchor: CalendarDay?
    var dates: [DateMention] = []
    var numbers: [NumberMention] = []
    var places: [ResolvedPlace] = []
    var actors: [ActorMention] = []
    var cueAt: TokenMap<(LexEntry.Cue, Int)>  // start → (first cue, end)
    var cuesAt: TokenMap<UInt64>   // start → every cue of the phrase, as bits
    var cueEndingAt: TokenMap<[LexEntry.Cue]>
    var placeIndex = TokenIndex<ResolvedPlace>([], start: { $0.start })
    var dateIndex = TokenIndex<DateMention>([], start: { $0.start })
    var actorIndex = TokenIndex<ActorMention>([], start: { $0.start })
    var numberIndex = TokenIndex<NumberMention>([], start: { $0.start })
    var deathIndex = TokenIndex<(start: Int, end: Int)>([], start: { $0.start })
    var datelinePlace: ResolvedPlace?
    var mainPlace: ResolvedPlace?
    /// Places abroad the article names as locations ("in Istanbul", "بتركيا").
    var abroadMentions = 0
    var mainCountry = "Syria"
    /// Settlement names the gazetteer lacks ("the village of Al-Maftrah", "قرية عينجارة"): token ranges.
    var unknownPlaces: [Range<Int>] = []

    init(doc: Document) {
        self.doc = doc
        cueAt = TokenMap(tokens: doc.tokens.count)
        cuesAt = TokenMap(tokens: doc.tokens.count)
        cueEndingAt = TokenMap(tokens: doc.tokens.count)
    }
}
