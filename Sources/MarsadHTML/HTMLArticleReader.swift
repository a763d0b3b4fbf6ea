// libxml2's headers bring the system ICU, which clashes with Foundation's own ICU module:
// this module imports no Foundation and keeps libxml2 internal, so no client ever loads both.
internal import CLibXML2
import MarsadCore

/// Reads a news web page into an article: the title (og:title or <title>), the publication date
/// from meta tags (article:published_time, og:published_time, date, pubdate, dc.date) or a
/// <time datetime>, and the body text from the paragraphs of <article> (else of <body>),
/// leaving out scripts, styles, navigation, headers, footers, asides, forms and lists of links.
/// Parsed with libxml2's forgiving HTML parser; never reads the network.
public enum HTMLArticleReader {
    static let skipped: Set<String> = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                                       "iframe", "svg", "button", "select", "figure", "menu"]
    static let blocks: Set<String> = ["p", "h1", "h2", "h3", "li", "blockquote", "pre", "td", "div"]

    public static func read(_ bytes: [UInt8], id: String, url: String? = nil) -> Article? {
        guard !bytes.isEmpty else { return nil }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) {
                htmlReadMemory($0, Int32(p.count), url, "UTF-8", options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }

        var title: String?
        var ogTitle: String?
        var published: String?
        var articleNode: xmlNodePtr?
        var bodyNode: xmlNodePtr?

        func name(_ n: xmlNodePtr) -> String { n.pointee.name.map { String(cString: $0).lowercased() } ?? "" }
        func attr(_ n: xmlNodePtr, _ a: String) -> String? {
            guard let v = xmlGetProp(n, a) else { return nil }
            defer { marsad_xml_free(v) }
            return String(cString: v)
        }
        func text(_ n: xmlNodePtr) -> String {
            guard let c = xmlNodeGetContent(n) else { return "" }
            defer { marsad_xml_free(c) }
            return String(cString: c)
        }
        // First pass: head metadata and the main containers.
        func scan(_ node: xmlNodePtr?) {
            var n = node
            while let cur = n {
                if cur.pointee.type == XML_ELEMENT_NODE {
                    let tag = name(cur)
                    switch tag {
                    case "title": if title == nil { title = text(cur) }
                    case "meta":
                        let key = (attr(cur, "property") ?? attr(cur, "name") ?? attr(cur, "itemprop") ?? "").lowercased()
                        let content = attr(cur, "content")
                        if key == "og:title" { ogTitle = content }
                        if published == nil, ["article:published_time", "og:published_time", "date", "pubdate",
                                               "dc.date", "dc.date.issued", "datepublished", "publishdate"].contains(key) {
                            published = content
                        }
                    case "time": if published == nil { published = attr(cur, "datetime") }
                    case "article": if articleNode == nil { articleNode = cur }
                    case "body": bodyNode = cur
                    default: break
                    }
                    scan(cur.pointee.children)
                }
                n = cur.pointee.next
            }
        }
        scan(root)

        // Second pass: block text of the main container, boilerplate left out.
        var paragraphs: [String] = []
        func collect(_ node: xmlNodePtr?) {
            var n = node
            while let cur = n {
                if cur.pointee.type == XML_ELEMENT_NODE {
                    let tag = name(cur)
                    if skipped.contains(tag) { n = cur.pointee.next; continue }
                    let cls = ((attr(cur, "class") ?? "") + " " + (attr(cur, "id") ?? "")).lowercased()
                    if ["related", "share", "newsletter", "comments", "breadcrumb", "advert", "promo", "most-read"].contains(where: cls.contains) {
                        n = cur.pointee.next; continue
                    }
                    if tag == "p" || tag == "h1" || tag == "h2" || tag == "blockquote" {
                        let t = collapse(text(cur))
                        if !t.isEmpty { paragraphs.append(t) }
                    } else {
                        collect(cur.pointee.children)
                    }
                }
                n = cur.pointee.next
            }
        }
        collect((articleNode ?? bodyNode ?? root).pointee.children)
        let body = paragraphs.joined(separator: "\n\n")
        let heading = collapse(ogTitle ?? title ?? "")
        guard !body.isEmpty || !heading.isEmpty else { return nil }
        let text = heading.isEmpty || body.hasPrefix(heading) ? body : heading + "\n\n" + body
        return Article(id: id, text: text, published: published.flatMap(normalizeDate), url: url,
                       title: heading.isEmpty ? nil : heading)
    }

    public static func collapse(_ s: String) -> String {
        var out = ""
        var space = false
        for ch in s.unicodeScalars {
            if ch == " " || ch == "\n" || ch == "\t" || ch == "\r" || ch == "\u{A0}" {
                space = !out.isEmpty
            } else {
                if space { out.unicodeScalars.append(" "); space = false }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// "2026-02-14T05:36:00Z" → "2026-02-14"; anything else that starts with a date is cut to it.
    public static func normalizeDate(_ s: String) -> String? {
        let d = String(s.prefix(10))
        return CalendarDay(iso: d) != nil ? d : nil
    }
}
