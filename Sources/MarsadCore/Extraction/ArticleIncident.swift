/// One incident of an article: the mentions that report it and the event coded from them.
struct ArticleIncident {
    private(set) var mentions: [EventCandidate]
    private(set) var coded: EventCandidate

    init(_ first: EventCandidate) {
        mentions = [first]
        coded = first
    }

    mutating func add(_ mention: EventCandidate, coder: IncidentGrouper) {
        mentions.append(mention)
        coded = coder.code(mentions)
    }
}
