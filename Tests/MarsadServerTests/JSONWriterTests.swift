import Foundation
@testable import MarsadServer
import Testing

@Suite struct JSONWriterTests {
    /// Any string written comes back unchanged through a standard JSON parser, and the output
    /// never carries markup characters or raw line separators.
    @Test func stringsRoundTripAndCarryNoMarkup() throws {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["<script>", "</b>", "&amp;", "\"", "\\", "\n", "\t", "\u{0}", "\u{1F}", "\u{2028}", "\u{2029}", "\u{2027}",
                      "é", "دير الزور", "😀", "a", " ", "\u{7F}", "\u{E2}"]
        for _ in 0..<500 {
            let s = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            var w = JSONWriter()
            w.beginArray()
            w.value(s)
            w.value(Int.random(in: -1000...1000, using: &rng))
            w.value(Double.random(in: -90...90, using: &rng))
            w.value(nil as String?)
            w.endArray()
            let parsed = try JSONSerialization.jsonObject(with: Data(w.bytes)) as! [Any]
            #expect(parsed[0] as? String == s)
            let raw = String(decoding: w.bytes, as: UTF8.self)
            #expect(!raw.contains("<") && !raw.contains(">") && !raw.contains("&"))
            #expect(!raw.contains("\u{2028}") && !raw.contains("\u{2029}"))
        }
    }

    @Test func objectsNestWithCommasInTheRightPlaces() throws {
        var w = JSONWriter()
        w.beginObject()
        w.field("a", 1)
        w.key("b")
        w.beginArray()
        w.beginObject(); w.field("c", "x"); w.endObject()
        w.beginObject(); w.endObject()
        w.endArray()
        w.field("d", true)
        w.field("e", 2.5)
        w.endObject()
        #expect(String(decoding: w.bytes, as: UTF8.self) == #"{"a":1,"b":[{"c":"x"},{}],"d":true,"e":2.5}"#)
    }
}
