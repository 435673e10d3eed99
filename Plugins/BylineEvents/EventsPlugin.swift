import BylineCore
import Foundation

/// The bundled events plugin, per article: time expressions normalised against the article's
/// date (``TimeExpressionsKey``), event mentions with participants, time, place and numbers
/// (``EventMentionsKey``), and quotes (``QuotesKey``).
public struct EventsPlugin: Plugin {
  private let tagger = TemporalTagger()
  private let extractor: EventExtractor

  /// Creates the plugin with the bundled event taxonomy, or `taxonomy`.
  public init(taxonomy: EventTaxonomy = .standard) { extractor = EventExtractor(taxonomy: taxonomy) }

  public var name: String { "events" }
  public var version: String { "1.0.0" }
  public var summary: String { "Time expressions, event mentions and quotes in each article." }
  public var requires: [Capability] { [.sentences, .entityMentions] }
  public var provides: [Capability] {
    [.annotation(TimeExpressionsKey.self), .annotation(EventMentionsKey.self), .annotation(QuotesKey.self)]
  }

  public func analyze(_ article: inout NewsArticle, context: AnalysisContext) async throws {
    let reference = Self.referenceDate(of: article, tagger: tagger)
    try Task.checkCancellation()
    let expressions = tagger.expressions(in: article, reference: reference)
    try Task.checkCancellation()
    article.annotations[TimeExpressionsKey.self] = expressions
    article.annotations[EventMentionsKey.self] = extractor.mentions(
      in: article, times: expressions.map(TimeFact.init))
    try Task.checkCancellation()
    article.annotations[QuotesKey.self] = QuoteExtractor().quotes(in: article)
  }
}

extension EventsPlugin {
  /// The date relative expressions in `article` are read against: its publication date, else
  /// the first full date (day, month and year) its text states — a dateline or the date of the
  /// story — else none, which leaves relative expressions unresolved.
  public static func referenceDate(of article: NewsArticle, tagger: TemporalTagger = TemporalTagger())
    -> Date?
  {
    if let published = article.published?.date { return published }
    return tagger.expressions(in: article.body, reference: nil).first {
      $0.type == .date && ($0.granularity ?? .year) >= .day && $0.date != nil && !$0.value.hasPrefix("X")
    }?.date?.start
  }
}

/// The bundled fusion plugin: events fused across the corpus (``FusedEventsKey``), their
/// participants named by resolved entities, and quotes with their speakers resolved.
public struct EventFusionPlugin: Plugin {
  public init() {}

  public var name: String { "event-fusion" }
  public var version: String { "1.0.0" }
  public var summary: String { "Fuses event mentions across sources into events; links quote speakers." }
  public var requires: [Capability] {
    [.entities, .annotation(EventMentionsKey.self), .annotation(QuotesKey.self)]
  }
  public var provides: [Capability] { [.events, .quotes, .annotation(FusedEventsKey.self)] }
  public var scope: AnalysisScope { .corpus }

  public func analyze(_ corpus: inout Corpus, context: AnalysisContext) async throws {
    let entities = corpus.annotations[CorpusEntitiesKey.self] ?? []
    let fused = EventFusion().fuse(corpus.articles, entities: entities)
    try Task.checkCancellation()
    corpus.annotations[FusedEventsKey.self] = fused
  }
}

/// The time expressions found in an article.
public enum TimeExpressionsKey: AnnotationKey {
  public typealias Value = [TemporalExpression]
  public static var name: String { "timeExpressions" }
}

extension TimeFact {
  /// The fact the event extractor needs from a time expression.
  public init(_ expression: TemporalExpression) {
    var seconds: Double?
    if let duration = expression.duration {
      let parts: [(Int?, Double)] = [
        (duration.year, 365.25 * 86_400), (duration.month, 30.44 * 86_400), (duration.weekOfYear, 7 * 86_400),
        (duration.day, 86_400), (duration.hour, 3_600), (duration.minute, 60), (duration.second, 1),
      ]
      let total = parts.reduce(0.0) { $0 + Double($1.0 ?? 0) * $1.1 }
      seconds = total > 0 ? total : nil
    }
    // "XXXX-WXX-4": a Thursday whose week is unknown.
    var weekday: Int?
    if expression.date == nil, expression.value.hasPrefix("XXXX-WXX-"),
      let day = expression.value.dropFirst(9).first?.wholeNumberValue, (1...7).contains(day)
    {
      weekday = day
    }
    self.init(
      span: expression.span, text: expression.text, time: expression.date, durationSeconds: seconds,
      isApproximate: expression.isApproximate, weekday: weekday)
  }
}
