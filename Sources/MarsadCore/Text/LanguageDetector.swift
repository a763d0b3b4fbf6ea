/// Detects an article's language from its script: the share of Arabic letters among all
/// letters in the first 4 KB. Enough to tell Marsad's two languages apart.
public enum LanguageDetector {
    public static func detect(_ text: String) -> String {
        var arabic = 0, latin = 0
        var seen = 0
        for u in text.unicodeScalars {
            seen += 1
            if seen > 4096 { break }
            switch u.value {
            case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabic += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            default: break
            }
        }
        return arabic > latin ? "ar" : "en"
    }
}
