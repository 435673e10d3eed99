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
/// otherwise paragraphs come from ``ParagraphSplitter`` and sentences from a small splitter here.
struct QuoteText: Sendable {
  let body: String
  let tokens: [QuoteToken]
  let paragraphs: [TextSpan]
  let sentences: [TextSpan]

  /// Words after which a full stop does not end a sentence.
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "sen", "rep", "gov", "prof",
    "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "capt",
  ]

  init(_ article: NewsArticle) {
    body = article.body
    tokens = Self.tokenize(article.body)
    let paragraphs = article.paragraphs.isEmpty ? ParagraphSplitter.paragraphs(in: body) : article.paragraphs
    self.paragraphs = paragraphs
    sentences =
      article.sentences.isEmpty ? Self.splitSentences(tokens, paragraphs: paragraphs) : article.sentences
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

  // MARK: Sentences

  /// Sentences of text that comes without them: a full stop, question or exclamation mark
  /// (followed by any closing marks) ends one when the next word starts with a capital letter, a
  /// digit or a quotation mark, and the word before is not an abbreviation or an initial.
  static func splitSentences(_ tokens: [QuoteToken], paragraphs: [TextSpan]) -> [TextSpan] {
    var sentences: [TextSpan] = []
    for paragraph in paragraphs {
      var start = paragraph.start
      var index = firstIndex(in: tokens, atOrAfter: paragraph.start)
      while index < tokens.count, tokens[index].span.end <= paragraph.end {
        let token = tokens[index]
        var ends = false
        if token.kind == .punctuation, [".", "!", "?"].contains(token.text) {
          var last = index
          while last + 1 < tokens.count, tokens[last + 1].span.start == tokens[last].span.end,
            tokens[last + 1].kind == .quotationMark || [")", "]"].contains(tokens[last + 1].text)
          {
            last += 1
          }
          let previous = index > 0 ? tokens[index - 1] : nil
          let isAbbreviation =
            token.text == "."
            && previous.map { abbreviations.contains($0.folded) || $0.text.count == 1 } ?? false
          let next = last + 1 < tokens.count ? tokens[last + 1] : nil
          let nextStarts =
            next.map {
              $0.span.start >= paragraph.end || $0.isCapitalized || $0.kind == .quotationMark
                || ($0.text.first?.isNumber ?? false)
            }
            ?? true
          if !isAbbreviation, nextStarts, next.map({ $0.span.start > tokens[last].span.end }) ?? true {
            sentences.append(TextSpan(start: start, end: tokens[last].span.end))
            if let next, next.span.start < paragraph.end { start = next.span.start }
            index = last
            ends = true
          }
        }
        index += 1
        if ends, index < tokens.count, tokens[index].span.start >= paragraph.end { break }
      }
      if start < paragraph.end, sentences.last.map({ $0.end <= start }) ?? true {
        sentences.append(TextSpan(start: start, end: paragraph.end))
      }
    }
    return sentences
  }

  private static func firstIndex(in tokens: [QuoteToken], atOrAfter offset: Int) -> Int {
    tokens.partitioningIndex { $0.span.start >= offset }
  }
}
