import MarsadCore

/// The part of an article that supports an event, cut into segments so a client can mark the
/// evidence without parsing offsets (the spans are UTF-8 byte offsets; browsers count UTF-16)
/// and without ever inserting article text as markup: each segment is plain text and the
/// fields it is evidence for.
struct Snippet: Equatable {
    struct Segment: Equatable {
        var text: String
        var fields: [String]
    }
    var segments: [Segment]
    /// Byte range of the snippet in the article.
    var start: Int
    var end: Int

    /// Cuts `text` around `evidence`: from `context` bytes before the first span to `context`
    /// bytes after the last (at most `maxBytes` in all), on UTF-8 character boundaries.
    init(text: String, evidence: [Evidence], context: Int = 160, maxBytes: Int = 1200) {
        let bytes = Array(text.utf8)
        let spans = evidence.filter { $0.start >= 0 && $0.end <= bytes.count && $0.start < $0.end }
        func boundary(_ i: Int, forward: Bool) -> Int {
            var i = max(0, min(bytes.count, i))
            while i > 0, i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += forward ? 1 : -1 }
            return i
        }
        let first = spans.map(\.start).min() ?? 0
        let last = spans.map(\.end).max() ?? min(bytes.count, maxBytes)
        var lo = boundary(first - context, forward: false)
        var hi = boundary(last + context, forward: true)
        if hi - lo > maxBytes { hi = boundary(max(last, lo + maxBytes), forward: true) }
        // Prefer to start at a sentence or word boundary inside the context.
        if lo > 0, let dot = bytes[lo..<first].firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == 0x0A }) { lo = dot + 1 }
        while lo < first, bytes[lo] == 0x20 || bytes[lo] == 0x0A { lo += 1 }
        start = lo
        end = hi
        // Segment boundaries: every span start and end inside the window.
        var cuts = Set([lo, hi])
        for s in spans { cuts.insert(max(lo, s.start)); cuts.insert(min(hi, s.end)) }
        let points = cuts.sorted()
        var out: [Segment] = []
        for (a, b) in zip(points, points.dropFirst()) where a < b {
            let fields = spans.filter { $0.start <= a && $0.end >= b }.map(\.field)
            out.append(Segment(text: String(decoding: bytes[a..<b], as: UTF8.self), fields: fields))
        }
        segments = out
    }

    func write(into w: inout JSONWriter) {
        w.beginObject()
        w.field("start", start)
        w.field("end", end)
        w.field("truncated_before", start > 0)
        w.key("segments")
        w.beginArray()
        for s in segments {
            w.beginObject()
            w.field("text", s.text)
            w.key("fields")
            w.beginArray()
            for f in s.fields { w.value(f) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
