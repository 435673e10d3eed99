import BylineCore
import BylineEntities
import Foundation

/// Invented articles for the quote tests.
enum QuoteFixture {
  /// An article with `body`, a recognizer mention for every occurrence of each name given (with
  /// the role in `roles`, else the one the entities plugin's role extractor finds), and the role
  /// phrases the entities plugin would publish: what the events plugin reads from the core's keys.
  static func article(
    _ body: String, people: [String] = [], organizations: [String] = [], places: [String] = [],
    roles: [String: String] = [:], id: String? = nil
  ) -> NewsArticle {
    var article = NewsArticle(id: id.map { ArticleID($0) }, title: "", body: body)
    var mentions: [EntityMention] = []
    for (names, kind) in [(people, EntityKind.person), (organizations, .organization), (places, .location)] {
      for name in names {
        var searchRange = body.startIndex..<body.endIndex
        while let found = body.range(of: name, range: searchRange) {
          let after = found.upperBound == body.endIndex || !body[found.upperBound].isLetter
          let before =
            found.lowerBound == body.startIndex || !body[body.index(before: found.lowerBound)].isLetter
          let covered = mentions.contains { $0.span.overlaps(TextSpan(found, in: body)) }
          if after && before && !covered {
            mentions.append(
              EntityMention(
                span: TextSpan(found, in: body), text: name, kind: kind, confidence: 1, sentence: 0,
                role: roles[name]))
          }
          searchRange = found.upperBound..<body.endIndex
        }
      }
    }
    let extractor = RoleExtractor()
    for index in mentions.indices where mentions[index].role == nil {
      mentions[index].role = extractor.role(for: mentions[index], in: article)
    }
    article.annotations[EntityMentionsKey.self] = mentions.sorted { $0.span < $1.span }
    article.annotations[RolePhrasesKey.self] = RolePhraseFinder.bundled.phrases(in: body)
    return article
  }

  /// A resolved entity with an occurrence at each of `names` in `article`.
  static func entity(
    _ id: String, _ canonical: String, kind: EntityKind, aliases: [String] = [], in article: NewsArticle
  )
    -> ResolvedEntity
  {
    let mentions = article.annotations[EntityMentionsKey.self] ?? []
    let occurrences = mentions.filter { ([canonical] + aliases).contains($0.text) }.map {
      EntityOccurrence(articleID: article.id, sentence: $0.sentence, span: $0.span, text: $0.text)
    }
    return ResolvedEntity(
      id: EntityID(id), canonicalName: canonical, kind: kind, aliases: aliases, occurrences: occurrences,
      articles: [article.id])
  }
}
