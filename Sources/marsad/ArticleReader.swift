import Foundation
import MarsadCore
import MarsadIngest
import MarsadHTML

/// Reads articles from files or stdin: article JSON Lines (FORMATS.md §1), web pages (HTML),
/// RSS/Atom feeds, or plain text (one article per file). Bad input is reported with its file and line and skipped;
/// the rest is still read.
struct ArticleReader {
    struct Problem: CustomStringConvertible {
        var file: String
        var line: Int?
        var message: String
        var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
    }

    /// Bytes of input read so far and in all, for progress and ETA (shared with the caller).
    final class Progress: @unchecked Sendable {
        var done = 0
        var total = 0
    }

    let progress = Progress()
    var published: String?
    /// Larger files are refused (a news article is kilobytes; this guards memory).
    var maxFileBytes = 512 * 1024 * 1024
    private(set) var problems: [Problem] = []

    init(published: String? = nil) { self.published = published }

    /// Calls `body` for each article of each path, in order. "-" is stdin.
    mutating func read(_ paths: [String], _ body: (Article) throws -> Void) throws {
        progress.total = paths.reduce(0) { total, p in
            total + (((try? FileManager.default.attributesOfItem(atPath: p))?[.size] as? Int) ?? 0)
        }
        for path in paths {
            let before = progress.done
            let name = path == "-" ? "<stdin>" : path
            let data: Data
            if path == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                    problems.append(Problem(file: name, line: nil, message: "no such file; check the path")); continue
                }
                if isDir.boolValue {
                    problems.append(Problem(file: name, line: nil, message: "is a directory; pass the files inside it")); continue
                }
                if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxFileBytes {
                    problems.append(Problem(file: name, line: nil, message: "file is \(size / 1_048_576) MB, over the \(maxFileBytes / 1_048_576) MB limit; split it into smaller JSONL files")); continue
                }
                guard let d = FileManager.default.contents(atPath: path) else {
                    problems.append(Problem(file: name, line: nil, message: "cannot read the file (permissions?)")); continue
                }
                data = d
            }
            try parse(data, name: name, body)
            progress.done = before + data.count
        }
    }

    private mutating func parse(_ data: Data, name: String, _ body: (Article) throws -> Void) throws {
        let bytes = [UInt8](data)
        var firstByte: UInt8? = nil
        for b in bytes where !(b == 32 || b == 9 || b == 10 || b == 13 || b == 0xEF || b == 0xBB || b == 0xBF) { firstByte = b; break }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        let ext = (name as NSString).pathExtension.lowercased()
        let base = (name as NSString).lastPathComponent
        if firstByte == UInt8(ascii: "{") {
            try parseJSONLines(bytes, name: name, body)
        } else if ["xml", "rss", "atom"].contains(ext) || head.contains("<rss") || head.contains("<feed") {
            do {
                for a in try FeedReader.read(Data(bytes), idPrefix: base) {
                    var a = a
                    if a.published == nil { a.published = published }
                    try body(a)
                }
            } catch let f as FeedReader.Failure {
                problems.append(Problem(file: name, line: nil, message: "\(f); fix the feed or save it again"))
            }
        } else if ["html", "htm"].contains(ext) || head.contains("<html") || head.contains("<!doctype html") {
            guard var a = HTMLArticleReader.read(bytes, id: base) else {
                problems.append(Problem(file: name, line: nil, message: "no article text found in this web page")); return
            }
            if a.published == nil { a.published = published }
            try body(a)
        } else {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                problems.append(Problem(file: name, line: invalidUTF8Line(bytes), message: "not valid UTF-8 text; convert it to UTF-8 (e.g. iconv) and retry"))
                return
            }
            if bytes.contains(0) {
                problems.append(Problem(file: name, line: nil, message: "looks binary (NUL bytes); pass a text or JSONL file")); return
            }
            try body(Article(id: base, text: text, published: published))
        }
    }

    private func invalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1, start = 0
        for (i, b) in bytes.enumerated() where b == 10 {
            if String(validating: bytes[start..<i], as: UTF8.self) == nil { return line }
            line += 1; start = i + 1
        }
        return line
    }

    private mutating func parseJSONLines(_ bytes: [UInt8], name: String, _ body: (Article) throws -> Void) throws {
        let decoder = JSONDecoder()
        var lineNo = 0
        var start = 0
        let n = bytes.count
        while start < n {
            var end = start
            while end < n, bytes[end] != 10 { end += 1 }
            lineNo += 1
            let slice = bytes[start..<end]
            progress.done += end + 1 - start
            start = end + 1
            if slice.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            guard String(validating: slice, as: UTF8.self) != nil else {
                problems.append(Problem(file: name, line: lineNo, message: "invalid UTF-8; the line was skipped")); continue
            }
            let probe: ArticleProbe
            do {
                probe = try decoder.decode(ArticleProbe.self, from: Data(slice))
            } catch let e as DecodingError {
                problems.append(Problem(file: name, line: lineNo, message: "not a JSON article object (\(Self.describe(e))); fix or remove the line"))
                continue
            } catch {
                problems.append(Problem(file: name, line: lineNo, message: "not a JSON article object (\(error)); fix or remove the line"))
                continue
            }
            guard let text = probe.text else {
                problems.append(Problem(file: name, line: lineNo, message: "no \"text\" field; every article needs its body in \"text\"")); continue
            }
            let id = probe.id ?? "\((name as NSString).lastPathComponent):\(lineNo)"
            try body(Article(id: id, text: text, published: probe.published ?? published, url: probe.url,
                             title: probe.title, source: probe.source, lang: probe.lang))
        }
    }

    static func describe(_ e: DecodingError) -> String {
        switch e {
        case .dataCorrupted(let c): return c.debugDescription
        case .keyNotFound(let k, _): return "missing \(k.stringValue)"
        case .typeMismatch(_, let c): return "wrong type at \(c.codingPath.map(\.stringValue).joined(separator: ".")): \(c.debugDescription)"
        case .valueNotFound(_, let c): return "null at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        @unknown default: return "\(e)"
        }
    }

    /// Lenient article shape: fields optional so that each problem gets its own message.
    struct ArticleProbe: Decodable {
        var id: String?
        var text: String?
        /// Bytes of input read so far and in all, for progress and ETA (shared with the caller).
    final class Progress: @unchecked Sendable {
        var done = 0
        var total = 0
    }

    let progress = Progress()
    var published: String?
        var url: String?
        var title: String?
        var source: String?
        var lang: String?

        enum CodingKeys: String, CodingKey { case id, text, published, url, title, source, lang }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            if let s = try? c.decodeIfPresent(String.self, forKey: .id) { id = s } else if let n = try? c.decodeIfPresent(Int.self, forKey: .id) { id = String(n) }
            text = try c.decodeIfPresent(String.self, forKey: .text)
            published = try? c.decodeIfPresent(String.self, forKey: .published)
            url = try? c.decodeIfPresent(String.self, forKey: .url)
            title = try? c.decodeIfPresent(String.self, forKey: .title)
            source = try? c.decodeIfPresent(String.self, forKey: .source)
            lang = try? c.decodeIfPresent(String.self, forKey: .lang)
        }
    }
}
