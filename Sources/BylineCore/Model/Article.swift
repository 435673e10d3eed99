import Foundation

/// A news article: what Byline reads, analyses and exports.
///
/// Conform your own storage type to `Article` to hand it to Byline; the pipeline works on
/// ``NewsArticle``, the default Codable type, which ``NewsArticle/init(_:)`` builds from any
/// conforming value.
public protocol Article: Sendable, Identifiable where ID == ArticleID {
  /// The stable identifier of the article.
  var id: ArticleID { get }
  /// The headline.
  var title: String { get }
  /// The cleaned text of the article, without the headline. Every span refers to this text.
  var body: String { get }
  /// The name of the publication, if known.
  var outlet: String? { get }
  /// The canonical address of the article, if known.
  var url: URL? { get }
  /// The people credited with the article.
  var authors: [String] { get }
  /// When the article was published, with its precision.
  var published: PublicationDate? { get }
  /// The language of the body as a BCP 47 tag such as `en`, if known.
  var language: String? { get }
  /// The file and line or record the article was read from.
  var provenance: Provenance? { get }
  /// The body's paragraphs, in order.
  var paragraphs: [TextSpan] { get }
  /// The body's sentences, in order; empty until a plugin that provides sentences has run.
  var sentences: [TextSpan] { get }
  /// The body's tokens, in order; empty until a plugin that provides tokens has run.
  var tokens: [TextSpan] { get }
}

extension Article {
  /// The text of `span` in the body.
  public func text(of span: TextSpan) -> Substring { span.text(in: body) }

  /// The number of whitespace-separated words in the body.
  public var wordCount: Int {
    var count = 0
    var inWord = false
    for byte in body.utf8 {
      let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
      if isSpace {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }
}
