import Foundation

/// Sparse TF-IDF vectors of a set of sentences, with terms as integer ids.
///
/// Terms are lower-cased runs of letters and digits, with English stop words removed and plural,
/// `-ing`, `-ed` and final `-e` endings lightly stripped, so `floods`, `flooded` and `flooding`
/// share one term. The inverse document frequency is computed over the sentences themselves:
/// `idf = ln((1 + n) / (1 + df)) + 1`. Rows are L2-normalised, so the dot product of two rows is
/// their cosine similarity.
///
/// Storage is compressed: the terms of row `i` are `terms[rowStart[i]..<rowStart[i + 1]]`, sorted
/// by id, and a term-to-rows index (postings) lets similarities of one row to every other row be
/// accumulated without comparing every pair.
struct TermVectors: Sendable {
  /// The number of rows (sentences).
  let count: Int
  /// The id of every term seen, by its normalised text.
  private(set) var vocabulary: [String: Int] = [:]
  /// The inverse document frequency of every term id.
  private(set) var idf: [Double] = []
  /// Where each row's entries begin in ``terms`` and ``weights``; `count + 1` elements.
  private(set) var rowStart: [Int] = [0]
  /// The term ids of every row, sorted within a row.
  private(set) var terms: [Int] = []
  /// The L2-normalised TF-IDF weights matching ``terms``.
  private(set) var weights: [Double] = []
  /// The number of content tokens (with repeats) of every row.
  private(set) var tokenCounts: [Int] = []
  /// Where each term's postings begin in ``postingRows``; `vocabulary.count + 1` elements.
  private var postingStart: [Int] = []
  /// The rows that contain each term, in row order.
  private var postingRows: [Int] = []
  /// The weight of the term in the row, matching ``postingRows``.
  private var postingWeights: [Double] = []

  /// Builds the vectors of `texts`, one row per text.
  init(_ texts: [Substring]) {
    count = texts.count
    let rawCounts = countTerms(of: texts)
    // Document frequencies and IDF.
    var documentFrequency = [Int](repeating: 0, count: vocabulary.count)
    for id in terms { documentFrequency[id] += 1 }
    let rows = Double(count)
    idf = documentFrequency.map { df in
      log((1 + rows) / (1 + Double(df))) + 1
    }
    weigh(rawCounts)
    indexPostings(documentFrequency: documentFrequency)
  }

  /// Fills ``vocabulary``, ``terms``, ``rowStart`` and ``tokenCounts``; returns how often each
  /// entry's term occurs in its row.
  private mutating func countTerms(of texts: [Substring]) -> [Double] {
    var rawCounts: [Double] = []
    var scratch: [Int] = []
    scratch.reserveCapacity(64)
    // Each distinct surface form is checked and stemmed once; -1 marks forms that are no term.
    var surfaceIDs: [String: Int] = [:]
    for text in texts {
      scratch.removeAll(keepingCapacity: true)
      Self.forEachWord(in: text) { word in
        if let id = surfaceIDs[word] {
          if id >= 0 { scratch.append(id) }
          return
        }
        guard let term = Self.term(word) else {
          surfaceIDs[word] = -1
          return
        }
        let id: Int
        if let known = vocabulary[term] {
          id = known
        } else {
          id = vocabulary.count
          vocabulary[term] = id
        }
        surfaceIDs[word] = id
        scratch.append(id)
      }
      tokenCounts.append(scratch.count)
      scratch.sort()
      var index = 0
      while index < scratch.count {
        let id = scratch[index]
        var run = 1
        while index + run < scratch.count && scratch[index + run] == id { run += 1 }
        terms.append(id)
        rawCounts.append(Double(run))
        index += run
      }
      rowStart.append(terms.count)
    }
    return rawCounts
  }

  /// Fills ``weights``: raw count times IDF, normalised per row.
  private mutating func weigh(_ rawCounts: [Double]) {
    weights = [Double](repeating: 0, count: terms.count)
    for row in 0..<count {
      var squares = 0.0
      for entry in rowStart[row]..<rowStart[row + 1] {
        let weight = rawCounts[entry] * idf[terms[entry]]
        weights[entry] = weight
        squares += weight * weight
      }
      guard squares > 0 else { continue }
      let norm = squares.squareRoot()
      for entry in rowStart[row]..<rowStart[row + 1] { weights[entry] /= norm }
    }
  }

  /// Fills the postings, by counting sort on the term id.
  private mutating func indexPostings(documentFrequency: [Int]) {
    let termCount = documentFrequency.count
    postingStart = [Int](repeating: 0, count: termCount + 1)
    for id in 0..<termCount { postingStart[id + 1] = postingStart[id] + documentFrequency[id] }
    var fill = postingStart
    postingRows = [Int](repeating: 0, count: terms.count)
    postingWeights = [Double](repeating: 0, count: terms.count)
    for row in 0..<count {
      for entry in rowStart[row]..<rowStart[row + 1] {
        let id = terms[entry]
        postingRows[fill[id]] = row
        postingWeights[fill[id]] = weights[entry]
        fill[id] += 1
      }
    }
  }

  /// The cosine similarity of rows `a` and `b`, by merging their sorted entries.
  func cosine(_ a: Int, _ b: Int) -> Double {
    var i = rowStart[a]
    var j = rowStart[b]
    let endA = rowStart[a + 1]
    let endB = rowStart[b + 1]
    var dot = 0.0
    while i < endA && j < endB {
      let termA = terms[i]
      let termB = terms[j]
      if termA == termB {
        dot += weights[i] * weights[j]
        i += 1
        j += 1
      } else if termA < termB {
        i += 1
      } else {
        j += 1
      }
    }
    return dot
  }

  /// Calls `body` with every other row that shares a term with `row`, and either the cosine
  /// similarity of the two rows or, when `countingSharedTerms` is true, the number of distinct terms
  /// they share.
  ///
  /// `scratch` must hold `count` zeros and `touched` must be empty; both are left that way.
  func forEachNeighbour(
    of row: Int, countingSharedTerms: Bool, scratch: inout [Double], touched: inout [Int],
    _ body: (_ other: Int, _ value: Double) -> Void
  ) {
    for entry in rowStart[row]..<rowStart[row + 1] {
      let id = terms[entry]
      let weight = weights[entry]
      for posting in postingStart[id]..<postingStart[id + 1] {
        let other = postingRows[posting]
        if other == row { continue }
        if scratch[other] == 0 { touched.append(other) }
        scratch[other] += countingSharedTerms ? 1 : weight * postingWeights[posting]
      }
    }
    for other in touched {
      body(other, scratch[other])
      scratch[other] = 0
    }
    touched.removeAll(keepingCapacity: true)
  }

  /// The cosine similarity of every row to `query`, weighted with the rows' IDF; terms of the
  /// query that no row contains are ignored. All zeros when the query has no known term.
  func cosines(toQuery query: String) -> [Double] {
    var queryCounts: [Int: Double] = [:]
    Self.forEachTerm(in: Substring(query)) { term in
      if let id = vocabulary[term] { queryCounts[id, default: 0] += 1 }
    }
    var result = [Double](repeating: 0, count: count)
    guard !queryCounts.isEmpty else { return result }
    var squares = 0.0
    for (id, tf) in queryCounts { squares += (tf * idf[id]) * (tf * idf[id]) }
    let norm = squares.squareRoot()
    for (id, tf) in queryCounts {
      let weight = tf * idf[id] / norm
      for posting in postingStart[id]..<postingStart[id + 1] {
        result[postingRows[posting]] += weight * postingWeights[posting]
      }
    }
    return result
  }

  // MARK: - Terms

  /// Calls `body` with every content term of `text`: lower-cased, stop words removed, stemmed.
  static func forEachTerm(in text: Substring, _ body: (String) -> Void) {
    forEachWord(in: text) { word in
      if let term = term(word) { body(term) }
    }
  }

  /// The term of a lower-cased `word`, or nil for stop words and single letters.
  static func term(_ word: String) -> String? {
    let isNumber = word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    if word.utf8.count < 2 && !isNumber { return nil }
    if summaryStopWords.contains(word) { return nil }
    return isNumber ? word : stem(word)
  }

  /// Calls `body` with every lower-cased run of letters and digits in `text`.
  static func forEachWord(in text: Substring, _ body: (String) -> Void) {
    var word: [UInt8] = []
    word.reserveCapacity(32)
    func flush() {
      guard !word.isEmpty else { return }
      body(String(decoding: word, as: UTF8.self))
      word.removeAll(keepingCapacity: true)
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        if value >= 0x61 && value <= 0x7A || value >= 0x30 && value <= 0x39 {
          word.append(UInt8(value))
        } else if value >= 0x41 && value <= 0x5A {
          word.append(UInt8(value + 0x20))
        } else {
          flush()
        }
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
      } else {
        flush()
      }
    }
    flush()
  }

  /// Strips common inflectional endings: `-ies`, plural `-s`, `-ing`, `-ed` and a final `-e`.
  static func stem(_ word: String) -> String {
    var bytes = Array(word.utf8)
    func ends(_ suffix: StaticString) -> Bool {
      suffix.withUTF8Buffer { tail in
        bytes.count > tail.count && bytes[(bytes.count - tail.count)...].elementsEqual(tail)
      }
    }
    if bytes.count > 4 && ends("ies") {
      bytes.removeLast(3)
      bytes.append(0x79)  // y
    } else if ends("sses") {
      bytes.removeLast(2)
    } else if bytes.count > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is") {
      bytes.removeLast()
    }
    if bytes.count > 5 && ends("ing") {
      bytes.removeLast(3)
    } else if bytes.count > 4 && ends("ed") {
      bytes.removeLast(2)
    }
    if bytes.count > 4 && ends("e") { bytes.removeLast() }
    // Every rule shortens the word, so an unchanged length means an unchanged word.
    return bytes.count == word.utf8.count ? word : String(decoding: bytes, as: UTF8.self)
  }
}

/// English words that carry no topic, from `Resources/summary-stop-words.txt`.
private let summaryStopWords = WordList.bundled("summary-stop-words")
