import Foundation

/// Graph centrality of sentences, and the test for whether a sentence is summary material.
enum SentenceRanker {
  /// The damping factor of the random walk.
  static let damping = 0.85
  /// The smallest cosine similarity that makes an edge in the LexRank graph.
  static let lexRankThreshold = 0.1

  /// The LexRank centrality of every row: a random walk (PageRank) on the graph whose edges join
  /// sentences with a TF-IDF cosine similarity of at least 0.1, weighted by that similarity.
  static func lexRank(_ vectors: TermVectors) -> [Double] {
    let graph = buildGraph(vectors, countingSharedTerms: false) { _, _, cosine in
      cosine >= lexRankThreshold ? cosine : 0
    }
    return pageRank(graph)
  }

  /// The TextRank centrality of every row: a random walk on the graph whose edges are weighted by
  /// the number of shared content terms over `ln|a| + ln|b|`, the log lengths of the sentences.
  static func textRank(_ vectors: TermVectors) -> [Double] {
    let logLengths = vectors.tokenCounts.map { $0 > 0 ? log(Double($0)) : 0 }
    let graph = buildGraph(vectors, countingSharedTerms: true) { row, other, shared in
      let denominator = logLengths[row] + logLengths[other]
      return denominator > 0 ? shared / denominator : 0
    }
    return pageRank(graph)
  }

  // MARK: - Graph

  /// A weighted graph in compressed rows.
  struct Graph {
    var count: Int
    var edgeStart: [Int]
    var targets: [Int]
    var weights: [Double]
  }

  /// Builds the graph of `vectors` whose edge weights `weight(row, other, value)` gives from the
  /// cosine or shared-term count of the two rows; edges of weight 0 are left out.
  static func buildGraph(
    _ vectors: TermVectors, countingSharedTerms: Bool,
    weight: (_ row: Int, _ other: Int, _ value: Double) -> Double
  ) -> Graph {
    var graph = Graph(count: vectors.count, edgeStart: [0], targets: [], weights: [])
    graph.edgeStart.reserveCapacity(vectors.count + 1)
    var scratch = [Double](repeating: 0, count: vectors.count)
    var touched: [Int] = []
    for row in 0..<vectors.count {
      vectors.forEachNeighbour(
        of: row, countingSharedTerms: countingSharedTerms, scratch: &scratch, touched: &touched
      ) { other, value in
        let edge = weight(row, other, value)
        if edge > 0 {
          graph.targets.append(other)
          graph.weights.append(edge)
        }
      }
      graph.edgeStart.append(graph.targets.count)
    }
    return graph
  }

  /// The stationary distribution of a damped random walk on `graph`, by power iteration.
  /// Nodes without edges spread their mass uniformly.
  static func pageRank(_ graph: Graph, iterations: Int = 100, tolerance: Double = 1e-7) -> [Double] {
    let n = graph.count
    guard n > 0 else { return [] }
    var outWeight = [Double](repeating: 0, count: n)
    for node in 0..<n {
      for edge in graph.edgeStart[node]..<graph.edgeStart[node + 1] {
        outWeight[node] += graph.weights[edge]
      }
    }
    var rank = [Double](repeating: 1 / Double(n), count: n)
    var next = [Double](repeating: 0, count: n)
    for _ in 0..<iterations {
      var dangling = 0.0
      for node in 0..<n { next[node] = 0 }
      for node in 0..<n {
        guard outWeight[node] > 0 else {
          dangling += rank[node]
          continue
        }
        let share = damping * rank[node] / outWeight[node]
        for edge in graph.edgeStart[node]..<graph.edgeStart[node + 1] {
          next[graph.targets[edge]] += share * graph.weights[edge]
        }
      }
      let base = (1 - damping) / Double(n) + damping * dangling / Double(n)
      var change = 0.0
      for node in 0..<n {
        next[node] += base
        change += abs(next[node] - rank[node])
      }
      swap(&rank, &next)
      if change < tolerance { break }
    }
    return rank
  }

  // MARK: - Summary material

  /// Whether `sentence` can stand in a summary: 6 to 60 words, not an all-capitals line, ending
  /// with `.`, `!`, `?`, `…` or a closing quotation mark, and not a bare quotation (one that opens
  /// and closes with quotation marks and has no `said`, `says`, `told` or similar attribution).
  static func isSummaryMaterial(_ sentence: Substring) -> Bool {
    let words = wordCount(sentence)
    guard words >= 6 && words <= 60 else { return false }
    var hasLower = false
    var hasUpper = false
    for scalar in sentence.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        if value >= 0x61 && value <= 0x7A {
          hasLower = true
        } else if value >= 0x41 && value <= 0x5A {
          hasUpper = true
        }
      } else if scalar.properties.isLowercase {
        hasLower = true
      } else if scalar.properties.isUppercase {
        hasUpper = true
      }
      if hasLower { break }
    }
    if hasUpper && !hasLower { return false }
    guard let last = sentence.unicodeScalars.last else { return false }
    guard endings.contains(last) else { return false }
    if let first = sentence.unicodeScalars.first, openings.contains(first), closings.contains(last) {
      let lowered = sentence.lowercased()
      let attributions = [" said", " says", " told", " saying", " asked", " added", " according to"]
      if !attributions.contains(where: { lowered.contains($0) }) { return false }
    }
    return true
  }

  private static let endings: Set<Unicode.Scalar> = [".", "!", "?", "…", "\"", "”", "’", "'", "»"]
  private static let openings: Set<Unicode.Scalar> = ["\"", "“", "‘", "'", "«", "„"]
  private static let closings: Set<Unicode.Scalar> = ["\"", "”", "’", "'", "»"]

  /// Whether `byte` is ASCII white space (space, tab, line feed, vertical tab, form feed, return).
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  /// The number of words in `text`: runs of bytes other than ASCII white space, as
  /// ``BylineCore/Article/wordCount`` counts them.
  static func wordCount(_ text: Substring) -> Int {
    var count = 0
    var inWord = false
    for byte in text.utf8 {
      if isSpace(byte) {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }

  /// The prefix of `text` that holds its first `limit` words, as ``wordCount(_:)`` counts them.
  static func prefix(_ text: Substring, words limit: Int) -> Substring {
    let utf8 = text.utf8
    var count = 0
    var inWord = false
    var end = utf8.startIndex
    var index = utf8.startIndex
    while index < utf8.endIndex {
      if isSpace(utf8[index]) {
        if inWord { end = index }
        inWord = false
        if count == limit { break }
      } else if !inWord {
        if count == limit { break }
        inWord = true
        count += 1
      }
      index = utf8.index(after: index)
    }
    if inWord { end = index }
    return text[text.startIndex..<end]
  }
}
