import BylineCore

/// Finds every title or role of the gazetteer written in an article (``RolePhrasesKey``), so that
/// other plugins can tell "the defense minister" from "the minister's car" without a role list
/// of their own.
///
/// Words are runs of letters and digits, joined by an apostrophe, hyphen, full stop or ampersand
/// between two of them ("vice-president", "U.S."); punctuation between words ends a phrase. A
/// phrase matches the gazetteer ignoring case, with a curly apostrophe read as a straight one.
/// Only a word that ends some role starts a look at the words before it, and words are told
/// apart by a hash of their folded letters, so an article costs one pass over its text.
///
/// ```swift
/// let phrases = RolePhraseFinder().phrases(in: article.body)
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

  /// Every role phrase in `body`, ordered by where they end, then where they start.
  public func phrases(in body: String) -> [RolePhrase] {
    var phrases: [RolePhrase] = []
    var run: [Word] = []
    Self.scanWords(in: body) { word in
      guard let word else {
        run.removeAll(keepingCapacity: true)
        return
      }
      if run.count == longestRole { run.removeFirst() }
      run.append(word)
      guard lastWords.contains(word.hash) else { return }
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

  /// Calls `visit` with each word of `body` (its span and the hash of its folded form), in order,
  /// and with `nil` for each punctuation mark between words.
  private static func scanWords(in body: String, _ visit: (Word?) -> Void) {
    let scalars = Array(body.unicodeScalars)
    var index = 0
    var offset = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if isWhitespace(scalar) {
        offset += UTF8.width(scalar)
        index += 1
      } else if isWordScalar(scalar) {
        let end = wordEnd(in: scalars, from: index)
        let start = offset
        for position in index..<end { offset += UTF8.width(scalars[position]) }
        visit(Word(span: TextSpan(start: start, end: offset), hash: foldedHash(scalars[index..<end])))
        index = end
      } else {
        visit(nil)
        offset += UTF8.width(scalar)
        index += 1
      }
    }
  }

  /// The hash of the folded form of a word given as scalars: worked out letter by letter for
  /// ASCII, through ``folded(_:)`` otherwise.
  private static func foldedHash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for scalar in scalars {
      guard scalar.isASCII else {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return Self.hash(of: folded(text))
      }
      var byte = UInt8(scalar.value)
      if byte >= 65 && byte <= 90 { byte += 32 }
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return hash
  }

  /// The end (exclusive) of the word that starts at `start`.
  private static func wordEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int {
    var end = start + 1
    var hasDot = false
    while end < scalars.count {
      let next = scalars[end]
      if isWordScalar(next) {
        end += 1
      } else if "’'-.&".unicodeScalars.contains(next), end + 1 < scalars.count, isWordScalar(scalars[end + 1])
      {
        if next == "." { hasDot = true }
        end += 2
      } else if next == ",", end + 1 < scalars.count, isDigit(scalars[end - 1]), isDigit(scalars[end + 1]) {
        // "100,000"
        end += 2
      } else {
        break
      }
    }
    // "U.S." keeps its last full stop.
    if hasDot, end < scalars.count, scalars[end] == ".", end >= 2, !isWordScalar(scalars[end - 2]) {
      end += 1
    }
    return end
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value | 0x20
      return (value >= 97 && value <= 122) || (scalar.value >= 48 && scalar.value <= 57)
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return scalar == " " || (scalar.value >= 9 && scalar.value <= 13) }
    return scalar.properties.isWhitespace
  }
}
