/// One incident of an article: the mentions that report it and the event coded from them.
struct ArticleIncident {
    let mentions: [EventCandidate]
    let coded: EventCandidate
}
