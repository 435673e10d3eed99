import BylineCore

/// A word, punctuation mark or quotation mark of an article's body: one of the article's written
/// words (``TextLayer/writtenWords(in:)``), made from its tokens.
struct QuoteToken: Hashable, Sendable {
  /// What a token is.
  enum Kind: Hashable, Sendable {
    case word, punctuation, quotationMark
  }

  /// Where the token is in the body (UTF-8 offsets).
  var span: TextSpan
  /// The token as written.
  var text: String
  /// The token in lower case, with a curly apostrophe written straight.
  var folded: String
  var kind: Kind

  /// Whether the token is a word that starts with a capital letter.
  var isCapitalized: Bool { kind == .word && (text.first?.isUppercase ?? false) }
  var isWord: Bool { kind == .word }
}

/// An article's body cut into tokens, sentences and paragraphs for the quote extractor.
///
/// The tokens are the article's written words (``TextLayer/writtenWords(in:)``): its text layer's
/// tokens with the words written joined (`AT&T’s`, `U.S.`, `vice-president`) as one.
///
/// Sentences and paragraphs are the article's own when it has them (the parsing plugin's);
/// otherwise paragraphs come from ``ParagraphSplitter`` and sentences from the text layer.
struct QuoteText: Sendable {
  let body: String
  let tokens: [QuoteToken]
  let paragraphs: [TextSpan]
  let sentences: [TextSpan]

  init(_ article: NewsArticle) {
    body = article.body
    let layer = article.analyzedText
    tokens = Self.tokens(of: body, layer: layer)
    let paragraphs = article.paragraphs.isEmpty ? ParagraphSplitter.paragraphs(in: body) : article.paragraphs
    self.paragraphs = paragraphs
    sentences = article.sentences.isEmpty ? layer.sentences : article.sentences
  }

  /// The text of `span`.
  func text(_ span: TextSpan) -> String { String(span.text(in: body)) }

  /// The index of the first token that starts at or after `offset`.
  func firstToken(atOrAfter offset: Int) -> Int {
    tokens.partitioningIndex { $0.span.start >= offset }
  }

  /// The indices of the tokens that lie inside `span`.
  func tokens(in span: TextSpan) -> Range<Int> {
    let lower = firstToken(atOrAfter: span.start)
    var upper = lower
    while upper < tokens.count, tokens[upper].span.end <= span.end { upper += 1 }
    return lower..<upper
  }

  /// The sentence that contains `offset` (or the paragraph, or the whole body, when no sentence
  /// does).
  func sentence(containing offset: Int) -> TextSpan {
    if let index = Self.index(of: offset, in: sentences) { return sentences[index] }
    return paragraph(containing: offset) ?? TextSpan(start: 0, end: body.utf8.count)
  }

  /// The paragraph that contains `offset`.
  func paragraph(containing offset: Int) -> TextSpan? {
    Self.index(of: offset, in: paragraphs).map { paragraphs[$0] }
  }

  /// The index of the paragraph that contains `offset`.
  func paragraphIndex(containing offset: Int) -> Int? { Self.index(of: offset, in: paragraphs) }

  /// The index of the span of sorted `spans` that contains `offset`.
  static func index(of offset: Int, in spans: [TextSpan]) -> Int? {
    let low = spans.partitioningIndex { $0.end > offset }
    guard low < spans.count, spans[low].start <= offset else { return nil }
    return low
  }

  /// The written words of `body`, whose text layer is `layer`, as quote tokens.
  static func tokens(of body: String, layer: TextLayer) -> [QuoteToken] {
    layer.writtenWords(in: body).map { word in
      let text = String(word.span.text(in: body))
      let kind: QuoteToken.Kind =
        word.isWord ? .word : QuotationMark(text) == nil ? .punctuation : .quotationMark
      let folded = text.lowercased()
      return QuoteToken(
        span: word.span, text: text, folded: folded.contains("’") ? folded.replacing("’", with: "'") : folded,
        kind: kind)
    }
  }
}
