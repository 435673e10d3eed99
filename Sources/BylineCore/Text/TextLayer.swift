/// What the text layer knows about an article's body: its sentences and its tokens with their
/// attributes. The pipeline computes it once per article, before the first plugin runs, and every
/// plugin reads it from ``NewsArticle/textLayer``.
///
/// ```swift
/// let text = "Rates rose. Markets fell."
/// let layer = TextLayer(text: text)
/// layer.sentences.count                         // 2
/// layer.tokens(inSentence: 1).map { layer.tokens[$0].text(in: text) }  // ["Markets", "fell", "."]
/// ```
public struct TextLayer: Hashable, Sendable {
  /// The sentences, as spans in text order.
  public let sentences: [TextSpan]
  /// The spans of the tokens, in text order (the same storage as the article's `tokens`).
  public let tokenSpans: [TextSpan]
  /// Each token's kind and flags, two bytes a token.
  let attributes: [Token.Attributes]

  /// Analyses `text`: sentences within `paragraphs` (the whole text when empty) unless `sentences`
  /// are given, and tokens unless `tokens` are given; given spans keep their place and gain
  /// attributes.
  public init(
    text: String, paragraphs: [TextSpan] = [], sentences: [TextSpan]? = nil, tokens: [TextSpan]? = nil
  ) {
    let sentences = sentences ?? SentenceSegmenter.sentences(in: text, paragraphs: paragraphs)
    let spans = tokens ?? Tokenizer.tokens(in: text)
    self.sentences = sentences
    self.tokenSpans = spans
    self.attributes = Tokenizer.attributes(of: spans, sentences: sentences, in: text)
  }

  /// The tokens with their attributes, in text order.
  public var tokens: Tokens { Tokens(spans: tokenSpans, attributes: attributes) }

  /// The indices of the tokens that lie inside `span`.
  public func tokens(in span: TextSpan) -> Range<Int> {
    let lower = tokenSpans.partitioningIndex { $0.start >= span.start }
    let upper = tokenSpans[lower...].partitioningIndex { $0.end > span.end }
    return lower..<max(lower, upper)
  }

  /// The indices of the tokens of sentence number `index`.
  public func tokens(inSentence index: Int) -> Range<Int> { tokens(in: sentences[index]) }
}

extension TextLayer {
  /// The tokens of a text with their attributes, as a random-access collection of ``Token``.
  public struct Tokens: RandomAccessCollection, Hashable, Sendable {
    let spans: [TextSpan]
    let attributes: [Token.Attributes]

    /// The tokens of `spans` with `attributes`, which must be as many.
    init(spans: [TextSpan], attributes: [Token.Attributes]) {
      precondition(spans.count == attributes.count, "one attribute per token")
      self.spans = spans
      self.attributes = attributes
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { spans.count }

    public subscript(position: Int) -> Token {
      let attribute = attributes[position]
      return Token(span: spans[position], kind: attribute.kind, flags: attribute.flags)
    }
  }
}
