import BylineCore

/// Finds the title or role stated with a mention, using the gazetteer's roles.
///
/// It looks, in order, at a title inside the mention ("President Dravnik"), at the words just
/// before it in the same sentence ("Harbour Board press secretary Tam Brode" → `"press secretary"`),
/// and at an appositive just after it ("Tam Brode, the Harbour Board press secretary," →
/// `"press secretary"`). Roles match the gazetteer ignoring case and are returned as written.
///
/// ```swift
/// let extractor = RoleExtractor(gazetteer: gazetteer)
/// extractor.role(for: mention, in: article)  // "Foreign Minister"
/// ```
public struct RoleExtractor: Sendable {
  /// Words that start a clause rather than an appositive ("…, who said …").
  static let clauseStarters: Set<String> = [
    "who", "whom", "whose", "which", "that", "said", "says", "told", "and", "but", "or", "when", "where",
    "while", "according", "as", "after", "before", "because", "if", "in", "on", "at", "to", "for",
  ]
  /// The most words an appositive may have.
  static let longestAppositive = 8

  /// The lists the roles come from.
  public let gazetteer: Gazetteer

  /// Creates an extractor that knows the roles in `gazetteer`.
  public init(gazetteer: Gazetteer = .bundled) {
    self.gazetteer = gazetteer
  }

  /// The role stated with `mention` in `article`, as written, or `nil` when there is none.
  public func role(for mention: EntityMention, in article: NewsArticle) -> String? {
    if let leading = leadingRole(in: mention.text), isRole(leading.role) { return leading.role }
    let body = article.body
    let range = mention.span.range(in: body)
    let sentence = Self.sentence(containing: mention.span.start, in: article.sentences)
    let sentenceRange = sentence?.range(in: body) ?? body.startIndex..<body.endIndex
    let start = min(sentenceRange.lowerBound, range.lowerBound)
    let end = max(sentenceRange.upperBound, range.upperBound)
    return roleBefore(body[start..<range.lowerBound]) ?? roleInAppositive(body[range.upperBound..<end])
  }

  /// The sentence of `sentences` (in text order, not overlapping) that holds `offset`, found by
  /// binary search so that long articles with many names cost no more than their length.
  static func sentence(containing offset: Int, in sentences: [TextSpan]) -> TextSpan? {
    let low = sentences.partitioningIndex { $0.end > offset }
    guard low < sentences.count, sentences[low].start <= offset, offset < sentences[low].end else {
      return nil
    }
    return sentences[low]
  }

  /// Whether `phrase` is a title or role (a form of address such as "Mr" or "Ms" is not).
  func isRole(_ phrase: String) -> Bool {
    guard let group = gazetteer.roleGroup(of: phrase) else { return false }
    return group != "honorific"
  }

  /// A role at the start of `name` ("President Dravnik"), with the number of words it takes;
  /// at least one word is always left for the name.
  func leadingRole(in name: String) -> (role: String, words: Int)? {
    let words = name.split(whereSeparator: \.isWhitespace)
    guard words.count > 1 else { return nil }
    for count in stride(from: min(gazetteer.longestRole, words.count - 1), through: 1, by: -1) {
      let phrase = words[..<count].joined(separator: " ")
      if gazetteer.roleGroup(of: phrase) != nil { return (phrase, count) }
    }
    return nil
  }

  /// The longest role that ends `text`, which must end in a space: the words immediately before
  /// a name, back to the nearest punctuation.
  private func roleBefore(_ text: Substring) -> String? {
    guard let last = text.last, last.isWhitespace else { return nil }
    var words: [Substring] = []
    // Only the last few words can belong to a role: read them from the end, however long the
    // sentence before the name.
    for word in Self.lastWords(of: text, count: gazetteer.longestRole + 1) {
      guard words.count < gazetteer.longestRole, let final = word.last, final.isLetter || final == "'" else {
        break
      }
      words.insert(word.drop { !$0.isLetter }, at: 0)
      if word.first.map({ !$0.isLetter }) ?? true { break }
    }
    return longestRole(endingWith: words)
  }

  /// Up to `count` words (runs of non-white space) that end `text`, the last first.
  static func lastWords(of text: Substring, count: Int) -> [Substring] {
    var words: [Substring] = []
    var end = text.endIndex
    var index = text.endIndex
    while index > text.startIndex && words.count < count {
      let before = text.index(before: index)
      if text[before].isWhitespace {
        if index < end { words.append(text[index..<end]) }
        end = before
      }
      index = before
    }
    if words.count < count && text.startIndex < end { words.append(text[text.startIndex..<end]) }
    return words
  }

  /// The role in an appositive that starts `text`: ", the ministry spokesman," → `"spokesman"`.
  private func roleInAppositive(_ text: Substring) -> String? {
    let rest = text.drop { $0 == " " }
    guard rest.first == "," else { return nil }
    var appositive = rest.dropFirst()
    var index = appositive.startIndex
    var spaces = 0
    while index < appositive.endIndex {
      let character = appositive[index]
      let next = appositive.index(after: index)
      if ",;:!?()\n—–\"“”".contains(character) { break }
      // An appositive has a few words: stop reading once it cannot be one.
      if character.isWhitespace {
        spaces += 1
        if spaces > 2 * Self.longestAppositive + 2 { return nil }
      }
      if character == ".", next == appositive.endIndex || appositive[next].isWhitespace,
        index > appositive.startIndex, appositive[appositive.index(before: index)].isLowercase
      {
        break
      }
      index = next
    }
    appositive = appositive[..<index]
    let words = appositive.split(whereSeparator: \.isWhitespace)
    guard (1...Self.longestAppositive).contains(words.count),
      !Self.clauseStarters.contains(words[0].lowercased())
    else { return nil }
    if let role = longestRole(endingWith: words) { return role }
    for start in words.indices {
      let limit = min(gazetteer.longestRole, words.count - start)
      for count in stride(from: limit, through: 1, by: -1) {
        let phrase = words[start..<(start + count)].joined(separator: " ")
        if isRole(phrase) { return phrase }
      }
    }
    return nil
  }

  /// The longest role made of the last words of `words`.
  private func longestRole(endingWith words: [Substring]) -> String? {
    for count in stride(from: min(gazetteer.longestRole, words.count), through: 1, by: -1) {
      let phrase = words.suffix(count).joined(separator: " ")
      if isRole(phrase) { return phrase }
    }
    return nil
  }
}
