import BylineCore
import Foundation

/// Articles and corpora for tests, built from text in one line.
///
/// ```swift
/// let article = ArticleFixtures.article("Rates rose. Markets fell.", outlet: "Meridian Wire")
/// let corpus = ArticleFixtures.corpus(count: 100)
/// ```
public enum ArticleFixtures {
  /// An article whose body is `body`, split into paragraphs at blank lines.
  public static func article(
    _ body: String,
    title: String = "Untitled",
    outlet: String? = nil,
    id: ArticleID? = nil,
    published: PublicationDate? = nil
  ) -> NewsArticle {
    NewsArticle(
      id: id, title: title, body: body, outlet: outlet, published: published,
      provenance: Provenance(source: "fixture"), paragraphs: ParagraphSplitter.paragraphs(in: body))
  }

  /// `count` distinct articles with ids `fixture-0`, `fixture-1`, ..., each a few sentences long.
  public static func corpus(count: Int, wordsPerArticle: Int = 60) -> Corpus {
    let words = [
      "the", "minister", "said", "talks", "would", "resume", "after", "the", "fire", "at", "the",
      "port", "forced", "thousands", "to", "leave", "their", "homes", "as", "rates", "rose",
    ]
    return Corpus(
      (0..<count).map { index in
        let body =
          (0..<wordsPerArticle).map { words[($0 * 7 + index) % words.count] }
          .joined(separator: " ") + "."
        return NewsArticle(
          id: ArticleID("fixture-\(index)"), title: "Fixture article \(index)", body: body,
          outlet: "Outlet \(index % 3)", provenance: Provenance(source: "fixture", record: index),
          paragraphs: [TextSpan(start: 0, end: body.utf8.count)])
      })
  }
}
