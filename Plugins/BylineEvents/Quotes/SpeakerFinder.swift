import BylineCore

/// Finds the speaker next to an attribution verb and resolves pronouns and descriptions.
struct SpeakerFinder: Sendable {
  let text: QuoteText
  /// The recognizer's mentions, in text order (empty when the article has none).
  let mentions: [EntityMention]
  /// The people among ``mentions`` with the role stated with them, lower-cased, worked out
  /// once per article rather than once per description that needs them.
  let statedRoles: [(mention: EntityMention, role: String)]
  /// The starts of the titles and roles (``RolePhrasesKey``, forms of address left out) that
  /// end at each offset of the body.
  let roleStarts: [Int: Set<Int>]

  init(text: QuoteText, mentions: [EntityMention], article: NewsArticle) {
    self.text = text
    self.mentions = mentions
    self.statedRoles = mentions.compactMap { mention in
      guard mention.kind == .person, let stated = mention.role else { return nil }
      return (mention, stated.lowercased())
    }
    var roleStarts: [Int: Set<Int>] = [:]
    for phrase in article.annotations[RolePhrasesKey.self] ?? [] where !phrase.isFormOfAddress {
      roleStarts[phrase.span.end, default: []].insert(phrase.span.start)
    }
    self.roleStarts = roleStarts
  }

  private var tokens: [QuoteToken] { text.tokens }

  /// Name particles that may be written in lower case inside a name ("Ahmed al Rashid").
  static let particles = QuoteLexicon.nameParticles

  // MARK: Finding

  /// The speaker that ends just before token `verb` ("Brode added", "the official later said"),
  /// looking no further back than token `lowerBound`.
  func subject(before verb: Int, from lowerBound: Int) -> SpeakerPhrase? {
    var end = verb - 1
    while end >= lowerBound, tokens[end].isWord, QuoteLexicon.interveners.contains(tokens[end].folded) {
      end -= 1
    }
    guard end >= lowerBound else { return nil }
    // An appositive name: "Veldoria's adviser, Tam Brode, told".
    if tokens[end].text == ",", end - 1 >= lowerBound, let name = mention(endingAt: end - 1, kind: .person) {
      let before = text.firstToken(atOrAfter: name.span.start) - 1
      if before >= lowerBound, tokens[before].text == "," {
        return SpeakerPhrase(kind: .name, span: name.span, mention: name)
      }
    }
    guard tokens[end].isWord else { return nil }
    if QuoteLexicon.personPronouns.contains(tokens[end].folded) {
      return SpeakerPhrase(kind: .pronoun, span: tokens[end].span)
    }
    if let name = mention(endingAt: end, kind: nil),
      name.span.start >= tokens[lowerBound].span.start
    {
      return SpeakerPhrase(kind: .name, span: name.span, mention: name)
    }
    if let description = description(endingAt: end, from: lowerBound) { return description }
    return capitalizedName(endingAt: end, from: lowerBound)
  }

  /// The speaker right after token `index` ("…,” said Brode", "said the government official"),
  /// looking no further than token `upperBound` (exclusive). With `anyPhrase` (after "according
  /// to"), any noun phrase is a source, not only names and speaker nouns.
  func speaker(after index: Int, before upperBound: Int, anyPhrase: Bool = false) -> SpeakerPhrase? {
    var end = index + 1
    while end < upperBound, end - index <= 10,
      tokens[end].isWord || ["-", "–", "—"].contains(tokens[end].text),
      tokens[end].folded != "according"
    {
      end += 1
    }
    let range = (index + 1)..<end
    guard let first = range.first, tokens[first].isWord else { return nil }
    if QuoteLexicon.personPronouns.contains(tokens[first].folded) {
      return SpeakerPhrase(kind: .pronoun, span: tokens[first].span)
    }
    let extent = TextSpan(start: tokens[first].span.start, end: tokens[end - 1].span.end)
    let inside = mentions.filter { extent.contains($0.span) }
    if let name = inside.last(where: { $0.kind == .person }) ?? inside.first {
      return SpeakerPhrase(kind: .name, span: name.span, mention: name)
    }
    // A description ends before the first word that cannot be in one ("the official on Monday").
    var last = first
    while last + 1 < end, !QuoteLexicon.phraseBreakers.contains(tokens[last + 1].folded) { last += 1 }
    while last > first, !tokens[last].isWord { last -= 1 }
    if let description = description(endingAt: last, from: first),
      description.span.start == tokens[first].span.start
    {
      return description
    }
    var nameEnd = first
    while nameEnd + 1 < end, tokens[nameEnd + 1].isCapitalized, nameEnd - first < 3 { nameEnd += 1 }
    if let name = capitalizedName(endingAt: nameEnd, from: first) { return name }
    guard anyPhrase, tokens[last].isWord, last - first < 7 else { return nil }
    let linkable = QuoteLexicon.definiteDeterminers.contains(tokens[first].folded)
    return SpeakerPhrase(
      kind: .description(linkable: linkable, role: tokens[last].folded),
      span: TextSpan(start: tokens[first].span.start, end: tokens[last].span.end))
  }

  /// A recognised name whose last word is token `index`.
  func mention(endingAt index: Int, kind: EntityKind?) -> EntityMention? {
    let token = tokens[index]
    return mentions.last { mention in
      mention.span.end > token.span.start && mention.span.end >= token.span.end - 1
        && mention.span.end <= token.span.end
        && (kind == nil || mention.kind == kind)
    }
  }

  /// A description whose head is token `end`: "the ministry spokesman", "a senior official",
  /// "Ukraine's defense minister", "US and Russian officials".
  func description(endingAt end: Int, from lowerBound: Int) -> SpeakerPhrase? {
    let head = tokens[end].folded
    guard
      let role = role(endingAt: end, from: lowerBound)
        ?? (QuoteLexicon.speakerNouns.contains(head) ? head : nil)
    else { return nil }
    var start = end
    var definite = false
    while start - 1 >= lowerBound, end - start < 6 {
      let word = tokens[start - 1]
      guard word.isWord else { break }
      if QuoteLexicon.definiteDeterminers.contains(word.folded) {
        start -= 1
        definite = true
        break
      }
      if QuoteLexicon.indefiniteDeterminers.contains(word.folded) {
        start -= 1
        break
      }
      if word.isCapitalized, word.folded.hasSuffix("'s") {
        start -= 1
        definite = true
        break
      }
      if word.folded == "and", start - 2 >= lowerBound, tokens[start - 2].isCapitalized,
        tokens[start].isCapitalized
      {
        start -= 1
        continue
      }
      let isAcronym = word.text.count > 1 && word.text == word.text.uppercased()
      if !isAcronym && QuoteLexicon.phraseBreakers.contains(word.folded)
        || QuoteLexicon.speechVerbs.contains(word.folded)
      {
        break
      }
      start -= 1
    }
    let plural =
      head.hasSuffix("s") && !head.hasSuffix("ss") || head.hasSuffix("men") || head == "spokespeople"
    return SpeakerPhrase(
      kind: .description(linkable: definite && !plural, role: role),
      span: TextSpan(start: tokens[start].span.start, end: tokens[end].span.end))
  }

  /// The longest title or role (``RolePhrasesKey``; not a form of address) that ends with token
  /// `end` and starts at or after token `lowerBound`, its words in lower case.
  func role(endingAt end: Int, from lowerBound: Int) -> String? {
    guard let starts = roleStarts[tokens[end].span.end], let earliest = starts.min() else { return nil }
    var best: String?
    var words: [String] = []
    var index = end
    while index >= lowerBound, tokens[index].isWord, tokens[index].span.start >= earliest {
      words.insert(tokens[index].folded, at: 0)
      if starts.contains(tokens[index].span.start) { best = words.joined(separator: " ") }
      index -= 1
    }
    return best
  }

  /// Capitalised words ending with token `end` that the recognizer did not tag: "Dravnik".
  func capitalizedName(endingAt end: Int, from lowerBound: Int) -> SpeakerPhrase? {
    guard tokens[end].isCapitalized, !QuoteLexicon.phraseBreakers.contains(tokens[end].folded),
      !QuoteLexicon.definiteDeterminers.contains(tokens[end].folded),
      !QuoteLexicon.indefiniteDeterminers.contains(tokens[end].folded),
      !QuoteLexicon.subjectPronouns.contains(tokens[end].folded)
    else { return nil }
    var start = end
    while start - 1 >= lowerBound, end - start < 3 {
      let word = tokens[start - 1]
      let isParticle =
        Self.particles.contains(word.text) && start - 2 >= lowerBound && tokens[start - 2].isCapitalized
      guard word.isCapitalized || isParticle, !QuoteLexicon.definiteDeterminers.contains(word.folded),
        !QuoteLexicon.phraseBreakers.contains(word.folded), !word.folded.hasSuffix("'s")
      else { break }
      start -= 1
    }
    return SpeakerPhrase(
      kind: .name, span: TextSpan(start: tokens[start].span.start, end: tokens[end].span.end))
  }

  // MARK: Resolving

  /// What `phrase` stands for. A pronoun takes the nearest person named before it outside quoted
  /// and reported words (`excluded`); a definite description takes the one person in the article
  /// stated to have its role; a name stands for itself.
  func resolve(
    _ phrase: SpeakerPhrase, in article: NewsArticle, excluded: [TextSpan], names: [TextSpan]
  ) -> ResolvedSpeaker {
    let written = text.text(phrase.span)
    switch phrase.kind {
    case .name:
      return ResolvedSpeaker(
        name: Self.withoutPossessive(written), mention: phrase.span, linkSpan: phrase.span,
        linkName: Self.withoutPossessive(written), confidenceFactor: 1)
    case .pronoun:
      let isOutside = { (span: TextSpan) in !excluded.contains { $0.contains(span) } }
      let people = mentions.filter { $0.kind == .person }.map(\.span)
      let candidates = (people.isEmpty ? names : people).filter {
        $0.end <= phrase.span.start && isOutside($0)
      }
      guard let antecedent = candidates.max(by: { $0.end < $1.end }) else {
        return ResolvedSpeaker(name: written, mention: phrase.span, confidenceFactor: 0.5)
      }
      let name = Self.withoutPossessive(text.text(antecedent))
      return ResolvedSpeaker(
        name: name, mention: antecedent, linkSpan: antecedent, linkName: name, confidenceFactor: 0.85)
    case .description(let linkable, let role):
      var speaker = ResolvedSpeaker(name: written, mention: phrase.span, confidenceFactor: 0.95)
      if linkable, let person = person(withRole: role, near: phrase.span) {
        speaker.linkSpan = person.span
        speaker.linkName = Self.withoutPossessive(person.text)
        speaker.confidenceFactor = 0.85
      }
      return speaker
    }
  }

  /// The one person named in the article with `role` (or a role ending in it, or that it ends in:
  /// "ministry spokesman" and "spokesman"); `nil` when none or several are.
  func person(withRole role: String, near span: TextSpan)
    -> EntityMention?
  {
    let wanted = role.lowercased()
    func matches(_ stated: String) -> Bool {
      stated == wanted || stated.hasSuffix(" " + wanted) || wanted.hasSuffix(" " + stated)
    }
    let holders = statedRoles.filter { matches($0.role) }.map(\.mention)
    let people = Set(holders.map { $0.text.split(separator: " ").last.map { $0.lowercased() } ?? "" })
    guard people.count == 1 else { return nil }
    return holders.min { abs($0.span.start - span.start) < abs($1.span.start - span.start) }
  }

  static func withoutPossessive(_ name: String) -> String {
    for suffix in ["'s", "’s"] where name.hasSuffix(suffix) { return String(name.dropLast(2)) }
    return name
  }
}
