import BylineCore

/// Scores articles and outlets with one lexicon: the corpus-level API that the sentiment plugin
/// and other plugins (entity-level tone, for instance) share.
///
/// ```swift
/// let analysis = SentimentAnalysis()                    // VADER
/// let tone = analysis.sentiment(of: article)            // per sentence, mean, whole text
/// let outlets = analysis.outlets(articles)              // per outlet, with spread
/// let score = analysis.scorer.scores(for: "A grim day.") // any text
/// ```
public struct SentimentAnalysis: Sendable {
  /// The scorer, with its lexicon.
  public let scorer: SentimentScorer
  /// The lexicon's name.
  public let lexiconName: String

  /// Creates an analysis with `lexicon` (VADER's by default).
  public init(lexicon: SentimentLexicon = .vader) {
    self.scorer = SentimentScorer(lexicon: lexicon)
    self.lexiconName = lexicon.name
  }

  /// The sentiment of `article`, sentence by sentence (the whole body as one sentence when it has
  /// no sentence spans yet), labelled positive, negative or neutral against `threshold`.
  public func sentiment(of article: some Article, threshold: Double = SentimentLabel.defaultThreshold)
    -> ArticleSentiment
  {
    let spans =
      article.sentences.isEmpty ? [TextSpan(start: 0, end: article.body.utf8.count)] : article.sentences
    let sentences = spans.enumerated().map { index, span in
      SentenceSentiment(index: index, span: span, scores: scorer.scores(for: String(article.text(of: span))))
    }
    let mean = sentences.isEmpty ? 0 : sentences.map(\.scores.compound).reduce(0, +) / Double(sentences.count)
    let whole = scorer.scores(for: article.body)
    return ArticleSentiment(
      lexicon: lexiconName, sentences: sentences, meanCompound: mean, whole: whole,
      label: SentimentLabel(compound: whole.compound, threshold: threshold))
  }

  /// Per-outlet aggregates over `articles`, most articles first, using each article's stored
  /// sentiment when it was made with this lexicon and scoring it otherwise.
  public func outlets(_ articles: [NewsArticle]) -> [OutletSentiment] {
    var groups: [String: (articles: Int, compounds: [Double])] = [:]
    for article in articles {
      let sentiment = stored(article) ?? sentiment(of: article)
      let outlet = article.outlet ?? "(unknown)"
      groups[outlet, default: (0, [])].articles += 1
      groups[outlet, default: (0, [])].compounds.append(
        contentsOf: sentiment.sentences.map(\.scores.compound))
    }
    return groups.map { outlet, group in
      let count = Double(group.compounds.count)
      let mean = count == 0 ? 0 : group.compounds.reduce(0, +) / count
      let variance = count == 0 ? 0 : group.compounds.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / count
      return OutletSentiment(
        outlet: outlet, articles: group.articles, sentences: group.compounds.count, meanCompound: mean,
        standardDeviation: variance.squareRoot())
    }.sorted { ($0.articles, $1.outlet) > ($1.articles, $0.outlet) }
  }

  /// The sentiment already stored on `article`, if it was made with this lexicon.
  public func stored(_ article: NewsArticle) -> ArticleSentiment? {
    guard let sentiment = article.annotations[SentimentKey.self], sentiment.lexicon == lexiconName else {
      return nil
    }
    return sentiment
  }
}
