import BylineCore
import Foundation

/// Lists of known names: countries and the adjectives for them, places, organisations, people,
/// titles and roles, and common given names.
///
/// The recognizer uses it for features, resolution for knowledge-base ids, demonyms and roles.
/// The bundled lists (``bundled``) are countries, capitals, large cities, US states and continents
/// from GeoNames with ISO 3166 names, demonyms from countryinfo, the UN M49 regions, the European
/// Union and the United Nations as Unicode CLDR names them, the companies of major stock indices,
/// the common given names of the 1990 US Census and an authored vocabulary of roles; no people. `scripts/build_gazetteer.py` rebuilds them, and `docs/data.md` names each source and
/// licence. A directory of the same files replaces them: ``init(directory:)``.
public struct Gazetteer: Sendable {
  /// Which list an entry comes from.
  public enum Category: String, Sendable, Hashable, CaseIterable, Codable {
    case country, place, organization, person, demonym, givenName, role
  }

  /// One known name, with its other names.
  public struct Entry: Hashable, Sendable {
    /// The entry's id, when known: `base:value` for an id in a knowledge base
    /// (`"geonames:2017370"`, `"iso3166-2:US-GA"`), or a bare Wikidata id (`"Q159"`).
    public var id: String?
    /// The usual English name.
    public var name: String
    /// Other names, spellings and acronyms.
    public var aliases: [String]
    /// The entity kind the name is of.
    public var kind: EntityKind
    /// The list it comes from.
    public var category: Category
    /// For places, people and demonyms: the id of the country.
    public var countryID: String?
    /// For people: the offices held, e.g. `"President of Veldoria"`; for places and
    /// organisations, their type; for demonyms, the country's name.
    public var roles: [String]

    /// The knowledge base ``id`` is from and the id in it: `("geonames", "2017370")` for
    /// `"geonames:2017370"`, `("wikidata", "Q159")` for a bare `"Q159"`.
    public var knowledgeBaseID: (base: String, value: String)? {
      guard let id, !id.isEmpty else { return nil }
      guard let colon = id.firstIndex(of: ":") else { return ("wikidata", id) }
      return (String(id[..<colon]), String(id[id.index(after: colon)...]))
    }
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
  /// - Throws: ``BylineError`` (code ``BylineError/Code/invalidData``) naming the file and line of a malformed row.
  public init(directory: URL) throws {
    let files = GazetteerFiles(directory: directory)
    try loadCountries(files)
    try loadNames(files, "places.tsv", kind: .location, category: .place)
    try loadNames(files, "organizations.tsv", kind: .organization, category: .organization)
    try loadPeople(files)
    try loadRoles(files)
    loadGivenNames(directory.appendingPathComponent("given-names.txt"))
  }

  /// `countries.tsv`: id, name, aliases, adjectives (each a demonym entry), capital.
  private mutating func loadCountries(_ files: GazetteerFiles) throws {
    for row in try files.rows("countries.tsv", fields: 4) {
      let id = row.optional(0)
      add(
        Entry(
          id: id, name: row[1], aliases: row.list(2), kind: .location, category: .country,
          countryID: id, roles: []))
      for adjective in row.list(3) {
        add(
          Entry(
            id: id, name: adjective, aliases: [], kind: .miscellaneous, category: .demonym,
            countryID: id, roles: [row[1]]))
      }
    }
  }

  /// `places.tsv` and `organizations.tsv`: id, name, aliases, type, country.
  private mutating func loadNames(
    _ files: GazetteerFiles, _ file: String, kind: EntityKind, category: Category
  ) throws {
    for row in try files.rows(file, fields: 4) {
      add(
        Entry(
          id: row.optional(0), name: row[1], aliases: row.list(2), kind: kind, category: category,
          countryID: row.optional(4), roles: [row[3]]))
    }
  }

  /// `people.tsv`: id, name, aliases, offices, country (then, unread, the years in office).
  private mutating func loadPeople(_ files: GazetteerFiles) throws {
    for row in try files.rows("people.tsv", fields: 5) {
      add(
        Entry(
          id: row.optional(0), name: row[1], aliases: row.list(2), kind: .person, category: .person,
          countryID: row.optional(4), roles: row.list(3)))
    }
  }

  /// `roles.tsv`: a role phrase and its group.
  private mutating func loadRoles(_ files: GazetteerFiles) throws {
    for row in try files.rows("roles.tsv", fields: 0) {
      guard let role = row.fields.first, !role.isEmpty else {
        throw BylineError.malformedRow(
          file: "roles.tsv", line: row.line, "expected a role", text: row.fields.joined(separator: "\t"))
      }
      let key = role.lowercased()
      roleGroups[key] = row.fields.count > 1 ? row.fields[1] : "other"
      let words = key.split(separator: " ").map(String.init)
      longestRole = max(longestRole, words.count)
      addPhrase(words, .role)
    }
  }

  /// `given-names.txt`: one name a line; an unreadable file is an empty list.
  private mutating func loadGivenNames(_ url: URL) {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return }
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let name = line.trimmingCharacters(in: .whitespaces)
      if !name.isEmpty {
        givenNames.insert(name)
        givenNameKeys.insert(NameSimilarity.phoneticKey(name))
        addPhrase([name], .givenName)
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
    return byName[demonym.roles.first ?? ""]?.first { $0.category == .country && $0.id == countryID }
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
