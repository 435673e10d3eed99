import Foundation

/// Name comparison that tolerates spelling, punctuation and transliteration differences.
///
/// Resolution compares names through these functions: ``comparisonKey(_:)`` for exact identity,
/// ``phoneticKey(_:)`` for transliteration variants, ``jaroWinkler(_:_:)`` as a last resort, and
/// ``surnameSimilarity(_:_:)`` / ``givenNameSimilarity(_:_:)`` / ``personNameSimilarity(_:_:)``
/// for people.
///
/// ```swift
/// NameSimilarity.comparisonKey("El-Amrani's")                    // "elamrani"
/// NameSimilarity.phoneticKey("Zarembskyy")                       // "sarembski"
/// NameSimilarity.personNameSimilarity("Aleksey Volostov", "Alexei Volostoff")  // 0.9
/// NameSimilarity.personNameSimilarity("Ilsa Dravnik", "Tomas Dravnik")      // nil
/// ```
public enum NameSimilarity {
  /// Words that attach a surname to what it is "of": `al`, `el`, `de`, `van`, `von` and the like.
  /// They are part of the surname, and names are also compared without them.
  public static let particles: Set<String> = [
    "al", "el", "ad", "ed", "de", "del", "della", "der", "den", "di", "da", "du", "van", "von", "le", "la",
    "ibn", "bin",
  ]

  /// The lowest Jaro–Winkler similarity of two phonetic keys that still counts as the same name.
  public static let jaroWinklerThreshold = 0.94

  /// `text` with case and diacritics folded: `"Zelénskyy"` → `"zelenskyy"`.
  public static func folded(_ text: some StringProtocol) -> String {
    String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// `name` without a final possessive (`'s`, `’s`, or a lone apostrophe after *s*) and
  /// surrounding spaces and punctuation.
  public static func withoutPossessive(_ name: some StringProtocol) -> String {
    var name = Substring(name).trimmingCharacters(in: .whitespacesAndNewlines)[...]
    for suffix in ["'s", "’s", "'S", "’S"] where name.hasSuffix(suffix) && name.count > suffix.count {
      name = name.dropLast(suffix.count)
      break
    }
    if (name.hasSuffix("s'") || name.hasSuffix("s’")) && name.count > 2 { name = name.dropLast() }
    return String(name).trimmingCharacters(in: CharacterSet(charactersIn: " ,;:\"“”"))
  }

  /// One word of a name as compared: folded, with apostrophes, hyphens, full stops and every
  /// other character that is not a letter or digit removed: `"El-Amrani"` → `"elamrani"`.
  public static func wordKey(_ word: some StringProtocol) -> String {
    String(String.UnicodeScalarView(folded(word).unicodeScalars.filter(CharacterSet.alphanumerics.contains)))
  }

  /// The key two names must share to be the same name: the words of `name` without a possessive,
  /// a leading "the" and all spacing and punctuation, folded. `"El Amrani"`, `"El-Amrani"` and
  /// `"ElAmrani"` all give `"elamrani"`; `"the Harbour Board's"` gives `"harbourboard"`.
  public static func comparisonKey(_ name: some StringProtocol) -> String {
    var words = withoutPossessive(name).split(whereSeparator: \.isWhitespace)
    if words.count > 1, folded(words[0]) == "the" { words.removeFirst() }
    return words.map(wordKey).joined()
  }

  /// The keys a surname is known by: with its particles and without them, so that
  /// `"El Amrani"` gives `["elamrani", "amrani"]` and `"al-Rashid"` gives `["alrashid", "rashid"]`.
  public static func surnameKeys(_ surname: some StringProtocol) -> Set<String> {
    let words = withoutPossessive(surname).split(whereSeparator: \.isWhitespace)
    var keys: Set<String> = [words.map(wordKey).joined()]
    var rest = words[...]
    while rest.count > 1, particles.contains(wordKey(rest[rest.startIndex])) { rest = rest.dropFirst() }
    if var first = rest.first.map(String.init) {
      for separator: Character in ["-", "'", "’"] {
        if let index = first.firstIndex(of: separator),
          particles.contains(wordKey(first[..<index])), first.index(after: index) < first.endIndex
        {
          first = String(first[first.index(after: index)...])
          break
        }
      }
      keys.insert(([first] + rest.dropFirst().map(String.init)).map(wordKey).joined())
    }
    keys.remove("")
    return keys
  }

  /// A key under which spelling, transliteration and sound-alike variants of a name coincide.
  ///
  /// It folds case and diacritics; drops a silent first letter (*ps-*, *pn-*, *kn-*, *gn-*,
  /// *wr-*); reads *ph* as *f*, *th* as *t*, *kh* as *h*, *zh* and *z* as *s*, *ck* and *q* as
  /// *k*, *w* as *v*, *x* as *ks*, and *y*, *i* and *j* alike; turns final *-ie*/*-ye*/*-iy* into
  /// *-i* and final *-off*/*-ow* into *-ov*; and collapses doubled letters. Aleksey, Alexei and
  /// Aleksei all give `"aleksei"`; Volostov, Volostoff and Volostow give `"volostov"`; Matthew and
  /// Mathew give `"matev"`; Zavala and Savala give `"savala"`.
  public static func phoneticKey(_ name: some StringProtocol) -> String {
    var text = comparisonKey(name)
    for prefix in ["ps", "pn", "kn", "gn", "wr"] where text.hasPrefix(prefix) && text.count > 3 {
      text.removeFirst()
      break
    }
    for (pattern, replacement) in [
      ("ph", "f"), ("th", "t"), ("kh", "h"), ("zh", "s"), ("z", "s"), ("ck", "k"), ("q", "k"), ("x", "ks"),
      ("w", "v"), ("y", "i"), ("j", "i"),
    ] {
      text = text.replacingOccurrences(of: pattern, with: replacement)
    }
    text = collapsingDoubles(text)
    if text.hasSuffix("ie"), text.count > 3 { text.removeLast() }
    if text.hasSuffix("of"), text.count > 3 { text = text.dropLast() + "v" }
    return collapsingDoubles(text)
  }

  /// Whether two surnames differ by one letter (one inserted, deleted or replaced) in their
  /// phonetic keys, both at least six letters long: the typing and transliteration slips
  /// ("Dravnik" / "Drabnik") that are safe to accept only when the given names agree as well.
  public static func isNearMiss(_ first: some StringProtocol, _ second: some StringProtocol) -> Bool {
    let a = Array(phoneticKey(first).unicodeScalars)
    let b = Array(phoneticKey(second).unicodeScalars)
    guard min(a.count, b.count) >= 6, abs(a.count - b.count) <= 1, a != b else { return false }
    var i = 0
    var j = 0
    var edits = 0
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        i += 1
        j += 1
        continue
      }
      edits += 1
      if edits > 1 { return false }
      if a.count > b.count {
        i += 1
      } else if b.count > a.count {
        j += 1
      } else {
        i += 1
        j += 1
      }
    }
    return edits + (a.count - i) + (b.count - j) <= 1
  }

  private static func collapsingDoubles(_ text: String) -> String {
    var result = ""
    for character in text where character != result.last { result.append(character) }
    return result
  }

  /// The most characters of a name that ``jaroWinkler(_:_:)`` compares.
  public static let longestCompared = 256

  /// The Jaro–Winkler similarity of `first` and `second`, from 0 (nothing alike) to 1 (equal),
  /// with the standard prefix scale of 0.1 over at most four characters.
  public static func jaroWinkler(_ first: String, _ second: String) -> Double {
    // Names are short; a "name" of thousands of letters (text without spaces) is compared by its
    // first `longestCompared`, so that the cost stays bounded.
    let a = Array(first.unicodeScalars.prefix(longestCompared))
    let b = Array(second.unicodeScalars.prefix(longestCompared))
    if a.isEmpty || b.isEmpty { return a.isEmpty && b.isEmpty ? 1 : 0 }
    let window = max(0, max(a.count, b.count) / 2 - 1)
    var matchedA = [Bool](repeating: false, count: a.count)
    var matchedB = [Bool](repeating: false, count: b.count)
    var matches = 0
    for i in a.indices {
      // Past the end of the shorter name the window is empty: no characters left to match.
      let lowest = max(0, i - window)
      let highest = min(b.count, i + window + 1)
      guard lowest < highest else { break }
      for j in lowest..<highest where !matchedB[j] && a[i] == b[j] {
        matchedA[i] = true
        matchedB[j] = true
        matches += 1
        break
      }
    }
    guard matches > 0 else { return 0 }
    var transpositions = 0
    var j = 0
    for i in a.indices where matchedA[i] {
      while !matchedB[j] { j += 1 }
      if a[i] != b[j] { transpositions += 1 }
      j += 1
    }
    let m = Double(matches)
    let jaro = (m / Double(a.count) + m / Double(b.count) + (m - Double(transpositions / 2)) / m) / 3
    var prefix = 0
    while prefix < min(4, a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
    return jaro + Double(prefix) * 0.1 * (1 - jaro)
  }

  /// How sure it is that two surnames are the same: 1 when their keys (``surnameKeys(_:)``)
  /// meet, 0.9 when their phonetic keys do, 0.8 when the phonetic keys of names of at least five
  /// letters reach ``jaroWinklerThreshold``, and `nil` otherwise.
  public static func surnameSimilarity(_ first: some StringProtocol, _ second: some StringProtocol) -> Double?
  {
    let keys = (surnameKeys(first), surnameKeys(second))
    guard !keys.0.isEmpty, !keys.1.isEmpty else { return nil }
    if !keys.0.isDisjoint(with: keys.1) { return 1 }
    let phonetic = (Set(keys.0.map(phoneticKey)), Set(keys.1.map(phoneticKey)))
    if !phonetic.0.isDisjoint(with: phonetic.1) { return 0.9 }
    for a in phonetic.0 where a.count >= 5 {
      for b in phonetic.1 where b.count >= 5 && jaroWinkler(a, b) >= jaroWinklerThreshold { return 0.8 }
    }
    return nil
  }

  /// How sure it is that two given names can belong to one person: 1 when equal, 0.9 for
  /// spelling variants (same ``phoneticKey(_:)``), 0.85 when one is the other's initial or
  /// either is missing, 0.8 when they begin alike and differ only in vowels (same
  /// ``consonantSkeleton(_:)`` of at least three letters), `nil` otherwise.
  public static func givenNameSimilarity(_ first: String?, _ second: String?) -> Double? {
    guard let first, let second else { return 0.85 }
    let a = wordKey(first)
    let b = wordKey(second)
    if a.isEmpty || b.isEmpty { return 0.85 }
    if a == b { return 1 }
    if a.count == 1 || b.count == 1 { return a.first == b.first ? 0.85 : nil }
    if phoneticKey(a) == phoneticKey(b) { return 0.9 }
    let skeletons = (consonantSkeleton(a), consonantSkeleton(b))
    return a.first == b.first && skeletons.0.count >= 3 && skeletons.0 == skeletons.1 ? 0.8 : nil
  }

  /// The first letter and then the consonants of a name's ``phoneticKey(_:)``, doubled letters
  /// collapsed: transliterations that differ only in vowels share it ("Yusuf" / "Youssef" →
  /// `"isf"`, "Mohammed" / "Muhammad" → `"mhmd"`).
  public static func consonantSkeleton(_ name: some StringProtocol) -> String {
    let key = phoneticKey(name)
    guard let first = key.first else { return "" }
    return collapsingDoubles(String(first) + key.dropFirst().filter { !"aeiou".contains($0) })
  }

  /// How sure it is that two written person names name the same person: the lower of the surname
  /// and first-given-name similarities, or `nil` when either rules it out. Honorifics ("Mr",
  /// "Dr") and suffixes ("Jr") are ignored.
  ///
  /// ```swift
  /// NameSimilarity.personNameSimilarity("Ilsa Dravnik", "Dravnick")  // 0.85
  /// ```
  public static func personNameSimilarity(_ first: String, _ second: String) -> Double? {
    guard let a = PersonName(first), let b = PersonName(second),
      let surname = surnameSimilarity(a.surname, b.surname),
      let given = givenNameSimilarity(a.firstGiven, b.firstGiven)
    else { return nil }
    return min(surname, given)
  }
}
