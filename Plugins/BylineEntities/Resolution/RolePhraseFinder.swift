import BylineCore

/// Finds every title or role of the gazetteer written in an article (``RolePhrasesKey``), so that
/// other plugins can tell "the defense minister" from "the minister's car" without a role list
/// of their own.
///
/// Words are runs of letters and digits, joined by an apostrophe, hyphen, full stop or ampersand
/// between two of them ("vice-president", "U.S."); punctuation between words ends a phrase. A
/// phrase matches the gazetteer ignoring case, with a curly apostrophe read as a straight one.
///
/// ```swift
/// let phrases = RolePhraseFinder().phrases(in: article.body)
/// phrases.map(\.text)  // ["Defense Minister", "Minister"]
/// ```
public struct RolePhraseFinder: Sendable {
  /// The lists the roles come from.
  public let gazetteer: Gazetteer

  /// Creates a finder that knows the roles in `gazetteer`.
  public init(gazetteer: Gazetteer = .bundled) {
    self.gazetteer = gazetteer
  }

  /// A word of the body: its span and its folded form.
  private struct Word {
    var span: TextSpan
    var folded: String
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
      if run.count == gazetteer.longestRole { run.removeFirst() }
      run.append(Word(span: word.span, folded: word.folded))
      var phrase = ""
      var found: [RolePhrase] = []
      for start in run.indices.reversed() {
        phrase = phrase.isEmpty ? run[start].folded : run[start].folded + " " + phrase
        if let group = gazetteer.roleGroup(of: phrase) {
          let span = TextSpan(start: run[start].span.start, end: word.span.end)
          found.append(RolePhrase(span: span, text: String(span.text(in: body)), group: group))
        }
      }
      phrases.append(contentsOf: found.reversed())
    }
    return phrases
  }

  /// Calls `visit` with each word of `body` (span and folded text), in order, and with `nil`
  /// for each punctuation mark between words.
  static func scanWords(in body: String, _ visit: ((span: TextSpan, folded: String)?) -> Void) {
    let scalars = Array(body.unicodeScalars)
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar.properties.isWhitespace {
        index += 1
      } else if isWordScalar(scalar) {
        let end = wordEnd(in: scalars, from: index)
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[index..<end])
        let folded = text.lowercased().replacing("’", with: "'")
        visit((TextSpan(start: offsets[index], end: offsets[end]), folded))
        index = end
      } else {
        visit(nil)
        index += 1
      }
    }
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
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
