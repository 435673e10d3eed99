/// A person's name split into given names and surname, for comparison.
///
/// The surname is the last word with any particles before it ("El Amrani", "van der Berg");
/// honorifics before the name and generational suffixes after it are dropped.
struct PersonName: Hashable, Sendable {
  /// Titles of address that are not part of a name.
  static let honorifics: Set<String> = [
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "madam", "madame", "mme", "mister", "lord",
    "lady", "herr", "frau", "monsieur", "senor", "senora", "signor", "signora",
  ]
  /// Suffixes that are not part of a surname.
  static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

  /// The given names as written, e.g. `["Jana", "Maria"]`; empty for a surname alone.
  var given: [String]
  /// The surname as written, e.g. `"El Amrani"`.
  var surname: String
  /// The keys the surname is compared by (``NameSimilarity/surnameKeys(_:)``).
  var surnameKeys: Set<String>
  /// The words of the name as compared (``NameSimilarity/wordKey(_:)``), given names first.
  var wordKeys: [String]
  /// The phonetic keys of ``surnameKeys``.
  var surnamePhoneticKeys: Set<String>

  /// The first given name, if any.
  var firstGiven: String? { given.first }
  /// Whether there is a given name longer than an initial.
  var hasFullGivenName: Bool { given.contains { NameSimilarity.wordKey($0).count > 1 } }
  /// Whether the given names are only initials ("J. Kowalczyk").
  var hasOnlyInitials: Bool { !given.isEmpty && !hasFullGivenName }

  /// Parses `text`; `nil` when nothing of a name is left.
  init?(_ text: String) {
    var words = NameSimilarity.withoutPossessive(text).split(whereSeparator: \.isWhitespace).map(String.init)
    while words.count > 1, Self.honorifics.contains(NameSimilarity.wordKey(words[0])) { words.removeFirst() }
    while words.count > 1, let last = words.last, Self.suffixes.contains(NameSimilarity.wordKey(last)) {
      words.removeLast()
      if let comma = words.last, comma.hasSuffix(",") { words[words.count - 1] = String(comma.dropLast()) }
    }
    words = words.filter { !NameSimilarity.wordKey($0).isEmpty }
    guard !words.isEmpty else { return nil }
    var start = words.count - 1
    while start > 0, NameSimilarity.particles.contains(NameSimilarity.wordKey(words[start - 1])) {
      start -= 1
    }
    given = Array(words[..<start])
    surname = words[start...].joined(separator: " ")
    surnameKeys = NameSimilarity.surnameKeys(surname)
    surnamePhoneticKeys = Set(surnameKeys.map(NameSimilarity.phoneticKey))
    wordKeys = words.map(NameSimilarity.wordKey)
  }

  /// ``NameSimilarity/surnameSimilarity(_:_:)`` of the two surnames, from the keys worked out
  /// when the names were parsed.
  func surnameSimilarity(to other: PersonName) -> Double? {
    guard !surnameKeys.isEmpty, !other.surnameKeys.isEmpty else { return nil }
    if !surnameKeys.isDisjoint(with: other.surnameKeys) { return 1 }
    if !surnamePhoneticKeys.isDisjoint(with: other.surnamePhoneticKeys) { return 0.9 }
    for a in surnamePhoneticKeys where a.count >= 5 {
      for b in other.surnamePhoneticKeys
      where b.count >= 5 && NameSimilarity.jaroWinkler(a, b) >= NameSimilarity.jaroWinklerThreshold {
        return 0.8
      }
    }
    return nil
  }
}
