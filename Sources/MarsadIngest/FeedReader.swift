import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import MarsadCore
import MarsadHTML

/// Reads RSS 2.0 and Atom feeds into articles (title, link, publication date, and the item's
/// text with its markup removed). Malformed XML is reported, not half-read.
public final class FeedReader: NSObject, XMLParserDelegate {
    public enum Failure: Error, CustomStringConvertible {
        case notXML(line: Int, reason: String)
        public var description: String {
            switch self {
            case let .notXML(line, reason): "line \(line): not a well-formed RSS/Atom feed (\(reason))"
            }
        }
    }

    private var items: [Article] = []
    private var current: [String: String]? = nil
    private var text = ""
    private var link: String?
    private let prefix: String

    private init(prefix: String) { self.prefix = prefix }

    public static func read(_ data: Data, idPrefix: String) throws -> [Article] {
        let reader = FeedReader(prefix: idPrefix)
        let parser = XMLParser(data: data)
        parser.delegate = reader
        let ok = parser.parse()
        if !ok || parser.parserError != nil {
            throw Failure.notXML(line: parser.lineNumber, reason: parser.parserError.map { "\($0.localizedDescription)" } ?? "parse failed")
        }
        return reader.items
    }

    public func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                       attributes: [String: String] = [:]) {
        let n = name.lowercased()
        if n == "item" || n == "entry" { current = [:]; link = nil }
        if current != nil, n == "link", let href = attributes["href"], link == nil { link = href }
        text = ""
    }

    public func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    public func parser(_ parser: XMLParser, foundCDATA block: Data) { text += String(decoding: block, as: UTF8.self) }

    public func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard current != nil else { return }
        let n = (qualifiedName ?? name).lowercased()
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch n {
        case "item", "entry":
            let c = current!
            let body = FeedReader.stripTags(c["content:encoded"] ?? c["content"] ?? c["description"] ?? c["summary"] ?? "")
            let title = c["title"].map(FeedReader.stripTags)
            let full = [title, body].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
            let url = link ?? c["link"] ?? c["guid"]
            if !full.isEmpty {
                items.append(Article(id: "\(prefix)#\(items.count + 1)", text: full,
                                     published: FeedReader.date(c["pubdate"] ?? c["published"] ?? c["updated"] ?? c["dc:date"]),
                                     url: url, title: title))
            }
            current = nil
        default:
            if current?[n] == nil { current?[n] = value }
        }
        text = ""
    }

    static func stripTags(_ s: String) -> String {
        var out = ""
        var inTag = false
        for ch in s {
            if ch == "<" { inTag = true; continue }
            if ch == ">" { inTag = false; out.append(" "); continue }
            if !inTag { out.append(ch) }
        }
        let decoded = out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&nbsp;", with: " ")
        return HTMLArticleReader.collapse(decoded)
    }

    /// RFC 822 ("Sat, 14 Feb 2026 05:36:00 GMT") or ISO 8601 → YYYY-MM-DD.
    static func date(_ s: String?) -> String? {
        guard let s = s?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
        if let d = HTMLArticleReader.normalizeDate(s) { return d }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEE, d MMM yyyy HH:mm:ss zzz", "dd MMM yyyy HH:mm:ss zzz", "EEE, dd MMM yyyy HH:mm:ss Z"] {
            f.dateFormat = format
            if let d = f.date(from: s) {
                f.dateFormat = "yyyy-MM-dd"
                return f.string(from: d)
            }
        }
        return nil
    }
}
