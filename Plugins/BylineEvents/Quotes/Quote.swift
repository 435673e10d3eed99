import BylineCore

/// Words an article attributes to someone: a direct quote in quotation marks or reported speech,
/// with its speaker when the text names one.
///
/// ```swift
/// let quotes = QuoteExtractor().quotes(in: article)
/// for quote in quotes where quote.isDirect {
///   print(quote.speakerName ?? "-", quote.verb ?? "-", quote.text)
/// }
/// ```
public struct Quote: Hashable, Sendable, Codable {
  /// The article the quote is in.
  public var articleID: ArticleID
  /// The quoted words without the quotation marks; for reported speech, the reported clause. A
  /// quote that runs over several paragraphs has its pieces joined with a line break.
  public var text: String
  /// Where the quoted words are in the article's body (UTF-8 offsets); for a quote over several
  /// paragraphs, from its first word to its last.
  public var span: TextSpan
  /// Whether the words are in quotation marks (`true`) or reported ("X said that …", `false`).
  public var isDirect: Bool
  /// The speaker as written near the quote: `"Dravnik"`, `"the ministry spokesman"`, `"a senior
  /// official"`; for a pronoun ("he said"), the name it stands for. `nil` when no speaker is named.
  public var speakerName: String?
  /// Where ``speakerName`` is in the body, when it is there.
  public var speakerMention: TextSpan?
  /// The resolved person or organisation that spoke, when the speaker is linked to one.
  public var speakerEntityID: EntityID?
  /// The attribution verb as written: `"said"`, `"told reporters"`, `"according to"`, `"added"`.
  public var verb: String?
  /// How sure the extractor is of the quote and its speaker, from 0 to 1.
  public var confidence: Double

  /// Creates a quote.
  public init(
    articleID: ArticleID, text: String, span: TextSpan, isDirect: Bool, speakerName: String? = nil,
    speakerMention: TextSpan? = nil, speakerEntityID: EntityID? = nil, verb: String? = nil,
    confidence: Double = 1
  ) {
    self.articleID = articleID
    self.text = text
    self.span = span
    self.isDirect = isDirect
    self.speakerName = speakerName
    self.speakerMention = speakerMention
    self.speakerEntityID = speakerEntityID
    self.verb = verb
    self.confidence = confidence
  }
}
