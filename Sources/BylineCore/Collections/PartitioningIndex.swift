extension RandomAccessCollection {
  /// The index of the first element for which `isInSecondPart` is true, in a collection whose
  /// elements for which it is false all come first; `endIndex` when there is none. A binary
  /// search: O(log n) calls of `isInSecondPart`.
  ///
  /// Spans in text order are found this way without a scan:
  ///
  /// ```swift
  /// let sentences: [TextSpan] = article.sentences
  /// let index = sentences.partitioningIndex { $0.end > offset }   // the sentence holding offset, if any
  /// ```
  public func partitioningIndex(where isInSecondPart: (Element) throws -> Bool) rethrows -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if try isInSecondPart(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
