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
  /// The tokens with their attributes, in text order.
  public let tokens: [Token]

  /// Analyses `text`: sentences within `paragraphs` (the whole text when empty) unless `sentences`
  /// are given, and tokens unless `tokens` are given; given spans keep their place and gain
  /// attributes.
  public init(
    text: String, paragraphs: [TextSpan] = [], sentences: [TextSpan]? = nil, tokens: [TextSpan]? = nil
  ) {
    let sentences = sentences ?? SentenceSegmenter.sentences(in: text, paragraphs: paragraphs)
    let spans = tokens ?? Tokenizer.tokens(in: text)
    self.sentences = sentences
    self.tokens = Tokenizer.attributedTokens(spans, sentences: sentences, in: text)
  }

  /// The spans of the tokens.
  public var tokenSpans: [TextSpan] { tokens.map(\.span) }

  /// The indices of the tokens that lie inside `span`.
  public func tokens(in span: TextSpan) -> Range<Int> {
    let lower = tokens.partitioningIndex { $0.span.start >= span.start }
    let upper = tokens[lower...].partitioningIndex { $0.span.end > span.end }
    return lower..<max(lower, upper)
  }

  /// The indices of the tokens of sentence number `index`.
  public func tokens(inSentence index: Int) -> Range<Int> { tokens(in: sentences[index]) }
}
