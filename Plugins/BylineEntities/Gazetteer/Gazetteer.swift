import BylineCore
import Foundation

/// Lists of known names: countries and the adjectives for them, places, international and other
/// organisations, heads of state and government, titles and roles, and common given names.
///
/// The recognizer uses it for features, resolution for knowledge-base ids, demonyms and roles.
/// The bundled lists (``bundled``) are public facts from Wikidata (CC0); their sources are in
/// `docs/data.md`. A directory of the same files replaces them: ``init(directory:)``.
public struct Gazetteer: Sendable {
  /// Which list an entry comes from.
  public enum Category: String, Sendable, Hashable, CaseIterable, Codable {
    case country, place, organization, person, demonym, givenName, role
  }

  /// One known name, with its other names.
  public struct Entry: Hashable, Sendable {
    /// The Wikidata id, e.g. `"Q159"`, when known.
    public var wikidataID: String?
    /// The usual English name.
    public var name: String
    /// Other names, spellings and acronyms.
    public var aliases: [String]
    /// The entity kind the name is of.
    public var kind: EntityKind
    /// The list it comes from.
    public var category: Category
    /// For places, people and demonyms: the Wikidata id of the country.
    public var countryID: String?
    /// For people: the offices held, e.g. `"President of Russia"`; for roles, the role's group.
    public var roles: [String]
  }

  /// A run of words that is a name on some list.
  public struct Match: Hashable, Sendable {
    /// The words matched, as indexes into the words given.
    public var range: Range<Int>
    /// The lists the name is on.
    public var categories: Set<Category>
  }

  /// Every entry, in the order of the files.
  public private(set) var allEntries: [Entry] = []
  private var byName: [String: [Entry]] = [:]
  private var byLowercasedName: [String: [Entry]] = [:]
  private var phrasesByFirstWord: [String: [(words: [String], categories: Set<Category>)]] = [:]
  private var givenNames: Set<String> = []
  private var givenNameKeys: Set<String> = []
  private var roleGroups: [String: String] = [:]
  /// The longest role phrase, in words.
  public private(set) var longestRole = 1

  /// The lists bundled with the plugin, loaded on first use.
  public static let bundled: Gazetteer = {
    guard
      let directory = Bundle.module.url(
        forResource: "gazetteer", withExtension: nil, subdirectory: "Resources")
    else { return Gazetteer() }
    return (try? Gazetteer(directory: directory)) ?? Gazetteer()
  }()

  /// An empty gazetteer.
  public init() {}

  /// Loads the lists in `directory`: `countries.tsv`, `places.tsv`, `organizations.tsv`,
  /// `people.tsv`, `roles.tsv` and `given-names.txt`; a missing file is an empty list.
  /// - Throws: ``GazetteerError`` naming the file and line of a malformed row.
  public init(directory: URL) throws {
    func rows(_ file: String) throws -> [(line: Int, fields: [String])] {
      let url = directory.appendingPathComponent(file)
      guard FileManager.default.fileExists(atPath: url.path) else { return [] }
      let text = try String(contentsOf: url, encoding: .utf8)
      var result: [(Int, [String])] = []
      for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if index == 0 || trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
        result.append(
          (index + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
      }
      return result
    }
    func list(_ field: String?) -> [String] {
      (field ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
        !$0.isEmpty
      }
    }
    func require(_ fields: [String], _ count: Int, _ file: String, _ line: Int) throws {
      guard fields.count >= count, !fields[1].isEmpty else {
        throw GazetteerError(file: file, line: line, message: "expected \(count) tab-separated fields")
      }
    }
    for (line, fields) in try rows("countries.tsv") {
      try require(fields, 4, "countries.tsv", line)
      let qid = fields[0].isEmpty ? nil : fields[0]
      add(
        Entry(
          wikidataID: qid, name: fields[1], aliases: list(fields[2]), kind: .location, category: .country,
          countryID: qid, roles: []))
      for adjective in list(fields[3]) {
        add(
          Entry(
            wikidataID: qid, name: adjective, aliases: [], kind: .miscellaneous, category: .demonym,
            countryID: qid, roles: [fields[1]]))
      }
    }
    for (line, fields) in try rows("places.tsv") {
      try require(fields, 4, "places.tsv", line)
      add(
        Entry(
          wikidataID: fields[0].isEmpty ? nil : fields[0], name: fields[1], aliases: list(fields[2]),
          kind: .location, category: .place,
          countryID: fields.count > 4 && !fields[4].isEmpty ? fields[4] : nil,
          roles: [fields[3]]))
    }
    for (line, fields) in try rows("organizations.tsv") {
      try require(fields, 4, "organizations.tsv", line)
      add(
        Entry(
          wikidataID: fields[0].isEmpty ? nil : fields[0], name: fields[1], aliases: list(fields[2]),
          kind: .organization, category: .organization,
          countryID: fields.count > 4 && !fields[4].isEmpty ? fields[4] : nil, roles: [fields[3]]))
    }
    for (line, fields) in try rows("people.tsv") {
      try require(fields, 5, "people.tsv", line)
      add(
        Entry(
          wikidataID: fields[0].isEmpty ? nil : fields[0], name: fields[1], aliases: list(fields[2]),
          kind: .person, category: .person, countryID: fields[4].isEmpty ? nil : fields[4],
          roles: list(fields[3])))
    }
    for (line, fields) in try rows("roles.tsv") {
      guard let role = fields.first, !role.isEmpty else {
        throw GazetteerError(file: "roles.tsv", line: line, message: "expected a role")
      }
      let key = role.lowercased()
      roleGroups[key] = fields.count > 1 ? fields[1] : "other"
      let words = key.split(separator: " ").map(String.init)
      longestRole = max(longestRole, words.count)
      addPhrase(words, .role)
    }
    let namesURL = directory.appendingPathComponent("given-names.txt")
    if let text = try? String(contentsOf: namesURL, encoding: .utf8) {
      for line in text.split(separator: "\n") where !line.hasPrefix("#") {
        let name = line.trimmingCharacters(in: .whitespaces)
        if !name.isEmpty {
          givenNames.insert(name)
          givenNameKeys.insert(NameSimilarity.phoneticKey(name))
          addPhrase([name], .givenName)
        }
      }
    }
  }

  private mutating func add(_ entry: Entry) {
    allEntries.append(entry)
    for name in [entry.name] + entry.aliases {
      byName[name, default: []].append(entry)
      byLowercasedName[name.lowercased(), default: []].append(entry)
      addPhrase(Self.words(of: name), entry.category)
    }
  }

  private mutating func addPhrase(_ words: [String], _ category: Category) {
    guard let first = words.first else { return }
    var phrases = phrasesByFirstWord[first, default: []]
    if let index = phrases.firstIndex(where: { $0.words == words }) {
      phrases[index].categories.insert(category)
    } else {
      phrases.append((words, [category]))
    }
    phrasesByFirstWord[first] = phrases
  }

  /// A name split into the words the tokenizer would make of it: on spaces, with a final
  /// possessive or full stop kept on the word.
  static func words(of name: String) -> [String] {
    name.split(whereSeparator: { $0 == " " }).map(String.init)
  }

  /// The entries with `name` as their name or an alias, exact case first, otherwise ignoring case.
  public func entries(named name: String) -> [Entry] {
    if let exact = byName[name] { return exact }
    return byLowercasedName[name.lowercased()] ?? []
  }

  /// The country an adjective or demonym names, e.g. `"Russian"` → Russia.
  public func country(forAdjective word: String) -> Entry? {
    guard let demonym = entries(named: word).first(where: { $0.category == .demonym }),
      let countryID = demonym.countryID
    else { return nil }
    return byName[demonym.roles.first ?? ""]?.first { $0.category == .country && $0.wikidataID == countryID }
  }

  /// Whether `word` is a common given name.
  public func isGivenName(_ word: String) -> Bool { givenNames.contains(word) }

  /// Whether `word` is a common given name or a spelling of one ("Aleksey" for "Alexei").
  public func isGivenNameVariant(_ word: String) -> Bool {
    givenNames.contains(word) || givenNameKeys.contains(NameSimilarity.phoneticKey(word))
  }

  /// The group of a title or role (e.g. `"spokesperson"` for "press secretary"), or `nil` when
  /// the phrase is not a known role. Case is ignored.
  public func roleGroup(of phrase: String) -> String? { roleGroups[phrase.lowercased()] }

  /// Every title or role on the lists, lower-cased, with its group (`"honorific"` for a form of
  /// address).
  public var roles: [String: String] { roleGroups }

  /// The longest names on the lists in `words`, left to right, never overlapping. Role phrases
  /// match ignoring case; names match as written.
  public func matches(in words: [String]) -> [Match] {
    matches(in: words, lowercased: words.map { $0.lowercased() })
  }

  /// ``matches(in:)`` for words whose lower-case forms are already known.
  func matches(in words: [String], lowercased: [String]) -> [Match] {
    var result: [Match] = []
    var index = 0
    while index < words.count {
      var best: Match?
      for key in words[index] == lowercased[index] ? [words[index]] : [words[index], lowercased[index]] {
        for phrase in phrasesByFirstWord[key] ?? [] where phrase.words.count > (best?.range.count ?? 0) {
          let end = index + phrase.words.count
          guard end <= words.count else { continue }
          let isRole = phrase.categories == [.role]
          var equal = true
          for offset in 1..<phrase.words.count {
            let word = isRole ? lowercased[index + offset] : words[index + offset]
            if word != phrase.words[offset] {
              equal = false
              break
            }
          }
          if equal { best = Match(range: index..<end, categories: phrase.categories) }
        }
      }
      if let best {
        result.append(best)
        index = best.range.upperBound
      } else {
        index += 1
      }
    }
    return result
  }
}

/// A malformed gazetteer file.
public struct GazetteerError: Error, CustomStringConvertible {
  /// The file's name.
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// What is wrong.
  public var message: String
  public var description: String { "\(file):\(line): error: \(message)" }
}
