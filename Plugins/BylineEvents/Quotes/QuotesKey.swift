import BylineCore

/// The quotes found in an article, in text order.
///
/// ```swift
/// article.annotations[QuotesKey.self] = QuoteExtractor().quotes(in: article)
/// ```
public enum QuotesKey: AnnotationKey {
  public typealias Value = [Quote]
  public static var name: String { "quotes" }
}
