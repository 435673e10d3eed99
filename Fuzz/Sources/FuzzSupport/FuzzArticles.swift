import BylineCore
import BylineParsing
import Foundation

/// Articles made from a fuzz input, laid out as the parsing plugin lays out any article.
public enum FuzzArticles {
  /// The outlets the articles are given in turn, so that analyses by outlet have groups.
  public static let outlets = ["Meridian Wire", "Harbour Post", "Valley Courier"]

  /// The publication date of the first article; later ones are a day apart.
  public static let firstDate = Date(timeIntervalSince1970: 1_741_910_400)  // 2025-03-14

  /// One or more articles from `input`, so that cross-document analyses have documents to join.
  ///
  /// The text is split at form feeds (`\u{0C}`) into up to `limit` articles; without one, a text
  /// of several paragraphs is split into its first and second halves. Each article gets its first
  /// line as its title, an outlet from ``outlets`` in turn, a date a day after the one before
  /// (none for every third article, so undated articles are covered too), and its paragraphs,
  /// sentences, tokens and language as ``ParsingPlugin`` gives them.
  public static func articles(from input: FuzzInput, limit: Int = 4) -> [NewsArticle] {
    let text = input.text
    var parts = text.split(separator: "\u{0C}", omittingEmptySubsequences: true).prefix(limit).map(
      String.init)
    if parts.count == 1 {
      let paragraphs = ParagraphSplitter.paragraphs(in: text)
      if paragraphs.count >= 2 {
        let middle = paragraphs[paragraphs.count / 2].start
        let utf8 = Array(text.utf8)
        parts = [
          String(decoding: utf8[..<middle], as: UTF8.self), String(decoding: utf8[middle...], as: UTF8.self),
        ]
      }
    }
    return parts.enumerated().map { index, body in
      let title = body.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
      let published =
        index % 3 == 2 ? nil : PublicationDate(firstDate.addingTimeInterval(Double(index) * 86_400))
      return article(
        title: title, body: body, outlet: outlets[index % outlets.count], published: published,
        source: "fuzz-\(index).txt")
    }
  }

  /// An article with `body`, its layout made as ``ParsingPlugin`` makes it for an article read by
  /// another reader: paragraphs, sentences, tokens and language.
  public static func article(
    title: String, body: String, outlet: String? = nil, published: PublicationDate? = nil,
    source: String = "fuzz.txt"
  ) -> NewsArticle {
    var article = NewsArticle(
      title: title, body: body, outlet: outlet, published: published,
      provenance: Provenance(source: source, line: 1))
    laidOut(&article)
    return article
  }

  /// Adds what ``ParsingPlugin/analyze(_:context:)`` adds to an article without a layout, through
  /// the same public functions, without an async call.
  public static func laidOut(_ article: inout NewsArticle) {
    if article.paragraphs.isEmpty { article.paragraphs = ParagraphSplitter.paragraphs(in: article.body) }
    if article.sentences.isEmpty {
      article.sentences = SentenceSegmenter.sentences(in: article.body, paragraphs: article.paragraphs)
    }
    if article.tokens.isEmpty { article.tokens = Tokenizer.tokens(in: article.body) }
    if article.language == nil {
      article.language = LanguageDetector.detect(String(article.body.prefix(20_000)))
    }
  }
}
