import BylineCore
import BylineEntities
import BylineSentiment
import Foundation

/// Steps of the bundled plugins that several fuzz targets need before the part they test, done
/// through the plugins' public, synchronous API.
public enum FuzzAnalysis {
  /// Loads the bundled models, lexicons and name lists once, before the first input, so that
  /// loading them never counts against a single input's time limit.
  public static func loadBundledData() {
    precondition(EntityRecognizer.bundled != nil, "the bundled entity model is missing")
    _ = Gazetteer.bundled
    _ = WordClusters.bundled
    _ = SentimentLexicon.vader
  }

  /// Adds entity mentions and role phrases to `articles` as ``EntitiesPlugin`` does: the bundled
  /// recognizer's mentions, each with the role stated with it, and the gazetteer's roles written.
  public static func recognizingEntities(in articles: [NewsArticle]) -> [NewsArticle] {
    guard let recognizer = EntityRecognizer.bundled else { return articles }
    let roles = RoleExtractor()
    return articles.map { article in
      var article = article
      var mentions = recognizer.mentions(in: article)
      for index in mentions.indices { mentions[index].role = roles.role(for: mentions[index], in: article) }
      article.annotations[EntityMentionsKey.self] = mentions
      article.annotations[RolePhrasesKey.self] = RolePhraseFinder.bundled.phrases(in: article.body)
      return article
    }
  }
}
