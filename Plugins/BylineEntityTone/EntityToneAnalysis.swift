import BylineCore

/// Entity-level tone: how the sentences that mention an entity read, overall and per outlet.
///
/// Each sentence (``NewsArticle/sentences``; the whole body when an article has none) that
/// contains an occurrence of the entity is scored once, with every occurrence of the entity in
/// it replaced by ``placeholder``, a word VADER gives no valence, so the name itself never counts.
///
/// ```swift
/// let tone = EntityToneAnalysis(scorer: SentimentAnalysis()).tone(of: entity, in: corpus.articles)
/// print(tone.compound, tone.byOutlet.map { "\($0.outlet): \($0.compound)" })
/// ```
public struct EntityToneAnalysis: Sendable {
  /// The neutral word that stands in for the entity's name when a sentence is scored.
  public static let placeholder = "someone"
  /// The outlet name used for articles without one.
  public static let unknownOutlet = "(unknown)"

  /// What scores the sentences, e.g. the sentiment plugin's VADER scorer.
  public let scorer: any SentimentScoring

  /// Creates an entity-tone analysis that scores with `scorer`.
  public init(scorer: any SentimentScoring) {
    self.scorer = scorer
  }

  /// The tone of the sentences of `articles` that mention `entity`.
  public func tone(of entity: NamedEntity, in articles: [NewsArticle]) -> EntityTone {
    tone(of: entity, in: Self.index(articles))
  }

  /// The tone of every entity in `entities`, keyed by entity id.
  public func tones(of entities: [NamedEntity], in articles: [NewsArticle]) -> [EntityID: EntityTone] {
    let index = Self.index(articles)
    var result: [EntityID: EntityTone] = [:]
    for entity in entities { result[entity.id] = tone(of: entity, in: index) }
    return result
  }

  private static func index(_ articles: [NewsArticle]) -> [ArticleID: NewsArticle] {
    Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  private func tone(of entity: NamedEntity, in articles: [ArticleID: NewsArticle]) -> EntityTone {
    var spansByArticle: [ArticleID: [TextSpan]] = [:]
    var order: [ArticleID] = []
    for occurrence in entity.occurrences {
      if spansByArticle[occurrence.articleID] == nil { order.append(occurrence.articleID) }
      spansByArticle[occurrence.articleID, default: []].append(occurrence.span)
    }
    var total = 0.0
    var count = 0
    var outlets: [String: (total: Double, count: Int)] = [:]
    for articleID in order {
      guard let article = articles[articleID], let spans = spansByArticle[articleID] else { continue }
      let bodyLength = article.body.utf8.count
      let sentences = article.sentences.isEmpty ? [TextSpan(start: 0, end: bodyLength)] : article.sentences
      let outlet = article.outlet ?? Self.unknownOutlet
      for sentence in sentences {
        let inside = spans.filter { sentence.start <= $0.start && $0.start < sentence.end }
        guard !inside.isEmpty else { continue }
        let compound = scorer.compound(of: Self.masked(sentence, inside, in: article.body))
        total += compound
        count += 1
        outlets[outlet, default: (0, 0)].total += compound
        outlets[outlet, default: (0, 0)].count += 1
      }
    }
    let byOutlet = outlets.map { outlet, tone in
      OutletTone(outlet: outlet, compound: tone.total / Double(tone.count), sentences: tone.count)
    }.sorted { ($1.sentences, $0.outlet) < ($0.sentences, $1.outlet) }
    return EntityTone(compound: count == 0 ? 0 : total / Double(count), sentences: count, byOutlet: byOutlet)
  }

  /// The text of `sentence` with every span of `spans` in it replaced by ``placeholder``.
  static func masked(_ sentence: TextSpan, _ spans: [TextSpan], in body: String) -> String {
    let utf8 = Array(body.utf8)
    let end = min(sentence.end, utf8.count)
    var bytes: [UInt8] = []
    var position = min(sentence.start, end)
    for span in spans.sorted() where span.start >= position {
      let spanEnd = min(span.end, end)
      bytes.append(contentsOf: utf8[position..<span.start])
      bytes.append(contentsOf: placeholder.utf8)
      position = spanEnd
    }
    bytes.append(contentsOf: utf8[position..<end])
    return String(decoding: bytes, as: UTF8.self)
  }
}
