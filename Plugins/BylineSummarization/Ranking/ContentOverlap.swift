/// The content terms two sentences share: a second, unweighted redundancy test beside TF-IDF
/// cosine, since two sentences sharing most of their content words state the same fact even when
/// common words carry little weight.
///
/// Terms are computed only for the sentences that are compared, which are few, and remembered.
struct ContentOverlap {
  /// The sentences, by row.
  let texts: [Substring]
  private var terms: [Set<String>?]

  init(texts: [Substring]) {
    self.texts = texts
    self.terms = [Set<String>?](repeating: nil, count: texts.count)
  }

  /// The content terms of sentence `row`.
  mutating func terms(of row: Int) -> Set<String> {
    if let known = terms[row] { return known }
    var found = Set<String>()
    TermVectors.forEachTerm(in: texts[row]) { found.insert($0) }
    terms[row] = found
    return found
  }

  /// The share of the smaller sentence's content terms that the other one also has (0 to 1).
  mutating func share(_ a: Int, _ b: Int) -> Double {
    let first = terms(of: a)
    let second = terms(of: b)
    let smaller = min(first.count, second.count)
    guard smaller > 0 else { return 0 }
    return Double(first.intersection(second).count) / Double(smaller)
  }
}
