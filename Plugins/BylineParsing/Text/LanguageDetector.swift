/// A small, dependency-free identifier for the language of a piece of text.
///
/// It knows eight languages — English, Spanish, German, French, Portuguese, Russian, Italian and Dutch —
/// and works in two steps:
///
/// 1. **Script.** Letters are counted by script. When Cyrillic letters are the majority the text is Russian,
///    unless letters or words peculiar to other Cyrillic languages (Ukrainian, Bulgarian, Serbian,
///    Macedonian, Belarusian) turn up and Russian-only ones (ы, э, ё, что, это…) do not outnumber them two
///    to one, in which case the answer is `nil`. When neither Latin nor Cyrillic letters are the majority
///    (Greek, Arabic, Chinese…) the answer is `nil`.
/// 2. **Function words.** For Latin script every word found in a language's list of very common function
///    words (articles, prepositions, pronouns, auxiliaries, conjunctions) scores for that language — a full
///    point when only one list has it, much less when several share it. Distinctive characters (ñ, ß, ã,
///    œ…) and Dutch ij/aa/uu add a little more. The winner needs at least two function words and a score
///    at least 1.4 times the runner-up's.
///
/// Only the first 2,000 words (and at most 40,000 Unicode scalars) are examined, so the cost is bounded
/// whatever the size of the input. Words are split on anything that is not a letter (digits, hyphens and
/// apostrophes included) and compared in lower case. All tables are built once.
public enum LanguageDetector {
  /// The languages the detector knows, as BCP 47 codes, in a fixed order used to break ties.
  private static let languages = ["en", "es", "de", "fr", "pt", "ru", "it", "nl"]

  /// At most this many words are examined.
  private static let maximumWords = 2_000

  /// At most this many Unicode scalars are examined, so that input with few words stays cheap too.
  private static let maximumScalars = 40_000

  /// The fewest words (runs of letters) a text needs before any language is named.
  private static let minimumWords = 3

  /// The fewest function words of the winning language a Latin-script text needs.
  private static let minimumFunctionWords = 2

  /// How many times the runner-up's score the winner's must be.
  private static let minimumLead = 1.4

  /// The BCP 47 code of the language of `text` — one of en, es, de, fr, pt, ru, it, nl — or nil when the text
  /// is too short or too mixed to tell (fewer than ~3 recognisable words, or no language clearly ahead).
  public static func detect(_ text: String) -> String? {
    let analysis = Analysis(text)
    guard analysis.words >= minimumWords else { return nil }
    let letters = analysis.latinLetters + analysis.cyrillicLetters + analysis.otherLetters

    if analysis.cyrillicLetters * 2 > letters {
      guard analysis.cyrillicWords >= minimumWords else { return nil }
      // Nothing points away from Russian, or Russian-only evidence clearly dominates.
      let russian = analysis.russianMarkers
      let other = analysis.otherCyrillicMarkers
      return other == 0 || russian >= 2 * other ? "ru" : nil
    }
    guard analysis.latinLetters * 2 > letters else { return nil }

    let ranked = rank(analysis.raw)
    guard let best = ranked.first, best.index != Language.ru.rawValue else { return nil }
    guard analysis.hits[best.index] >= minimumFunctionWords else { return nil }
    let runnerUp = ranked.count > 1 ? ranked[1].score : 0
    guard best.score > 0, best.score >= runnerUp * minimumLead else { return nil }
    return languages[best.index]
  }

  /// Scores per language, highest first, for diagnostics.
  ///
  /// A score is the language's evidence (function words, weighted down when several languages share them,
  /// plus distinctive characters) per word examined, so it is roughly between 0 and 1. All eight languages
  /// are always listed; ties keep the order en, es, de, fr, pt, ru, it, nl. The script check that
  /// ``detect(_:)`` makes first is not reflected here.
  public static func scores(_ text: String) -> [(language: String, score: Double)] {
    let analysis = Analysis(text)
    let words = Double(max(analysis.words, 1))
    return rank(analysis.raw).map { (language: languages[$0.index], score: $0.score / words) }
  }

  // MARK: - Ranking

  private static func rank(_ raw: [Double]) -> [(index: Int, score: Double)] {
    raw.enumerated()
      .map { (index: $0.offset, score: $0.element) }
      .sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
  }

  // MARK: - Analysis

  /// Indices into `languages`.
  private enum Language: Int {
    case en, es, de, fr, pt, ru, it, nl

    /// The language whose BCP 47 code is `code`.
    init?(code: String) {
      guard let index = LanguageDetector.languages.firstIndex(of: code) else { return nil }
      self.init(rawValue: index)
    }
  }

  /// Everything learnt from one pass over the start of a text.
  private struct Analysis {
    /// Evidence per language, indexed like `languages`.
    var raw = [Double](repeating: 0, count: LanguageDetector.languages.count)
    /// Function words found per language.
    var hits = [Int](repeating: 0, count: LanguageDetector.languages.count)
    var words = 0
    var cyrillicWords = 0
    var latinLetters = 0
    var cyrillicLetters = 0
    var otherLetters = 0
    /// Letters and words found only in Russian among the Cyrillic languages.
    var russianMarkers = 0.0
    /// Letters and words found in other Cyrillic languages but not in Russian.
    var otherCyrillicMarkers = 0.0

    init(_ text: String) {
      // Scalars rather than Characters: much cheaper, and a combining mark simply stays in its word.
      var word = String.UnicodeScalarView()
      var wordScript = Script.other
      var scalars = 0
      for scalar in text.unicodeScalars {
        scalars += 1
        if scalars > LanguageDetector.maximumScalars { break }
        if Self.isLetter(scalar) {
          let script = Script(scalar)
          switch script {
          case .latin: latinLetters += 1
          case .cyrillic: cyrillicLetters += 1
          case .other: otherLetters += 1
          }
          if word.isEmpty { wordScript = script }
          word.append(scalar)
          continue
        }
        if !word.isEmpty && Self.isMark(scalar) {
          word.append(scalar)
          continue
        }
        if !word.isEmpty {
          add(String(word), script: wordScript)
          word = String.UnicodeScalarView()
          if words >= LanguageDetector.maximumWords { return }
        }
        if scalar == "¿" || scalar == "¡" {
          raw[Language.es.rawValue] += 0.5
        }
      }
      if !word.isEmpty && words < LanguageDetector.maximumWords {
        add(String(word), script: wordScript)
      }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A: return true
      case 0..<0x80: return false
      default: return scalar.properties.isAlphabetic
      }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
      guard scalar.value >= 0x300 else { return false }
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark: return true
      default: return false
      }
    }

    private mutating func add(_ word: String, script: Script) {
      words += 1
      if script == .cyrillic { cyrillicWords += 1 }
      // Very long runs of letters are not words of any list; they still count toward the script.
      guard word.utf8.count <= 80 else { return }
      let lower = word.lowercased()
      if let entry = LanguageDetector.functionWords[lower] {
        for index in entry.languages {
          raw[index] += entry.weight
          hits[index] += 1
        }
      }
      switch script {
      case .cyrillic:
        if LanguageDetector.russianWords.contains(lower) { russianMarkers += 1 }
        if LanguageDetector.otherCyrillicWords.contains(lower) { otherCyrillicMarkers += 1 }
        for character in lower {
          if let weight = LanguageDetector.russianLetters[character] {
            russianMarkers += weight
            raw[Language.ru.rawValue] += weight
          }
          if let weight = LanguageDetector.otherCyrillicLetters[character] {
            otherCyrillicMarkers += weight
          }
        }
      case .latin:
        // Dutch spells long sounds with ij and doubled letters; each pair counts once per word.
        var asciiOnly = true
        var pairs: (ij: Bool, aa: Bool, uu: Bool) = (false, false, false)
        var previous: UInt8 = 0
        for byte in lower.utf8 {
          if byte >= 0x80 { asciiOnly = false }
          switch (previous, byte) {
          case (UInt8(ascii: "i"), UInt8(ascii: "j")): pairs.ij = true
          case (UInt8(ascii: "a"), UInt8(ascii: "a")): pairs.aa = true
          case (UInt8(ascii: "u"), UInt8(ascii: "u")): pairs.uu = true
          default: break
          }
          previous = byte
        }
        if pairs.ij { raw[Language.nl.rawValue] += 0.3 }
        if pairs.aa || pairs.uu { raw[Language.nl.rawValue] += 0.2 }
        if asciiOnly { break }
        for character in lower {
          if let marks = LanguageDetector.distinctiveCharacters[character] {
            for mark in marks { raw[mark.language] += mark.weight }
          }
        }
      case .other:
        break
      }
    }
  }

  private enum Script {
    case latin, cyrillic, other

    init(_ scalar: Unicode.Scalar) {
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: self = .latin
      case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: self = .cyrillic
      default: self = .other
      }
    }
  }

  // MARK: - Tables

  private struct WordEntry: Sendable {
    var languages: [Int]
    var weight: Double
  }

  private struct Mark: Sendable {
    var language: Int
    var weight: Double
  }

  /// Every function word of every list, with the languages that use it and what it is worth to each.
  private static let functionWords: [String: WordEntry] = {
    var owners: [String: [Int]] = [:]
    for (language, list) in wordLists {
      for word in list.split(separator: " ") {
        let key = String(word)
        if owners[key]?.contains(language.rawValue) == true { continue }
        owners[key, default: []].append(language.rawValue)
      }
    }
    // A word in one list is strong evidence; one in several lists says much less about each.
    let weights: [Double] = [0, 1, 0.4, 0.2]
    return owners.mapValues { holders in
      WordEntry(languages: holders, weight: holders.count < weights.count ? weights[holders.count] : 0.1)
    }
  }()

  /// Very common function words per language, from `Resources/function-words.tsv`, in file order.
  private static let wordLists: [(Language, String)] = FunctionWordLists.bundled.lists.compactMap {
    code, words in Language(code: code).map { ($0, words) }
  }

  /// Letters that add evidence for one or more Latin-script languages, per occurrence.
  private static let distinctiveCharacters: [Character: [Mark]] = {
    let table: [(String, [(Language, Double)])] = [
      ("ñ", [(.es, 0.5)]),
      ("ß", [(.de, 0.5)]),
      ("äöü", [(.de, 0.3)]),
      ("ëï", [(.nl, 0.2), (.fr, 0.1)]),
      ("œ", [(.fr, 0.5)]),
      ("îû", [(.fr, 0.3)]),
      ("ç", [(.fr, 0.2), (.pt, 0.2)]),
      ("è", [(.fr, 0.2), (.it, 0.2)]),
      ("ê", [(.fr, 0.2), (.pt, 0.2)]),
      ("â", [(.fr, 0.15), (.pt, 0.15)]),
      ("ù", [(.fr, 0.15), (.it, 0.15)]),
      ("à", [(.fr, 0.15), (.it, 0.1), (.pt, 0.1)]),
      ("ãõ", [(.pt, 0.5)]),
      ("ìò", [(.it, 0.4)]),
      ("áíóú", [(.es, 0.1), (.pt, 0.1)]),
      ("é", [(.fr, 0.2), (.es, 0.05), (.pt, 0.05)]),
    ]
    var result: [Character: [Mark]] = [:]
    for (characters, marks) in table {
      for character in characters {
        result[character] = marks.map { Mark(language: $0.0.rawValue, weight: $0.1) }
      }
    }
    return result
  }()

  /// Cyrillic letters used by Russian but not by Ukrainian, Bulgarian, Serbian or Macedonian.
  private static let russianLetters: [Character: Double] = ["ы": 0.5, "э": 0.5, "ё": 0.5]

  /// Cyrillic letters of other languages that Russian does not use (ъ is common in Bulgarian, rare in
  /// Russian, so it counts for little).
  private static let otherCyrillicLetters: [Character: Double] = {
    var result: [Character: Double] = ["ъ": 0.25]
    for character in "іїєґўјљњћђџѓќѕ" { result[character] = 1 }
    return result
  }()

  /// Russian function words that the other Cyrillic languages do not share.
  private static let russianWords = FunctionWordLists.bundled.words(of: "ru-only")

  /// Function words of Ukrainian, Bulgarian, Serbian and Macedonian that Russian does not use.
  private static let otherCyrillicWords = FunctionWordLists.bundled.words(of: "cyrillic-other")

}
