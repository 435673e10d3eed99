/// A token of a text with its attributes: where it is, what kind of token it is, and flags that
/// plugins would otherwise each derive again.
///
/// The folded form and the shape are computed from the text when asked for, so that a layer of a
/// long article costs one small value per token.
///
/// ```swift
/// let text = "Mr. Peña paid $2.3 million."
/// let layer = TextLayer(text: text)
/// layer.tokens[1].folded(in: text)   // "pena"
/// layer.tokens[1].shape(in: text)    // "Xxxx"
/// layer.tokens[4].kind               // .number
/// ```
public struct Token: Hashable, Sendable {
  /// What a token is.
  public enum Kind: UInt8, Hashable, Sendable, CaseIterable {
    /// A run of letters (and digits, marks and joining apostrophes or hyphens) with a letter in it.
    case word
    /// Digits with their separators (`2,000`, `3.5`, `10:30`, `24/7`).
    case number
    /// A word with its final period (`Mr.`, `U.S.`, `etc.`).
    case abbreviation
    /// A web address (`https://…`, `www.…`, `example.com/path`).
    case url
    /// An e-mail address.
    case email
    /// A hashtag or a handle (`#tag`, `@name`).
    case tag
    /// A punctuation mark, a quotation mark or bracket, or an ellipsis.
    case punctuation
    /// Any other symbol: currency signs, per-cent signs, emoji.
    case symbol
  }

  /// Yes-or-no attributes of a token.
  public struct Flags: OptionSet, Hashable, Sendable {
    /// The flags as bits.
    public let rawValue: UInt8
    /// Creates flags from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// The token starts with an upper-case (or title-case) letter.
    public static let capitalized = Flags(rawValue: 1)
    /// The token has letters and every one is upper-case.
    public static let allCapitals = Flags(rawValue: 2)
    /// The token has a decimal digit.
    public static let hasDigit = Flags(rawValue: 4)
    /// White space (or the start of the text) comes right before the token.
    public static let spaceBefore = Flags(rawValue: 8)
    /// The token is the first of a sentence.
    public static let sentenceStart = Flags(rawValue: 16)
  }

  /// A token's kind and flags, stored apart from its span.
  struct Attributes: Hashable, Sendable {
    var kind: Kind
    var flags: Flags
  }

  /// Where the token is, in UTF-8 offsets.
  public var span: TextSpan
  /// What kind of token it is.
  public var kind: Kind
  /// Its yes-or-no attributes.
  public var flags: Flags

  /// Creates a token.
  public init(span: TextSpan, kind: Kind, flags: Flags = []) {
    self.span = span
    self.kind = kind
    self.flags = flags
  }

  /// Whether the token starts with a capital letter.
  public var isCapitalized: Bool { flags.contains(.capitalized) }
  /// Whether the token opens a sentence.
  public var isSentenceStart: Bool { flags.contains(.sentenceStart) }
  /// Whether white space comes right before the token.
  public var hasSpaceBefore: Bool { flags.contains(.spaceBefore) }

  /// The token as written in `text`.
  public func text(in text: String) -> Substring { span.text(in: text) }

  /// The token in lower case with diacritics removed (`Peña` → `pena`, `Straße` → `strasse`), and a
  /// curly apostrophe written straight: the form to look words up by.
  public func folded(in text: String) -> String { TextFolding.folded(span.text(in: text)) }

  /// The token's shape: each upper-case letter `X`, lower-case letter `x`, digit `d`, anything else
  /// itself, with runs of one class cut after four (`Washington` → `Xxxxx`, `U.S.` → `X.X.`,
  /// `1,250` → `d,ddd`), as in spaCy's `shape_`.
  public func shape(in text: String) -> String { TextFolding.shape(span.text(in: text)) }
}
