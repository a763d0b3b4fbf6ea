import Foundation
import MarsadCore

/// The body of `POST /api/articles`: one article object (FORMATS.md §1) or an array of them.
/// Each is checked before any is stored, and the first problem is reported with its index.
enum ArticlePayload {
    static func decode(_ data: Data, limit: Int) throws -> [Article] {
        guard let first = data.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw APIError.badRequest("the body is empty; send an article object or an array of them")
        }
        let decoder = JSONDecoder()
        let articles: [Article]
        do {
            articles = first == UInt8(ascii: "[") ? try decoder.decode([Article].self, from: data) : [try decoder.decode(Article.self, from: data)]
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw APIError.badRequest("\(where_(ctx.codingPath))missing field '\(key.stringValue)'; an article needs at least id and text")
        } catch let DecodingError.typeMismatch(_, ctx) {
            throw APIError.badRequest("\(where_(ctx.codingPath))wrong type for '\(ctx.codingPath.last?.stringValue ?? "?")'; fields are strings")
        } catch let DecodingError.valueNotFound(_, ctx) {
            throw APIError.badRequest("\(where_(ctx.codingPath))'\(ctx.codingPath.last?.stringValue ?? "?")' is null")
        } catch {
            throw APIError.badRequest("the body is not valid JSON; send an article object or an array of them")
        }
        guard !articles.isEmpty else { throw APIError.badRequest("the array is empty") }
        guard articles.count <= limit else {
            throw APIError(.contentTooLarge, "too_many_articles", "\(articles.count) articles in one request; send at most \(limit)")
        }
        for (i, a) in articles.enumerated() {
            let at = articles.count > 1 ? "article \(i): " : ""
            if a.id.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw APIError.badRequest("\(at)'id' is empty") }
            if a.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw APIError.badRequest("\(at)'text' is empty") }
            if let lang = a.lang, !["en", "ar"].contains(lang) {
                throw APIError.badRequest("\(at)'lang' must be en or ar (or left out to detect it), got '\(lang.prefix(20))'")
            }
            if let p = a.published, CalendarDay(iso: String(p.prefix(10))) == nil {
                throw APIError.badRequest("\(at)'published' must be an ISO date (YYYY-MM-DD or a full timestamp), got '\(p)'")
            }
        }
        return articles
    }

    private static func where_(_ path: [any CodingKey]) -> String {
        if let index = path.first?.intValue { return "article \(index): " }
        return ""
    }
}
