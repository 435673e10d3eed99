import BylineCore
import Foundation

/// A sentiment lexicon: words (and emoticons) with a mean valence from -4 (most negative) to +4
/// (most positive), in VADER's format.
///
/// The format is VADER's `vader_lexicon.txt`: one entry a line, the token, a tab, its mean
/// valence, and optionally more tab-separated fields (VADER's standard deviation and raw ratings),
/// which are ignored. Lines are trimmed of surrounding whitespace first, blank lines are skipped,
/// and a token listed twice keeps its last valence. Tokens are matched against lower-cased words,
/// as VADER does, so a token with upper-case letters (VADER's `:D`) never matches.
///
/// ```swift
/// let finance = try SentimentLexicon(contentsOf: URL(fileURLWithPath: "finance.txt"))
/// let scorer = SentimentScorer(lexicon: finance)
/// ```
public struct SentimentLexicon: Sendable {
  /// VADER's own lexicon (7,506 distinct tokens), bundled with the plugin and loaded once.
  public static let vader: SentimentLexicon = {
    guard
      let url = Bundle.module.url(
        forResource: "vader_lexicon", withExtension: "txt", subdirectory: "Resources")
    else { fatalError("BylineSentiment: the bundled Resources/vader_lexicon.txt is missing") }
    do {
      var lexicon = try SentimentLexicon(contentsOf: url)
      lexicon.name = "vader"
      return lexicon
    } catch {
      fatalError("BylineSentiment: the bundled VADER lexicon does not load: \(error)")
    }
  }()

  /// The lexicon's name, e.g. `vader`, or a file's name without its extension.
  public var name: String

  /// The parsed words and the tables the scorer uses.
  let storage: LexiconStorage

  /// Loads a lexicon in VADER's format from a file; its ``name`` is the file name without extension.
  ///
  /// - Throws: ``BylineError`` with code ``BylineError/Code/fileAccess`` when the file cannot be
  ///   read, ``BylineError/Code/invalidData`` when it is not UTF-8 or has a line without a token
  ///   and a numeric mean valence (the error names the file, the line and the column).
  public init(contentsOf url: URL) throws {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw BylineError(
        .fileAccess, "cannot read the lexicon: \(error.localizedDescription)",
        location: InputLocation(file: url.path, line: nil))
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw BylineError(
        .invalidData, "cannot read the lexicon: the file is not valid UTF-8",
        location: InputLocation(file: url.path, line: nil), hint: "save the lexicon as UTF-8")
    }
    try self.init(text: text, source: url.path)
    name = url.deletingPathExtension().lastPathComponent
  }

  /// Parses a lexicon in VADER's format from `text`; `source` names it in errors and is its ``name``.
  ///
  /// - Throws: ``BylineError`` with code ``BylineError/Code/invalidData``, located at the line and
  ///   column and showing the line, for a line without a token and a numeric mean valence.
  public init(text: String, source: String) throws {
    var entries: [(word: String, valence: Double)] = []
    var lineNumber = 0
    var body = Substring(text)
    if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
    // Split on "\n" scalars: as Characters, "\r\n" would be one that is not "\n".
    for rawLine in body.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = PythonText.strip(Substring(rawLine))
      if line.isEmpty { continue }
      let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
      guard fields.count >= 2, !fields[0].isEmpty else {
        throw Self.malformed(
          "expected a token, a tab and its mean valence", source: source, line: lineNumber,
          text: Substring(rawLine), at: line)
      }
      let measure = PythonText.strip(fields[1])
      guard let valence = Double(measure), valence.isFinite else {
        throw Self.malformed(
          "the mean valence \"\(measure)\" is not a number", source: source, line: lineNumber,
          text: Substring(rawLine), at: measure)
      }
      entries.append((String(fields[0]), valence))
    }
    self.init(entries: entries, name: source)
  }

  /// A bad lexicon line: `part` (a slice of `text`, the line as read) is underlined.
  private static func malformed(
    _ reason: String, source: String, line: Int, text: Substring, at part: Substring
  ) -> BylineError {
    let shown = text.hasSuffix("\r") ? text.dropLast() : text
    let column = text[..<part.startIndex].count + 1
    return BylineError(
      .invalidData, "bad lexicon line: \(reason)",
      location: InputLocation(file: source, line: line, column: column),
      sourceLine: String(shown), length: max(1, part.count),
      hint: "each line is a token, a tab and its mean valence from -4 to 4, e.g. `upbeat<TAB>1.8`")
  }

  /// Makes a lexicon from words and their mean valences (-4...+4); ``name`` is `name`.
  public init(valences: [String: Double], name: String) {
    self.init(entries: valences.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, name: name)
  }

  /// Makes a lexicon from entries in order; a repeated word keeps its last valence.
  init(entries: [(word: String, valence: Double)], name: String) {
    self.name = name
    self.storage = LexiconStorage(entries: entries)
  }

  /// The number of distinct tokens.
  public var count: Int { storage.count }

  /// The mean valence of `word` as the scorer looks it up (lower-cased), or `nil` when the lexicon
  /// does not have it.
  public subscript(word: String) -> Double? {
    let lowered = Array(word.utf8).withUnsafeBufferPointer(PythonText.lowercased)
    let entry = lowered.withUnsafeBufferPointer { storage.vocabulary.table.find($0) }
    guard entry >= 0 else { return nil }
    let info = storage.vocabulary.table.info(entry)
    return info.flags & WordInfo.inLexicon != 0 ? info.valence : nil
  }
}

/// A lexicon's word table and the ids of the words VADER's rules compare, built once per lexicon.
final class LexiconStorage: Sendable {
  /// The number of distinct lexicon tokens.
  let count: Int
  /// The table and rule words.
  let vocabulary: Vocabulary

  /// Builds the table of `entries` (a repeated word keeps its last valence) and VADER's own words.
  init(entries: [(word: String, valence: Double)]) {
    var builder = Vocabulary.Builder()
    var seen = Set<String>()
    for (word, valence) in entries {
      seen.insert(word)
      builder.update(word) {
        $0.valence = valence
        $0.flags |= WordInfo.inLexicon
      }
    }
    count = seen.count
    vocabulary = builder.build()
  }
}

/// A phrase of two or three words, as word-table entries.
struct Phrase: Sendable {
  /// The first word's entry.
  var first: Int32
  /// The second word's entry.
  var second: Int32
  /// The third word's entry (`Int32.min` for a two-word phrase).
  var third: Int32
  /// 2 or 3.
  var length: Int
  /// The phrase's valence (special cases) or scalar (booster phrases).
  var value: Double

  /// A phrase of `words` (two or three entries).
  init(words: [Int32], value: Double) {
    precondition(words.count == 2 || words.count == 3, "a phrase has two or three words")
    first = words[0]
    second = words[1]
    third = words.count == 3 ? words[2] : Int32.min
    length = words.count
    self.value = value
  }
}

/// Everything the scorer needs to know about words: the table, and the entries of the words that the
/// rules compare tokens with.
struct Vocabulary: Sendable {
  /// Every word the scorer knows.
  let table: WordTable
  // The entries of "no", "or", "nor", "never", "so", "this", "without", "doubt", "least", "at",
  // "very", "kind", "of" and "but".
  let no: Int32, or: Int32, nor: Int32, never: Int32, so: Int32, this: Int32, without: Int32
  let doubt: Int32, least: Int32, at: Int32, very: Int32, kind: Int32, of: Int32, but: Int32
  /// `SPECIAL_CASES` with more than one word (the one-word `badass` can never match a phrase).
  let specialCases: [Phrase]
  /// The booster phrases: "just enough", "kind of", "sort of".
  let boosterPhrases: [Phrase]

  /// Collects entries, then adds VADER's own words.
  struct Builder {
    /// Each word's position in `entries`.
    var index: [String: Int] = [:]
    /// The words (UTF-8) and what they mean, in the order added.
    var entries: [(key: [UInt8], info: WordInfo)] = []

    /// The position of `word`, added if new.
    mutating func entry(_ word: String) -> Int {
      if let existing = index[word] { return existing }
      entries.append((Array(word.utf8), WordInfo()))
      index[word] = entries.count - 1
      return entries.count - 1
    }

    /// Changes what `word` means, adding it if new.
    mutating func update(_ word: String, _ change: (inout WordInfo) -> Void) {
      let position = entry(word)
      change(&entries[position].info)
    }

    /// Adds boosters, negations, the rule words and the phrases, and builds the table.
    mutating func build() -> Vocabulary {
      var boosterPhrases: [(String, Double)] = []
      for (words, scalar) in [
        (VaderRules.boosters, VaderRules.boosterIncrement),
        (VaderRules.dampeners, VaderRules.boosterDecrement),
      ] {
        for word in words {
          if word.contains(" ") {
            boosterPhrases.append((word, scalar))
          } else {
            update(word) {
              $0.booster = scalar
              $0.flags |= WordInfo.isBooster
            }
          }
        }
      }
      for word in VaderRules.negations { update(word) { $0.flags |= WordInfo.isNegation } }
      for word in VaderRules.functionWords { _ = entry(word) }
      func phrase(_ text: String, _ value: Double) -> Phrase {
        let words = text.split(separator: " ").map { word in
          update(String(word)) { $0.flags |= WordInfo.inPhrase }
          return Int32(entry(String(word)))
        }
        return Phrase(words: words, value: value)
      }
      let specialCases = VaderRules.specialCases.filter { $0.phrase.contains(" ") }.map {
        phrase($0.phrase, $0.valence)
      }
      let boosters = boosterPhrases.map { phrase($0.0, $0.1) }
      let table = WordTable(entries: entries)
      func id(_ word: String) -> Int32 { Int32(index[word]!) }
      return Vocabulary(
        table: table, no: id("no"), or: id("or"), nor: id("nor"), never: id("never"), so: id("so"),
        this: id("this"), without: id("without"), doubt: id("doubt"), least: id("least"), at: id("at"),
        very: id("very"), kind: id("kind"), of: id("of"), but: id("but"), specialCases: specialCases,
        boosterPhrases: boosters)
    }
  }
}
