import BylineCore

/// A word, punctuation mark or quotation mark of an article's body.
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
/// Sentences and paragraphs are the article's own when it has them (the parsing plugin's);
/// otherwise paragraphs come from ``ParagraphSplitter`` and sentences from the text layer.
struct QuoteText: Sendable {
  let body: String
  let tokens: [QuoteToken]
  let paragraphs: [TextSpan]
  let sentences: [TextSpan]

  init(_ article: NewsArticle) {
    body = article.body
    tokens = Self.tokenize(article.body)
    let paragraphs = article.paragraphs.isEmpty ? ParagraphSplitter.paragraphs(in: body) : article.paragraphs
    self.paragraphs = paragraphs
    sentences = article.sentences.isEmpty ? article.analyzedText.sentences : article.sentences
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

  // MARK: Tokens

  static func tokenize(_ body: String) -> [QuoteToken] {
    var tokens: [QuoteToken] = []
    let scalars = Array(body.unicodeScalars)
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    func append(_ range: Range<Int>, _ kind: QuoteToken.Kind) {
      var text = ""
      text.unicodeScalars.append(contentsOf: scalars[range])
      let folded = text.lowercased().replacing("’", with: "'")
      tokens.append(
        QuoteToken(
          span: TextSpan(start: offsets[range.lowerBound], end: offsets[range.upperBound]), text: text,
          folded: folded, kind: kind))
    }
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar.properties.isWhitespace {
        index += 1
      } else if isWordScalar(scalar) {
        var end = index + 1
        var hasDot = false
        while end < scalars.count {
          let next = scalars[end]
          if isWordScalar(next) {
            end += 1
          } else if "’'-.&".unicodeScalars.contains(next), end + 1 < scalars.count,
            isWordScalar(scalars[end + 1])
          {
            if next == "." { hasDot = true }
            end += 2
          } else if next == ",", end + 1 < scalars.count, isDigit(scalars[end - 1]), isDigit(scalars[end + 1])
          {
            // "100,000"
            end += 2
          } else {
            break
          }
        }
        // "U.S." keeps its last full stop.
        if hasDot, end < scalars.count, scalars[end] == ".", end >= 2, !isWordScalar(scalars[end - 2]) {
          end += 1
        }
        append(index..<end, .word)
        index = end
      } else {
        append(index..<(index + 1), QuotationMark(scalar) == nil ? .punctuation : .quotationMark)
        index += 1
      }
    }
    return tokens
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

}
