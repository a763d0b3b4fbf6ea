import Foundation
import Testing
@testable import MarsadIngest
import MarsadHTML

@Suite struct IngestReaderTests {
    static let page = """
    <!DOCTYPE html><html><head><title>Site | Gunmen kill two</title>
    <meta property="og:title" content="Gunmen kill two in Hajin">
    <meta property="article:published_time" content="2025-09-02T08:00:00Z">
    <script>var ads = "killed 99 people in Raqqa";</script><style>p{}</style></head>
    <body><nav><a href="/">Home</a> <a href="/syria">Syria</a></nav>
    <header>Breaking news banner</header>
    <article><h1>Gunmen kill two in Hajin</h1>
    <p>Gunmen killed two civilians in the town of Hajin on Sunday, residents said.</p>
    <div class="related-stories"><ul><li><a href="/x">Air strike kills 40 in Idlib</a></li></ul></div>
    <p>The attackers fled &amp; no group claimed it.</p></article>
    <aside>Most read: explosion in Damascus</aside><footer>© Example</footer></body></html>
    """

    @Test func webPagesKeepTheStoryAndDropBoilerplate() throws {
        let a = try #require(HTMLArticleReader.read(Array(Self.page.utf8), id: "page.html"))
        #expect(a.title == "Gunmen kill two in Hajin")
        #expect(a.published == "2025-09-02")
        #expect(a.text.contains("Gunmen killed two civilians in the town of Hajin on Sunday"))
        #expect(a.text.contains("fled & no group"))
        for junk in ["killed 99", "Home", "Breaking news", "Air strike kills 40", "Most read", "©"] {
            #expect(!a.text.contains(junk), "\(junk) should be left out")
        }
    }

    @Test func brokenHTMLStillReads() {
        let a = HTMLArticleReader.read(Array("<html><body><p>Shelling hit Saraqib on Monday<p>Second para".utf8), id: "b")
        #expect(a?.text.contains("Shelling hit Saraqib") == true)
        #expect(HTMLArticleReader.read([], id: "empty") == nil)
    }

    @Test func rssAndAtomFeeds() throws {
        let rss = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>
        <item><title>Blast in Raqqa</title><link>https://example.org/1</link>
        <pubDate>Sat, 14 Feb 2026 05:36:00 GMT</pubDate>
        <description><![CDATA[<p>A car bomb exploded in <b>Raqqa</b> on Friday.</p>]]></description></item>
        <item><title>Second</title><link>https://example.org/2</link><description>Text &amp; more</description></item>
        </channel></rss>
        """
        let items = try FeedReader.read(Data(rss.utf8), idPrefix: "feed.xml")
        #expect(items.count == 2)
        #expect(items[0].url == "https://example.org/1")
        #expect(items[0].published == "2026-02-14")
        #expect(items[0].text == "Blast in Raqqa\n\nA car bomb exploded in Raqqa on Friday.")
        #expect(items[1].text.contains("Text & more"))
        let atom = """
        <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
        <entry><title>Clashes near Palmyra</title><link href="https://example.org/a"/>
        <published>2025-11-23T10:00:00Z</published><summary>ISIS fighters ambushed a patrol.</summary></entry></feed>
        """
        let entries = try FeedReader.read(Data(atom.utf8), idPrefix: "atom.xml")
        #expect(entries.count == 1 && entries[0].url == "https://example.org/a" && entries[0].published == "2025-11-23")
    }

    @Test func aFeedThatIsNotXMLIsAnError() {
        #expect(throws: FeedReader.Failure.self) { _ = try FeedReader.read(Data("<rss><item><title>x</item>".utf8), idPrefix: "bad") }
    }
}
