/// The Porter (1980) suffix-stripping stemmer, in the variant that ROUGE-1.5.5 embeds (the Perl port
/// that also maps `bli` → `ble` and `logi` → `log` in step 2).
///
/// The input is expected in lower case; words shorter than three characters are returned unchanged.
public enum PorterStemmer {
  /// Returns the Porter stem of `word`, e.g. `caresses` → `caress`, `ponies` → `poni`,
  /// `relational` → `relat`.
  public static func stem(_ word: String) -> String {
    var w = Array(word.utf8)
    guard w.count >= 3 else { return word }
    let initialY = w[0] == ascii("y")
    if initialY { w[0] = ascii("Y") }

    step1a(&w)
    step1b(&w)
    step1c(&w)
    replaceSuffix(&w, in: step2List, minimumMeasure: 1)
    replaceSuffix(&w, in: step3List, minimumMeasure: 1)
    step4(&w)
    step5(&w)

    if initialY, !w.isEmpty, w[0] == ascii("Y") { w[0] = ascii("y") }
    return String(decoding: w, as: UTF8.self)
  }

  // MARK: - Steps

  private static func step1a(_ w: inout [UInt8]) {
    if ends(w, "sses") || ends(w, "ies") {
      w.removeLast(2)
    } else if w.count >= 2, w[w.count - 1] == ascii("s"), w[w.count - 2] != ascii("s") {
      w.removeLast()
    }
  }

  private static func step1b(_ w: inout [UInt8]) {
    if ends(w, "eed") {
      if measure(w.dropLast(3)) > 0 { w.removeLast() }
      return
    }
    let suffixLength: Int
    if ends(w, "ed") {
      suffixLength = 2
    } else if ends(w, "ing") {
      suffixLength = 3
    } else {
      return
    }
    let stem = Array(w.dropLast(suffixLength))
    guard containsVowel(stem) else { return }
    w = stem
    if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
      w.append(ascii("e"))
    } else if w.count >= 2, w[w.count - 1] == w[w.count - 2], !"aeiouylsz".utf8.contains(w[w.count - 1]) {
      w.removeLast()
    } else if isShortCVC(w) {
      w.append(ascii("e"))
    }
  }

  private static func step1c(_ w: inout [UInt8]) {
    guard w.last == ascii("y") else { return }
    if containsVowel(w.dropLast()) { w[w.count - 1] = ascii("i") }
  }

  private static func step4(_ w: inout [UInt8]) {
    if let suffix = longestSuffix(of: w, among: step4List) {
      let stem = w.dropLast(suffix.utf8.count)
      if measure(stem) > 1 { w = Array(stem) }
    } else if ends(w, "sion") || ends(w, "tion") {
      let stem = w.dropLast(3)
      if measure(stem) > 1 { w = Array(stem) }
    }
  }

  private static func step5(_ w: inout [UInt8]) {
    if w.last == ascii("e") {
      let stem = Array(w.dropLast())
      let m = measure(stem)
      if m > 1 || (m == 1 && !isShortCVC(stem)) { w = stem }
    }
    if ends(w, "ll"), measure(w[...]) > 1 { w.removeLast() }
  }

  // MARK: - Suffix tables

  private static let step2List: [(String, String)] = [
    ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
    ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
    ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
    ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ("logi", "log"),
  ]

  private static let step3List: [(String, String)] = [
    ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
    ("ness", ""),
  ]

  private static let step4List: [String] = [
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ou", "ism",
    "ate", "iti", "ous", "ive", "ize",
  ]

  /// Replaces the longest listed suffix (the leftmost match of the Perl alternation) when the
  /// remaining stem has at least `minimumMeasure` VC sequences.
  private static func replaceSuffix(_ w: inout [UInt8], in list: [(String, String)], minimumMeasure: Int) {
    guard let suffix = longestSuffix(of: w, among: list.map(\.0)) else { return }
    let stem = w.dropLast(suffix.utf8.count)
    guard measure(stem) >= minimumMeasure else { return }
    let replacement = list.first { $0.0 == suffix }?.1 ?? ""
    w = Array(stem) + Array(replacement.utf8)
  }

  // MARK: - Helpers

  private static func ascii(_ c: Character) -> UInt8 { c.asciiValue ?? 0 }

  private static func ends(_ w: [UInt8], _ suffix: String) -> Bool {
    let s = Array(suffix.utf8)
    return w.count >= s.count && Array(w.suffix(s.count)) == s
  }

  private static func longestSuffix(of w: [UInt8], among suffixes: [String]) -> String? {
    suffixes.filter { ends(w, $0) }.max { $0.utf8.count < $1.utf8.count }
  }

  /// Whether the character at `i` is a consonant: not a, e, i, o, u, and not a `y` that follows a
  /// consonant. An upper-case `Y` (a word-initial y) is always a consonant.
  private static func isConsonant(_ w: ArraySlice<UInt8>, _ i: Int) -> Bool {
    switch w[i] {
    case ascii("a"), ascii("e"), ascii("i"), ascii("o"), ascii("u"): return false
    case ascii("y"): return i == w.startIndex ? true : !isConsonant(w, i - 1)
    default: return true
    }
  }

  /// The measure m of a stem: the number of vowel-run/consonant-run pairs in [C](VC)^m[V].
  private static func measure(_ w: ArraySlice<UInt8>) -> Int {
    var m = 0
    var previousWasVowel = false
    for i in w.indices {
      let consonant = isConsonant(w, i)
      if consonant, previousWasVowel { m += 1 }
      previousWasVowel = !consonant
    }
    return m
  }

  private static func measure(_ w: [UInt8]) -> Int { measure(w[...]) }

  private static func containsVowel(_ w: ArraySlice<UInt8>) -> Bool {
    w.indices.contains { !isConsonant(w, $0) }
  }

  private static func containsVowel(_ w: [UInt8]) -> Bool { containsVowel(w[...]) }

  /// The Perl port's `^C v [^aeiouwxy]$`: the whole stem is one consonant run, one vowel, and a final
  /// consonant other than w, x or y (e.g. `hop`, `fil`).
  private static func isShortCVC(_ w: [UInt8]) -> Bool {
    let n = w.count
    guard n >= 3 else { return false }
    guard !"aeiouwxy".utf8.contains(w[n - 1]), "aeiouy".utf8.contains(w[n - 2]) else { return false }
    if "aeiou".utf8.contains(w[0]) { return false }
    for i in 1..<(n - 2) where "aeiouy".utf8.contains(w[i]) { return false }
    return true
  }
}
