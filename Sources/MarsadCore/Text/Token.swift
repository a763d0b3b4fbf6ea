/// A token of the normalised text: a run of letters/digits, or one punctuation byte.
/// Offsets are into `NormalizedText.bytes`; map them back with `originalSpan`.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable { case word, number, punct }

    public struct Flags: OptionSet, Sendable, Equatable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// First letter is an ASCII capital.
        public static let capitalized = Flags(rawValue: 1)
        /// Every letter is an ASCII capital (and there are at least two).
        public static let allCaps = Flags(rawValue: 2)
        /// Joined to the previous token by a hyphen ("al-Qamishli", "anti-ISIS").
        public static let hyphenBefore = Flags(rawValue: 4)
        /// Joined to the previous token by an apostrophe ("Syria's", "Ma'arrat").
        public static let apostropheBefore = Flags(rawValue: 8)
        /// Preceded by a blank line (paragraph break).
        public static let paragraphBefore = Flags(rawValue: 16)
        /// Preceded by a line break.
        public static let newlineBefore = Flags(rawValue: 32)
        /// Contains non-ASCII letters in the Arabic block.
        public static let arabic = Flags(rawValue: 64)
        /// Contains non-ASCII bytes.
        public static let nonASCII = Flags(rawValue: 128)
    }

    public var start: Int32
    public var end: Int32
    public var kind: Kind
    public var flags: Flags

    public init(start: Int32, end: Int32, kind: Kind, flags: Flags) {
        self.start = start
        self.end = end
        self.kind = kind
        self.flags = flags
    }
}
