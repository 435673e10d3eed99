import BylineCore

/// Finds every title or role of the gazetteer written in an article (``RolePhrasesKey``), so that
/// other plugins can tell "the defense minister" from "the minister's car" without a role list
/// of their own.
///
/// Words are the article's written words (``TextLayer/writtenWords(in:)``): its text layer's
/// tokens, with those joined by an apostrophe, hyphen, full stop or ampersand ("vice-president",
/// "U.S.") as one; punctuation between words ends a phrase. A phrase matches the gazetteer ignoring
/// case, with a curly apostrophe read as a straight one. Only a word that ends some role starts a
/// look at the words before it, and words are told apart by a hash of their folded letters, so an
/// article costs one pass over its words.
///
/// ```swift
/// let phrases = RolePhraseFinder().phrases(in: article)
/// phrases.map(\.text)  // ["Defense Minister", "Minister"]
/// ```
public struct RolePhraseFinder: Sendable {
  /// The roles, lower-cased, with their groups.
  private let roles: [String: String]
  /// The most words a role has.
  private let longestRole: Int
  /// Hashes of the folded last words of the roles.
  private let lastWords: Set<UInt64>

  /// A finder that knows the bundled gazetteer's roles, made when first used.
  public static let bundled = RolePhraseFinder()

  /// Creates a finder that knows the roles in `gazetteer`.
  public init(gazetteer: Gazetteer = .bundled) {
    roles = gazetteer.roles
    longestRole = gazetteer.longestRole
    lastWords = Set(
      roles.keys.compactMap { role in role.split(separator: " ").last.map { Self.hash(of: String($0)) } })
  }

  /// A word of the body: where it is, and the hash of its folded form.
  private struct Word {
    var span: TextSpan
    var hash: UInt64
  }

  /// Every role phrase in `article`'s body, read from its text layer, ordered by where they end,
  /// then where they start.
  public func phrases(in article: NewsArticle) -> [RolePhrase] {
    phrases(in: article.body, layer: article.analyzedText)
  }

  /// Every role phrase in `body`, ordered by where they end, then where they start; `layer` is
  /// the body's text layer (computed when not given).
  public func phrases(in body: String, layer: TextLayer? = nil) -> [RolePhrase] {
    var phrases: [RolePhrase] = []
    var run: [Word] = []
    let words = (layer ?? TextLayer(text: body)).writtenWords(in: body)
    for written in words {
      guard written.isWord else {
        run.removeAll(keepingCapacity: true)
        continue
      }
      let word = Word(span: written.span, hash: Self.foldedHash(written.span.text(in: body)))
      if run.count == longestRole { run.removeFirst() }
      run.append(word)
      guard lastWords.contains(word.hash) else { continue }
      var phrase = ""
      var found: [RolePhrase] = []
      for start in run.indices.reversed() {
        let folded = Self.folded(String(run[start].span.text(in: body)))
        phrase = phrase.isEmpty ? folded : folded + " " + phrase
        if let group = roles[phrase] {
          let span = TextSpan(start: run[start].span.start, end: word.span.end)
          found.append(RolePhrase(span: span, text: String(span.text(in: body)), group: group))
        }
      }
      phrases.append(contentsOf: found.reversed())
    }
    return phrases
  }

  /// A word in lower case, with a curly apostrophe written straight.
  static func folded(_ word: String) -> String {
    let lowered = word.lowercased()
    return lowered.contains("’") ? lowered.replacing("’", with: "'") : lowered
  }

  /// The FNV-1a hash of the UTF-8 of a folded word.
  static func hash(of folded: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in folded.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }

  /// The hash of the folded form of `word`: worked out byte by byte for ASCII, through
  /// ``folded(_:)`` otherwise.
  private static func foldedHash(_ word: Substring) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word.utf8 {
      guard byte < 0x80 else { return Self.hash(of: folded(String(word))) }
      let lowered = byte >= 65 && byte <= 90 ? byte + 32 : byte
      hash = (hash ^ UInt64(lowered)) &* 0x100_0000_01b3
    }
    return hash
  }
}
