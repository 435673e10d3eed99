import BylineCore

/// Resolves the names the recognizer found into entities, within each article and across the
/// corpus: one ``ResolvedEntity`` per real-world referent.
///
/// ```swift
/// let resolver = EntityResolver()                       // the bundled gazetteer
/// let entities = resolver.resolve(corpus.articles)      // most mentioned first
/// corpus.annotations[ResolvedEntitiesKey.self] = entities
/// ```
///
/// Within an article a short form ("Dravnik", "Mr Dravnik", "El Amrani") joins the nearest earlier
/// (else later) full name that ends with it, and an acronym joins the name it abbreviates.
/// Across articles, names join when their folded forms are equal, when the gazetteer lists them
/// as one entry, and — for people — when surnames are equal or spelling variants and first names
/// are compatible; a surname alone joins a full name only when exactly one person in the corpus
/// has that surname. The result does not depend on the order of the articles.
/// `Resolution/RESOLUTION.md` lists the rules and the confidence formula.
public struct EntityResolver: Sendable {
  /// Words skipped when an acronym is made of a name's initials.
  static let acronymStopWords = ResolutionWords.bundled.words(in: "acronym-skip")

  /// The lists names are looked up in.
  public let gazetteer: Gazetteer
  /// The extractor that finds roles the recognizer did not record.
  public let roleExtractor: RoleExtractor
  /// Whether mentions without a role get the one the role extractor finds.
  public let extractsRoles: Bool
  /// The gazetteer's people, by the phonetic key of their first given name.
  private let peopleByGivenName: [String: [(name: PersonName, entry: Gazetteer.Entry)]]

  /// Creates a resolver that looks names up in `gazetteer`.
  ///
  /// With `extractsRoles` (the default), a mention without a role is given the one the
  /// ``RoleExtractor`` finds around it; the entities plugin has already done that, so its
  /// resolution step turns it off.
  public init(gazetteer: Gazetteer = .bundled, extractsRoles: Bool = true) {
    self.gazetteer = gazetteer
    self.extractsRoles = extractsRoles
    self.roleExtractor = RoleExtractor(gazetteer: gazetteer)
    var people: [String: [(name: PersonName, entry: Gazetteer.Entry)]] = [:]
    for entry in gazetteer.allEntries where entry.category == .person {
      for written in [entry.name] + entry.aliases {
        guard let name = PersonName(written), let given = name.firstGiven, name.hasFullGivenName else {
          continue
        }
        people[NameSimilarity.phoneticKey(given), default: []].append((name, entry))
      }
    }
    self.peopleByGivenName = people
  }

  /// Resolves the mentions stored on each article (under ``EntityMentionsKey``) into entities,
  /// within and across articles. Articles without mentions contribute nothing.
  ///
  /// - Returns: The entities, most mentions first, then by canonical name.
  public func resolve(_ articles: [NewsArticle]) -> [ResolvedEntity] {
    let items = collect(articles)
    var groups = Groups(items: items)
    mergeGazetteerEntries(items, &groups)
    var start = 0
    while start < items.count {
      // A cancelled task gets nothing; its caller throws.
      if Task.isCancelled { return [] }
      var end = start
      while end < items.count && items[end].article == items[start].article { end += 1 }
      linkAcronyms(items, start..<end, articles[items[start].article].body, &groups)
      linkShortForms(items, start..<end, &groups)
      linkOrganizationShortForms(items, start..<end, &groups)
      start = end
    }
    mergeEqualNames(items, &groups)
    if Task.isCancelled { return [] }
    mergePeople(items, &groups)
    if Task.isCancelled { return [] }
    mergeLoneWordsTaggedAsPeople(items, &groups)
    return entities(items, &groups, articles)
  }

  // MARK: - Mentions

  /// One mention with what resolution needs to know about it.
  struct Item {
    /// The index of the article in the input.
    var article: Int
    var articleID: ArticleID
    var mention: EntityMention
    /// The mention's text without a possessive.
    var written: String
    /// `written` without honorifics and leading titles: the name itself.
    var name: String
    /// ``NameSimilarity/comparisonKey(_:)`` of `name`.
    var key: String
    var role: String?
    /// The gazetteer entry the name is on, if any.
    var entry: Gazetteer.Entry?
    /// What ties mentions of one gazetteer entry together.
    var anchor: String?
    /// The parsed name, for mentions of people.
    var person: PersonName?
    /// Whether the name is written like an acronym ("NATO", "U.N.").
    var isAcronym: Bool

    var isPerson: Bool { person != nil }
  }

  /// Every mention of every article, articles ordered by id (then input position), mentions by
  /// span, so that what follows does not depend on input order.
  private struct NameAndKind: Hashable {
    var text: String
    var kind: EntityKind
  }

  /// What a written name comes to, worked out once per spelling and kind.
  private struct DerivedName {
    var written: String
    var name: String
    var key: String
    var entry: Gazetteer.Entry?
    var anchor: String?
    var person: PersonName?
    var isAcronym: Bool
  }

  private func derive(_ text: String, kind: EntityKind) -> DerivedName? {
    let written = NameSimilarity.withoutPossessive(text)
    var words = written.split(whereSeparator: \.isWhitespace)
    if let leading = roleExtractor.leadingRole(in: written) { words.removeFirst(leading.words) }
    while words.count > 1, PersonName.honorifics.contains(NameSimilarity.wordKey(words[0])) {
      words.removeFirst()
    }
    let name = words.joined(separator: " ")
    let key = NameSimilarity.comparisonKey(name)
    guard !key.isEmpty else { return nil }
    let entry = gazetteerEntry(for: [written, name], kind: kind)
    let anchor = entry.map { entry -> String in
      if entry.category == .demonym { return "demonym:" + (entry.countryID ?? entry.name) }
      return entry.id ?? "\(entry.category.rawValue):\(entry.name)"
    }
    let isPerson = kind == .person || entry?.category == .person
    let letters = name.filter(\.isLetter)
    return DerivedName(
      written: written, name: name, key: key, entry: entry, anchor: anchor,
      person: isPerson ? PersonName(name) : nil,
      isAcronym: !name.contains(" ") && (2...6).contains(letters.count) && letters.allSatisfy(\.isUppercase)
        && name.allSatisfy { $0.isLetter || $0 == "." })
  }

  /// Nouns after a country adjective that make it stand for the country's state: "the Russian
  /// side", "the French government".
  static let stateNouns = ResolutionWords.bundled.words(in: "state-noun")

  /// The country a demonym names where it names the state rather than the people or the
  /// language: before one of ``stateNouns`` ("the Russian side said"), or as a plural subject
  /// after "the" ("the Americans proposed"); `nil` elsewhere ("Russian troops", "a Russian").
  private func countryNamedByDemonym(_ mention: EntityMention, _ derived: DerivedName, in body: String)
    -> Gazetteer
    .Entry?
  {
    let utf8 = body.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: min(mention.span.start, utf8.count))
    let end = utf8.index(utf8.startIndex, offsetBy: min(mention.span.end, utf8.count))
    let after = body[end...].drop(while: { $0 == " " }).prefix(while: \.isLetter).lowercased()
    let before = body[..<start].reversed().drop(while: { $0 == " " }).prefix(while: \.isLetter)
    let isPluralSubject = derived.written.hasSuffix("s") && String(before.reversed()).lowercased() == "the"
    guard Self.stateNouns.contains(after) || isPluralSubject else { return nil }
    return gazetteer.country(forAdjective: derived.written)
  }

  private func collect(_ articles: [NewsArticle]) -> [Item] {
    var derivedNames: [NameAndKind: DerivedName] = [:]
    let order = articles.indices.sorted { (articles[$0].id, $0) < (articles[$1].id, $1) }
    var items: [Item] = []
    for index in order {
      let article = articles[index]
      let mentions = (article.annotations[EntityMentionsKey.self] ?? []).sorted {
        ($0.span, $0.text) < ($1.span, $1.text)
      }
      for mention in mentions {
        let derived: DerivedName
        if let known = derivedNames[NameAndKind(text: mention.text, kind: mention.kind)] {
          derived = known
        } else {
          guard let made = derive(mention.text, kind: mention.kind) else { continue }
          derivedNames[NameAndKind(text: mention.text, kind: mention.kind)] = made
          derived = made
        }
        let role =
          extractsRoles ? mention.role ?? roleExtractor.role(for: mention, in: article) : mention.role
        var entry = derived.entry
        var anchor = derived.anchor
        var mention = mention
        if entry?.category == .demonym,
          let country = countryNamedByDemonym(mention, derived, in: article.body)
        {
          entry = country
          anchor = country.id ?? "country:\(country.name)"
          mention.kind = country.kind
        }
        items.append(
          Item(
            article: index, articleID: article.id, mention: mention, written: derived.written,
            name: derived.name, key: derived.key, role: role, entry: entry, anchor: anchor,
            person: derived.person, isAcronym: derived.isAcronym))
      }
    }
    return items
  }

  /// The gazetteer entry for a mention written as one of `names`, of a kind that fits `kind`:
  /// people only for people, names of places and organisations for places, organisations and
  /// other names (a capital standing for its government), demonyms for other names.
  private func gazetteerEntry(for names: [String], kind: EntityKind) -> Gazetteer.Entry? {
    func fits(_ entry: Gazetteer.Entry) -> Bool {
      switch entry.category {
      case .person: kind == .person
      case .demonym: kind != .person
      case .country, .place, .organization: kind != .person
      case .givenName, .role: false
      }
    }
    let precedence: [Gazetteer.Category] = [.person, .organization, .country, .place, .demonym]
    var seen: Set<String> = []
    for name in names where seen.insert(name).inserted {
      for candidate in [name, name.hasPrefix("the ") ? String(name.dropFirst(4)) : "the " + name] {
        let entries = gazetteer.entries(named: candidate).filter(fits)
        if let best = entries.min(by: {
          ($0.kind == kind ? 0 : 1, precedence.firstIndex(of: $0.category) ?? 9)
            < ($1.kind == kind ? 0 : 1, precedence.firstIndex(of: $1.category) ?? 9)
        }) {
          return best
        }
      }
    }
    guard kind == .person else { return nil }
    return names.lazy.compactMap(similarPerson).first
  }

  /// The one gazetteer person whose name is a spelling variant of `written`: the first given
  /// names equal or variants, and the surnames sound-alike, or one letter apart when the given
  /// names are equal. `nil` when no one or more than one person fits.
  private func similarPerson(_ written: String) -> Gazetteer.Entry? {
    guard let name = PersonName(written), let given = name.firstGiven, name.hasFullGivenName else {
      return nil
    }
    var fits: [String: Gazetteer.Entry] = [:]
    for candidate in peopleByGivenName[NameSimilarity.phoneticKey(given)] ?? [] {
      guard let givenSimilarity = NameSimilarity.givenNameSimilarity(given, candidate.name.firstGiven) else {
        continue
      }
      let surnameFits =
        NameSimilarity.surnameSimilarity(name.surname, candidate.name.surname) != nil
        || (givenSimilarity == 1 && NameSimilarity.isNearMiss(name.surname, candidate.name.surname))
      if surnameFits { fits[candidate.entry.id ?? candidate.entry.name] = candidate.entry }
    }
    return fits.count == 1 ? fits.first?.value : nil
  }

  // MARK: - Merging

  /// Union–find over mentions; a group remembers its gazetteer anchor and its weakest merge.
  struct Groups {
    private var parent: [Int]
    private(set) var anchor: [String?]
    private(set) var weakest: [Double]

    init(items: [Item]) {
      parent = Array(items.indices)
      anchor = items.map(\.anchor)
      weakest = Array(repeating: 1, count: items.count)
    }

    mutating func root(_ index: Int) -> Int {
      var root = index
      while parent[root] != root { root = parent[root] }
      var node = index
      while parent[node] != root {
        let next = parent[node]
        parent[node] = root
        node = next
      }
      return root
    }

    /// Merges the groups of `first` and `second` unless they are anchored to different gazetteer
    /// entries; `strength` is how sure the merge is.
    @discardableResult
    mutating func merge(_ first: Int, _ second: Int, strength: Double) -> Bool {
      let a = root(first)
      let b = root(second)
      if a == b { return true }
      if let x = anchor[a], let y = anchor[b], x != y { return false }
      let (kept, joined) = a < b ? (a, b) : (b, a)
      parent[joined] = kept
      anchor[kept] = anchor[kept] ?? anchor[joined]
      weakest[kept] = min(weakest[kept], weakest[joined], strength)
      return true
    }

    /// The members of every group, keyed by root, each in item order.
    mutating func members(count: Int) -> [Int: [Int]] {
      var result: [Int: [Int]] = [:]
      for index in 0..<count { result[root(index), default: []].append(index) }
      return result
    }
  }

  /// Mentions of one gazetteer entry are one entity.
  private func mergeGazetteerEntries(_ items: [Item], _ groups: inout Groups) {
    var first: [String: Int] = [:]
    for (index, item) in items.enumerated() {
      guard let anchor = item.anchor else { continue }
      if let other = first[anchor] {
        groups.merge(other, index, strength: items[other].key == item.key ? 1 : 0.98)
      } else {
        first[anchor] = index
      }
    }
  }

  /// Within one article, an acronym joins the name it abbreviates: the name just before it in
  /// "Full Name (ACR)", else the nearest earlier, else the nearest later name with those initials.
  private func linkAcronyms(_ items: [Item], _ range: Range<Int>, _ body: String, _ groups: inout Groups) {
    let expansions = range.filter { !items[$0].isPerson && items[$0].name.contains(" ") }
    guard !expansions.isEmpty else { return }
    var initialsByName: [String: Set<String>] = [:]
    for expansion in expansions where initialsByName[items[expansion].name] == nil {
      initialsByName[items[expansion].name] = Self.initials(of: items[expansion].name)
    }
    // The names each acronym may stand for, in text order, indexed once.
    var expansionsByAcronym: [String: [Int]] = [:]
    for expansion in expansions {
      for initials in initialsByName[items[expansion].name] ?? [] {
        expansionsByAcronym[initials, default: []].append(expansion)
      }
    }
    let utf8 = Array(body.utf8)
    for index in range where !items[index].isPerson && !items[index].name.contains(" ") {
      let item = items[index]
      let letters = item.name.filter(\.isLetter)
      let titleCase = letters.first?.isUppercase == true && letters.dropFirst().allSatisfy(\.isLowercase)
      guard item.isAcronym || (titleCase && (3...6).contains(letters.count)) else { continue }
      let acronym = NameSimilarity.wordKey(letters)
      guard let candidates = expansionsByAcronym[acronym] else { continue }
      func precedesInParentheses(_ candidate: Int) -> Bool {
        let end = items[candidate].mention.span.end
        let start = item.mention.span.start
        guard end <= start, start - end <= 3 else { return false }
        let between = String(decoding: utf8[end..<start], as: UTF8.self)
        return between.trimmingCharacters(in: .whitespaces) == "("
      }
      // Mentions do not overlap, so only the nearest earlier name can stand just before it.
      let nearestBefore = Self.lastMention(in: candidates, before: item.mention.span.start, items)
      if let bracketed = nearestBefore, precedesInParentheses(bracketed) {
        groups.merge(bracketed, index, strength: 0.97)
      } else if let nearest = nearestBefore ?? candidates.first {
        groups.merge(nearest, index, strength: 0.9)
      }
    }
  }

  /// The acronyms `name` may be abbreviated to: initials of its capitalised words, of its words
  /// without "of", "for", "and", "the"…, and of all its words, folded.
  static func initials(of name: String) -> Set<String> {
    let words = name.split { $0.isWhitespace || $0 == "-" }.filter { $0.first?.isLetter == true }
    let capitalised = words.filter { $0.first?.isUppercase == true }
    let content = words.filter { !acronymStopWords.contains($0.lowercased()) }
    return Set(
      [capitalised, content, words].filter { $0.count > 1 }.map {
        NameSimilarity.wordKey(String($0.compactMap(\.first)))
      })
  }

  /// Within one article, a short form of a person's name ("Dravnik", "Mr Dravnik", "El Amrani")
  /// joins the nearest earlier full name that ends with it, else the nearest later one.
  /// A one-word name recognised as another kind joins too, so that the kinds are put to a vote.
  /// Words that say what sort of company or body a name is, which a short form leaves out:
  /// "Norvane" for "Norvane Chemicals", "Kalvar" for "Kalvar Capital Group".
  static let organizationDesignators = ResolutionWords.bundled.words(in: "organization-designator")

  /// Within an article, an organisation's name without its designator words ("Norvane") links to
  /// the full name ("Norvane Chemicals") when exactly one full name fits.
  private func linkOrganizationShortForms(_ items: [Item], _ range: Range<Int>, _ groups: inout Groups) {
    // Each distinct full name once (its last mention), so that an article repeating a name
    // thousands of times costs its length, not its length squared.
    var lastMentionByKey: [String: Int] = [:]
    for index in range where !items[index].isPerson && items[index].name.contains(" ") {
      lastMentionByKey[items[index].key] = index
    }
    guard !lastMentionByKey.isEmpty else { return }
    let fullNames = lastMentionByKey.map { (index: $0.value, words: Self.wordKeys(of: items[$0.value].name)) }
    var targetByWords: [[String]: Int?] = [:]
    for index in range where !items[index].isPerson && items[index].anchor == nil && !items[index].isAcronym {
      let words = Self.wordKeys(of: items[index].name)
      if let known = targetByWords[words] {
        if let target = known { groups.merge(target, index, strength: 0.9) }
        continue
      }
      var fits: [Int] = []
      for candidate in fullNames {
        let full = candidate.words
        guard full.count > words.count, Array(full.prefix(words.count)) == words,
          full.dropFirst(words.count).allSatisfy(Self.organizationDesignators.contains)
        else { continue }
        fits.append(candidate.index)
      }
      let target = fits.count == 1 ? fits[0] : nil
      targetByWords[words] = target
      if let target { groups.merge(target, index, strength: 0.9) }
    }
  }

  /// The word keys (``NameSimilarity/wordKey(_:)``) of the words of `name`.
  private static func wordKeys(of name: String) -> [String] {
    name.split(separator: " ").map(NameSimilarity.wordKey)
  }

  private func linkShortForms(_ items: [Item], _ range: Range<Int>, _ groups: inout Groups) {
    // The full names of people, each distinct one once with the mentions that write it in text
    // order, so that an article repeating names costs its length, not its length squared.
    var mentionsByWords: [[String]: [Int]] = [:]
    var distinct: [(words: [String], full: PersonName)] = []
    for index in range {
      guard let person = items[index].person, !person.given.isEmpty else { continue }
      if mentionsByWords[person.wordKeys] == nil { distinct.append((person.wordKeys, person)) }
      mentionsByWords[person.wordKeys, default: []].append(index)
    }
    guard !distinct.isEmpty else { return }
    for index in range {
      let item = items[index]
      let words: [String]
      if let person = item.person {
        guard person.given.isEmpty else { continue }
        words = person.wordKeys
      } else {
        guard item.anchor == nil, !item.isAcronym, !item.name.contains(" "),
          item.name.first?.isUppercase == true
        else { continue }
        words = [item.key]
      }
      let surnameKeys = NameSimilarity.surnameKeys(words.joined(separator: " "))
      let position = item.mention.span.start
      // The nearest fitting mention before this one, else the first fitting one.
      var nearestBefore: Int?
      var first: Int?
      for (fullWords, full) in distinct {
        guard words.count < fullWords.count,
          Array(fullWords.suffix(words.count)) == words
            || (words.count == 1 && full.surnameKeys.contains(words[0]))
            || !full.surnameKeys.isDisjoint(with: surnameKeys),
          let mentions = mentionsByWords[fullWords]
        else { continue }
        first = min(first ?? mentions[0], mentions[0])
        if let before = Self.lastMention(in: mentions, before: position, items) {
          nearestBefore = max(nearestBefore ?? before, before)
        }
      }
      if let nearest = nearestBefore ?? first { groups.merge(nearest, index, strength: 0.95) }
    }
  }

  /// The last of `mentions` (indices of `items` in text order) that starts before `position`.
  private static func lastMention(in mentions: [Int], before position: Int, _ items: [Item]) -> Int? {
    let low = mentions.partitioningIndex { items[$0].mention.span.start >= position }
    return low > 0 ? mentions[low - 1] : nil
  }

  /// Across the corpus, names other than people's join when their folded forms are equal.
  /// An acronym joins the other mentions of it unless they abbreviate different names.
  private func mergeEqualNames(_ items: [Item], _ groups: inout Groups) {
    var byKey: [String: [Int]] = [:]
    for (index, item) in items.enumerated() where !item.isPerson {
      byKey[item.key, default: []].append(index)
    }
    // A name of several words written identically is one referent whatever kind each mention
    // was tagged with ("Norvane Chemicals" tagged once as a person); the majority picks the kind.
    var personsByKey: [String: [Int]] = [:]
    for (index, item) in items.enumerated() where item.isPerson && item.name.contains(" ") {
      personsByKey[item.key, default: []].append(index)
    }
    for (key, persons) in personsByKey {
      guard let other = byKey[key]?.first else { continue }
      for index in persons { groups.merge(other, index, strength: 0.9) }
    }
    let acronymKeys = Set(items.filter { $0.isAcronym && !$0.isPerson }.map(\.key))
    // Who is in which group, as it was before acronyms join (their joining does not change
    // which groups have an expansion).
    for key in byKey.keys.sorted() where !acronymKeys.contains(key) {
      let indexes = byKey[key]!
      for index in indexes.dropFirst() { groups.merge(indexes[0], index, strength: 1) }
    }
    // Which groups have a name of several words (an expansion), kept up to date as acronyms join.
    var expandedRoots = Set(items.indices.filter { items[$0].name.contains(" ") }.map { groups.root($0) })
    for key in byKey.keys.sorted() where acronymKeys.contains(key) {
      var expanded: [Int] = []
      var bare: [Int] = []
      for index in byKey[key]! {
        let root = groups.root(index)
        if expandedRoots.contains(root) {
          if !expanded.contains(where: { groups.root($0) == root }) { expanded.append(index) }
        } else {
          bare.append(index)
        }
      }
      let target = expanded.count == 1 ? expanded[0] : bare.first
      if let target {
        let targetExpanded = expandedRoots.contains(groups.root(target))
        for index in bare where index != target { groups.merge(target, index, strength: 0.9) }
        if targetExpanded { expandedRoots.insert(groups.root(target)) }
      }
    }
  }

  /// A single word tagged as a person that no person's full name explains, but that is the name
  /// of an organisation or place elsewhere in the corpus ("Norvane" beside "Norvane" the company),
  /// joins that entity; the majority of mentions then decides the kind.
  private func mergeLoneWordsTaggedAsPeople(_ items: [Item], _ groups: inout Groups) {
    var otherByKey: [String: Int] = [:]
    for (index, item) in items.enumerated() where !item.isPerson && otherByKey[item.key] == nil {
      otherByKey[item.key] = index
    }
    for (_, members) in groups.members(count: items.count).sorted(by: { $0.key < $1.key }) {
      guard members.allSatisfy({ items[$0].isPerson && !items[$0].name.contains(" ") }),
        Set(members.map { items[$0].key }).count == 1, let target = otherByKey[items[members[0]].key]
      else { continue }
      groups.merge(target, members[0], strength: 0.7)
    }
  }

  /// What resolution knows of a group of mentions of a person.
  private struct PersonGroup {
    var root: Int
    /// The group's different names (one of each spelling).
    var names: [PersonName]
    var full: Bool { names.contains(where: \.hasFullGivenName) }
    var initialsOnly: Bool { !full && names.contains(where: \.hasOnlyInitials) }

    init(root: Int, names: [PersonName]) {
      self.root = root
      var seen: Set<[String]> = []
      self.names = names.filter { seen.insert($0.wordKeys).inserted }
    }
  }

  /// Across the corpus, people join when their names match: first full names, then names with
  /// initials, then surnames alone, each only when exactly one person fits.
  private func mergePeople(_ items: [Item], _ groups: inout Groups) {
    Self.mergeSameFullNames(items, &groups)
    var matcher = PersonMatcher()
    guard Self.mergeFullNames(items, &groups, &matcher) else { return }
    // Initials, then surnames alone: join the one person that fits; surnames nobody's full name
    // has join each other.
    for pass in 0..<2 {
      guard Self.mergeShortNames(pass: pass, items, &groups, &matcher) else { return }
    }
  }

  /// The same full name written the same way is one person: join those first, so that what
  /// follows compares each spelling once however often it occurs.
  private static func mergeSameFullNames(_ items: [Item], _ groups: inout Groups) {
    var sameName: [[String]: Int] = [:]
    for (index, item) in items.enumerated() {
      guard let person = item.person, person.hasFullGivenName else { continue }
      if let first = sameName[person.wordKeys] {
        groups.merge(first, index, strength: 1)
      } else {
        sameName[person.wordKeys] = index
      }
    }
  }

  /// The groups that are mostly people, with their names, in order of their roots.
  private static func personGroups(_ items: [Item], _ groups: inout Groups) -> [PersonGroup] {
    groups.members(count: items.count).compactMap { root, members in
      let names = members.compactMap { items[$0].person }
      guard names.count * 2 >= members.count else { return nil }
      return PersonGroup(root: root, names: names)
    }.sorted { $0.root < $1.root }
  }

  /// Full names: joins every pair whose names all agree. `false` when the task was cancelled.
  private static func mergeFullNames(_ items: [Item], _ groups: inout Groups, _ matcher: inout PersonMatcher)
    -> Bool
  {
    let full = personGroups(items, &groups).filter(\.full)
    var merged: [Int: PersonGroup] = [:]
    for (number, pair) in pairsSharingASurnameSound(full).enumerated() {
      // A cancelled task's result is discarded: stop comparing.
      if number % 4096 == 4095, Task.isCancelled { return false }
      let rootA = groups.root(full[pair[0]].root)
      let rootB = groups.root(full[pair[1]].root)
      guard rootA != rootB else { continue }
      let groupA = merged[rootA] ?? full[pair[0]]
      let groupB = merged[rootB] ?? full[pair[1]]
      guard let strength = matcher.similarity(groupA, groupB), groups.merge(rootA, rootB, strength: strength)
      else {
        continue
      }
      merged[groups.root(rootA)] = PersonGroup(root: groups.root(rootA), names: groupA.names + groupB.names)
    }
    return true
  }

  /// Names with initials (pass 0), then surnames alone (pass 1), join the one person that fits;
  /// in pass 1 surnames nobody's name has join each other. `false` when the task was cancelled.
  private static func mergeShortNames(
    pass: Int, _ items: [Item], _ groups: inout Groups, _ matcher: inout PersonMatcher
  ) -> Bool {
    let current = personGroups(items, &groups)
    let targets = current.filter { pass == 0 ? $0.full : ($0.full || $0.initialsOnly) }
    let sources = current.filter { pass == 0 ? $0.initialsOnly : (!$0.full && !$0.initialsOnly) }
    var orphans: [PersonGroup] = []
    var targetsBySound: [Character: [Int]] = [:]
    for (position, target) in targets.enumerated() {
      for letter in surnameSounds(target) { targetsBySound[letter, default: []].append(position) }
    }
    for source in sources {
      if Task.isCancelled { return false }
      let nearby = Set(surnameSounds(source).flatMap { targetsBySound[$0] ?? [] }).sorted().map {
        targets[$0]
      }
      let fits = nearby.compactMap { target in matcher.similarity(source, target).map { (target, $0) } }
      if fits.count == 1 {
        groups.merge(source.root, fits[0].0.root, strength: min(fits[0].1, 0.8))
      } else if fits.isEmpty && pass == 1
        && !nearby.contains(where: { t in
          source.names.contains { s in t.names.contains { s.surnameSimilarity(to: $0) != nil } }
        })
      {
        orphans.append(source)
      }
    }
    mergeOrphans(orphans, &groups, &matcher)
    return true
  }

  /// Orphans with the same names join directly; the rest are compared one spelling each.
  private static func mergeOrphans(
    _ orphans: [PersonGroup], _ groups: inout Groups, _ matcher: inout PersonMatcher
  ) {
    var firstWithNames: [[[String]]: Int] = [:]
    var distinctOrphans: [PersonGroup] = []
    for orphan in orphans {
      let key = orphan.names.map(\.wordKeys).sorted { $0.lexicographicallyPrecedes($1) }
      if let first = firstWithNames[key] {
        groups.merge(first, orphan.root, strength: 1)
      } else {
        firstWithNames[key] = orphan.root
        distinctOrphans.append(orphan)
      }
    }
    for pair in pairsSharingASurnameSound(distinctOrphans) {
      let orphan = distinctOrphans[pair[0]]
      let other = distinctOrphans[pair[1]]
      guard groups.root(other.root) != groups.root(orphan.root) else { continue }
      if let strength = matcher.similarity(orphan, other) {
        groups.merge(orphan.root, other.root, strength: strength)
      }
    }
  }

  /// Compares groups of people's names, remembering given-name comparisons: given names repeat
  /// across thousands of people, so each pair is compared once.
  private struct PersonMatcher {
    private var givenSimilarities: [String: Double?] = [:]
    private var givenKeys: [String: String] = [:]

    private mutating func givenSimilarity(_ x: String?, _ y: String?) -> Double? {
      let key = "\(x ?? "")\u{1}\(y ?? "")"
      if let known = givenSimilarities[key] { return known }
      let value = NameSimilarity.givenNameSimilarity(x, y)
      givenSimilarities[key] = value
      return value
    }

    private mutating func givenKey(_ name: String?) -> String? {
      guard let name else { return nil }
      if let known = givenKeys[name] { return known }
      let key = NameSimilarity.wordKey(name)
      givenKeys[name] = key
      return key
    }

    /// How sure it is that every name of `a` and every name of `b` are one person, or `nil`.
    mutating func similarity(_ a: PersonGroup, _ b: PersonGroup) -> Double? {
      var weakest = 1.0
      for x in a.names {
        for y in b.names {
          // Surnames first: most pairs part there, before their given names are compared. Near
          // misses ("Brokel" / "Brockel") count only with the same given name.
          guard let surname = x.surnameSimilarity(to: y) else {
            guard let givenX = givenKey(x.firstGiven), !givenX.isEmpty, givenX == givenKey(y.firstGiven),
              NameSimilarity.isNearMiss(x.surname, y.surname)
            else { return nil }
            weakest = min(weakest, 0.75)
            continue
          }
          guard let given = givenSimilarity(x.firstGiven, y.firstGiven) else { return nil }
          weakest = min(weakest, surname, given)
        }
      }
      return weakest
    }
  }

  /// The first sounds (first letters of the phonetic keys) of a group's surnames. Names are
  /// compared only with names that share one: a corpus of thousands of people then costs far
  /// less than every pair, and surnames that sound alike, or differ by one letter, still meet.
  private static func surnameSounds(_ group: PersonGroup) -> Set<Character> {
    Set(group.names.flatMap { $0.surnamePhoneticKeys.compactMap(\.first) })
  }

  /// The pairs of positions in `groups` (first below second, in order) whose surnames share a
  /// first sound.
  private static func pairsSharingASurnameSound(_ groups: [PersonGroup]) -> [[Int]] {
    var buckets: [Character: [Int]] = [:]
    for (position, group) in groups.enumerated() {
      for letter in surnameSounds(group) { buckets[letter, default: []].append(position) }
    }
    var pairs: Set<[Int]> = []
    for positions in buckets.values {
      for (offset, a) in positions.enumerated() {
        for b in positions[(offset + 1)...] { pairs.insert([a, b]) }
      }
    }
    return pairs.sorted { $0.lexicographicallyPrecedes($1) }
  }

  // MARK: - Entities

  private func entities(_ items: [Item], _ groups: inout Groups, _ articles: [NewsArticle])
    -> [ResolvedEntity]
  {
    let members = groups.members(count: items.count)
    var rootsByArticle: [Int: Set<Int>] = [:]
    for (root, indexes) in members {
      for index in indexes { rootsByArticle[items[index].article, default: []].insert(root) }
    }
    var entities: [(entity: ResolvedEntity, first: (ArticleID, Int))] = []
    for (root, indexes) in members {
      let group = indexes.map { items[$0] }
      let inCorpusOrder = group.sorted { ($0.article, $0.mention.span) < ($1.article, $1.mention.span) }
      let entry = group.first { $0.entry != nil && $0.entry?.category != .demonym }?.entry
      let kind = Self.majorityKind(group.map(\.mention.kind), gazetteerKind: group.first?.entry?.kind)
      let canonical = entry?.name ?? Self.canonicalName(group, isPerson: kind == .person)
      let aliasCounts = Self.counted(group.map(\.written))
      var knowledgeBaseIDs: [String: String] = [:]
      if let known = entry?.knowledgeBaseID { knowledgeBaseIDs[known.base] = known.value }
      var articleIDs: [ArticleID] = []
      var seenArticles: Set<Int> = []
      for item in inCorpusOrder where seenArticles.insert(item.article).inserted {
        articleIDs.append(item.articleID)
      }
      let confidence = self.confidence(group, root: root, weakest: groups.weakest[root], rootsByArticle)
      let entity = ResolvedEntity(
        id: EntityID(entry?.id ?? "\(kind.rawValue):\(Self.slug(canonical))"),
        canonicalName: canonical, kind: kind,
        aliases: aliasCounts.map(\.name).filter { $0 != canonical }, aliasCounts: aliasCounts,
        mentions: inCorpusOrder.map {
          Mention(articleID: $0.articleID, span: $0.mention.span, text: $0.mention.text)
        },
        occurrences: inCorpusOrder.map {
          EntityOccurrence(
            articleID: $0.articleID, sentence: $0.mention.sentence, span: $0.mention.span,
            text: $0.mention.text)
        },
        articles: articleIDs, knowledgeBaseIDs: knowledgeBaseIDs, roles: Self.roles(group.compactMap(\.role)),
        confidence: confidence)
      entities.append((entity, (group[0].articleID, group[0].mention.span.start)))
    }
    // Different entities that would share an id are told apart by where they are first named.
    var byID: [EntityID: [Int]] = [:]
    for (index, entity) in entities.enumerated() { byID[entity.entity.id, default: []].append(index) }
    for indexes in byID.values where indexes.count > 1 {
      let ordered = indexes.sorted { entities[$0].first < entities[$1].first }
      for (number, index) in ordered.enumerated().dropFirst() {
        entities[index].entity.id = EntityID(entities[index].entity.id.rawValue + "-\(number + 1)")
      }
    }
    return entities.map(\.entity).sorted {
      ($1.mentions.count, $0.canonicalName, $0.id) < ($0.mentions.count, $1.canonicalName, $1.id)
    }
  }

  /// The kind most mentions have; ties go to the gazetteer's kind, then to the first in name order.
  static func majorityKind(_ kinds: [EntityKind], gazetteerKind: EntityKind?) -> EntityKind {
    var counts: [EntityKind: Int] = [:]
    for kind in kinds { counts[kind, default: 0] += 1 }
    let top = counts.values.max() ?? 0
    let leaders = counts.filter { $0.value == top }.keys
    if let gazetteerKind, leaders.contains(gazetteerKind) { return gazetteerKind }
    return leaders.min { $0.rawValue < $1.rawValue } ?? gazetteerKind ?? .miscellaneous
  }

  /// The most frequent full form of the names of `group` — for people a name with a given name,
  /// for others a name that is not an acronym — preferring longer names on a tie, then the first
  /// in alphabetical order.
  static func canonicalName(_ group: [Item], isPerson: Bool) -> String {
    // Each distinct spelling is weighed once, however often it is repeated.
    var counts: [String: Int] = [:]
    for item in group { counts[item.name, default: 0] += 1 }
    let names = Array(counts.keys)
    let full = names.filter { name in
      isPerson
        ? PersonName(name)?.hasFullGivenName == true : (name.contains(" ") || !name.allSatisfy(\.isUppercase))
    }
    let initials = names.filter { isPerson && PersonName($0)?.hasOnlyInitials == true }
    let candidates = !full.isEmpty ? full : !initials.isEmpty ? initials : names
    return candidates.max { a, b in
      let left = (counts[a] ?? 0, a.split(separator: " ").count, a.count)
      let right = (counts[b] ?? 0, b.split(separator: " ").count, b.count)
      return left != right ? left < right : a > b
    } ?? group.first?.name ?? ""
  }

  /// Distinct names with their counts, most used first, then in alphabetical order.
  static func counted(_ names: [String]) -> [AliasCount] {
    var counts: [String: Int] = [:]
    for name in names { counts[name, default: 0] += 1 }
    return counts.map { AliasCount(name: $0.key, count: $0.value) }.sorted {
      ($1.count, $0.name) < ($0.count, $1.name)
    }
  }

  /// Roles compared ignoring case, each written as most often written, most used first.
  static func roles(_ roles: [String]) -> [String] {
    var written: [String: [String]] = [:]
    for role in roles { written[role.lowercased(), default: []].append(role) }
    return written.values.map { variants in (counted(variants)[0].name, variants.count) }
      .sorted { ($1.1, $0.0) < ($0.1, $1.0) }.map(\.0)
  }

  /// A folded, hyphenated form of `name` for ids: `"Jana Kowalczyk"` → `"jana-kowalczyk"`.
  static func slug(_ name: String) -> String {
    let words = NameSimilarity.withoutPossessive(name).split { $0.isWhitespace || $0 == "-" }
    return words.map(NameSimilarity.wordKey).filter { !$0.isEmpty }.joined(separator: "-")
  }

  /// The weakest merge in the group, raised by 0.05 when one role is stated in two or more of its
  /// articles and by 0.05 when another entity is named in two or more of them; at most 1.
  private func confidence(_ group: [Item], root: Int, weakest: Double, _ rootsByArticle: [Int: Set<Int>])
    -> Double
  {
    guard weakest < 1 else { return 1 }
    var boost = 0.0
    var roleArticles: [String: Set<Int>] = [:]
    for item in group {
      if let role = item.role {
        roleArticles[gazetteer.roleGroup(of: role) ?? role.lowercased(), default: []].insert(item.article)
      }
    }
    if roleArticles.values.contains(where: { $0.count > 1 }) { boost += 0.05 }
    var neighbours: [Int: Int] = [:]
    for article in Set(group.map(\.article)) {
      for other in rootsByArticle[article] ?? [] where other != root { neighbours[other, default: 0] += 1 }
    }
    if neighbours.values.contains(where: { $0 > 1 }) { boost += 0.05 }
    return (min(1, weakest + boost) * 1000).rounded() / 1000
  }
}
