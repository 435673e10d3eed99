import BylineCore
import Foundation

/// A sentence chosen for a summary, with where it came from.
public struct SummarySentence: Hashable, Sendable, Codable {
  /// The article the sentence belongs to.
  public var articleID: ArticleID
  /// The index of the sentence in its article's ``Article/sentences`` (of the paragraph in
  /// ``Article/paragraphs``, for an article without sentence spans).
  public var position: Int
  /// The sentence in its article's body; shorter than the sentence when it was cut to a word limit.
  public var span: TextSpan
  /// The text of ``span``.
  public var text: String
  /// The ranking score, higher for more important sentences.
  public var score: Double

  /// Creates a summary sentence.
  public init(articleID: ArticleID, position: Int, span: TextSpan, text: String, score: Double) {
    self.articleID = articleID
    self.position = position
    self.span = span
    self.text = text
    self.score = score
  }
}

/// How long a summary may be.
public enum SummaryLength: Hashable, Sendable {
  /// At most this many sentences.
  case sentences(Int)
  /// At most this many whitespace-separated words, in whole sentences.
  case words(Int)
}

/// How sentences are ranked.
public enum SummaryMethod: String, CaseIterable, Sendable {
  /// The first sentences of each article, taken in turn from the articles by date.
  case lead
  /// LexRank: centrality in the graph of TF-IDF cosine similarities above 0.1.
  case lexRank
  /// TextRank: centrality in the graph of word overlap normalised by log sentence lengths.
  case textRank
}

/// Extractive summaries of one or more articles about one story.
///
/// ```swift
/// let summary = Summarizer().summarize(articles, length: .sentences(3))
/// summary.map(\.text)  // three sentences, in reading order
/// ```
///
/// Sentences that are not summary material are never chosen: fewer than 6 or more than 60 words,
/// all-capitals lines, lines without final punctuation, and bare quotations with no attribution.
/// (When no sentence qualifies, every sentence is a candidate.) Articles without sentence spans
/// contribute their paragraphs instead.
public struct Summarizer: Sendable {
  /// How sentences are ranked.
  public var method: SummaryMethod
  /// A sentence whose cosine similarity to an already chosen one exceeds this is left out.
  public var redundancyThreshold: Double
  /// The weight, from 0 to 1, of a sentence's position in its article against its centrality.
  public var leadPrior: Double

  /// Creates a summarizer.
  ///
  /// - Parameters:
  ///   - method: How sentences are ranked.
  ///   - redundancyThreshold: The cosine similarity above which a sentence repeats a chosen one.
  ///   - leadPrior: The weight of position: the score is `(1 - leadPrior) * centrality +
  ///     leadPrior / √(1 + position)`, with centrality scaled to at most 1.
  public init(method: SummaryMethod = .lexRank, redundancyThreshold: Double = 0.3, leadPrior: Double = 0.3) {
    self.method = method
    self.redundancyThreshold = redundancyThreshold
    self.leadPrior = min(max(leadPrior, 0), 1)
  }

  /// The weight of the similarity to the `about` query, added to the scaled centrality.
  static let queryWeight = 0.5
  /// Two sentences sharing this share of the shorter one's content terms say the same thing.
  static let overlapThreshold = 0.4
  /// The most sentences ranked at once. A sentence graph grows with the square of its size, so
  /// past this the earliest sentences of every article are kept (the first of each article by
  /// date, then the second, and so on): news puts its substance first.
  public static let maximumCandidates = 2_000

  /// One summary of all the articles as one story.
  ///
  /// Every sentence of every article is ranked; the best are taken in rank order, skipping any
  /// whose similarity to one already taken exceeds ``redundancyThreshold``, until the length is
  /// reached. With a word length, taking stops at the first sentence that would exceed it; when not
  /// even the best sentence fits, it is returned cut to the word limit. The chosen sentences are
  /// ordered for reading: by their article's publication date (dated articles first; articles
  /// without dates keep their input order), then by position.
  ///
  /// - Parameters:
  ///   - articles: The articles, with sentence spans.
  ///   - length: The length of the summary.
  ///   - query: A topic; sentences similar to it rank higher. Ignored by ``SummaryMethod/lead``.
  /// - Returns: The chosen sentences in reading order; empty when there is nothing to summarise.
  public func summarize(
    _ articles: [NewsArticle], length: SummaryLength, about query: String? = nil
  ) -> [SummarySentence] {
    switch length {
    case .sentences(let count) where count <= 0: return []
    case .words(let count) where count <= 0: return []
    default: break
    }
    let articleRank = Self.readingRanks(of: articles)
    let candidates = Candidates(articles, articleRank: articleRank, limit: Self.maximumCandidates)
    guard !candidates.isEmpty else { return [] }
    let vectors = TermVectors(candidates.texts)
    let scores = score(candidates, vectors: vectors, articleRank: articleRank, query: query)

    let ranked = candidates.texts.indices.sorted { a, b in
      if scores[a] != scores[b] { return scores[a] > scores[b] }
      let rankA = articleRank[candidates.article[a]]
      let rankB = articleRank[candidates.article[b]]
      if rankA != rankB { return rankA < rankB }
      return candidates.position[a] < candidates.position[b]
    }
    var (chosen, tooLong) = select(ranked, of: candidates, vectors: vectors, length: length)
    if chosen.isEmpty, case .words(let limit) = length, let row = tooLong {
      let prefix = SentenceRanker.prefix(candidates.texts[row], words: limit)
      let span = candidates.span[row]
      return [
        SummarySentence(
          articleID: articles[candidates.article[row]].id, position: candidates.position[row],
          span: TextSpan(start: span.start, end: span.start + prefix.utf8.count),
          text: String(prefix), score: scores[row])
      ]
    }

    chosen.sort { a, b in
      let rankA = articleRank[candidates.article[a]]
      let rankB = articleRank[candidates.article[b]]
      if rankA != rankB { return rankA < rankB }
      return candidates.position[a] < candidates.position[b]
    }
    return chosen.map { row in
      SummarySentence(
        articleID: articles[candidates.article[row]].id, position: candidates.position[row],
        span: candidates.span[row], text: String(candidates.texts[row]), score: scores[row])
    }
  }

  /// Each article's place in reading order: by date, dated first, then input order.
  static func readingRanks(of articles: [NewsArticle]) -> [Int] {
    let articleOrder = articles.indices.sorted { a, b in
      switch (articles[a].published?.date, articles[b].published?.date) {
      case (let x?, let y?) where x != y: return x < y
      case (.some, nil): return true
      case (nil, .some): return false
      default: return a < b
      }
    }
    var articleRank = [Int](repeating: 0, count: articles.count)
    for (rank, index) in articleOrder.enumerated() { articleRank[index] = rank }
    return articleRank
  }

  /// Takes candidates in `ranked` order, passing over redundant ones and, with a word length,
  /// ones that do not fit; returns the rows taken and the best row that did not fit.
  private func select(
    _ ranked: [Int], of candidates: Candidates, vectors: TermVectors, length: SummaryLength
  ) -> (chosen: [Int], tooLong: Int?) {
    var overlap = ContentOverlap(texts: candidates.texts)
    var chosen: [Int] = []
    var words = 0
    // The best sentence that did not fit; cut to the limit when nothing else fits either.
    var tooLong: Int?
    for row in ranked {
      let isRedundant = chosen.contains { other in
        vectors.cosine(row, other) > redundancyThreshold || overlap.share(row, other) >= Self.overlapThreshold
          || candidates.texts[row] == candidates.texts[other]
      }
      if isRedundant { continue }
      if case .words(let limit) = length {
        let count = SentenceRanker.wordCount(candidates.texts[row])
        // A sentence that does not fit is passed over; a shorter one further down may fill the budget.
        if words + count > limit {
          if tooLong == nil { tooLong = row }
          continue
        }
        words += count
      }
      chosen.append(row)
      if case .sentences(let limit) = length, chosen.count == limit { break }
    }
    return (chosen, tooLong)
  }

  /// The score of every candidate under ``method``.
  private func score(
    _ candidates: Candidates, vectors: TermVectors, articleRank: [Int], query: String?
  ) -> [Double] {
    let count = candidates.texts.count
    if method == .lead {
      // Round-robin: the first candidate of every article by date, then the second, and so on.
      let order = candidates.texts.indices.sorted { a, b in
        let turnA = candidates.turn[a]
        let turnB = candidates.turn[b]
        if turnA != turnB { return turnA < turnB }
        return articleRank[candidates.article[a]] < articleRank[candidates.article[b]]
      }
      var scores = [Double](repeating: 0, count: count)
      for (rank, row) in order.enumerated() { scores[row] = 1 / Double(1 + rank) }
      return scores
    }
    var centrality = method == .lexRank ? SentenceRanker.lexRank(vectors) : SentenceRanker.textRank(vectors)
    Self.scaleToUnit(&centrality)
    if let query, !query.isEmpty {
      let similarity = vectors.cosines(toQuery: query)
      for row in 0..<count { centrality[row] += Self.queryWeight * similarity[row] }
      Self.scaleToUnit(&centrality)
    }
    return (0..<count).map { row in
      let positionScore = 1 / Double(1 + candidates.position[row]).squareRoot()
      return (1 - leadPrior) * centrality[row] + leadPrior * positionScore
    }
  }

  /// Divides every value by the largest, when that is positive.
  private static func scaleToUnit(_ values: inout [Double]) {
    guard let largest = values.max(), largest > 0 else { return }
    for index in values.indices { values[index] /= largest }
  }
}

/// The sentences that may be chosen, in columns.
private struct Candidates {
  /// The text of every candidate.
  var texts: [Substring] = []
  /// The index of the candidate's article in the input.
  var article: [Int] = []
  /// The index of the candidate among its article's sentences.
  var position: [Int] = []
  /// The index of the candidate among its article's candidates.
  var turn: [Int] = []
  /// The candidate's span in its article's body.
  var span: [TextSpan] = []

  var isEmpty: Bool { texts.isEmpty }

  /// The summary material of `articles`, or every non-blank sentence when none qualifies; at
  /// most `limit` of them, the earliest of each article first, articles taken in `articleRank`
  /// order.
  init(_ articles: [NewsArticle], articleRank: [Int], limit: Int) {
    collect(articles, filtered: true)
    if texts.isEmpty { collect(articles, filtered: false) }
    if texts.count > limit { keepEarliest(limit, articleRank: articleRank) }
  }

  /// Keeps the `limit` candidates earliest in their articles, in their original order.
  private mutating func keepEarliest(_ limit: Int, articleRank: [Int]) {
    let kept = texts.indices.sorted { a, b in
      if turn[a] != turn[b] { return turn[a] < turn[b] }
      if articleRank[article[a]] != articleRank[article[b]] {
        return articleRank[article[a]] < articleRank[article[b]]
      }
      return a < b
    }.prefix(limit).sorted()
    texts = kept.map { texts[$0] }
    article = kept.map { article[$0] }
    position = kept.map { position[$0] }
    turn = kept.map { turn[$0] }
    span = kept.map { span[$0] }
  }

  private mutating func collect(_ articles: [NewsArticle], filtered: Bool) {
    for (index, source) in articles.enumerated() {
      let units = source.sentences.isEmpty ? source.paragraphs : source.sentences
      var turn = 0
      for (position, unit) in units.enumerated() {
        let text = source.text(of: unit)
        if filtered ? !SentenceRanker.isSummaryMaterial(text) : SentenceRanker.wordCount(text) == 0 {
          continue
        }
        texts.append(text)
        article.append(index)
        self.position.append(position)
        self.turn.append(turn)
        span.append(unit)
        turn += 1
      }
    }
  }
}
