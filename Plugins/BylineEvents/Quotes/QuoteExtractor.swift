import BylineCore

/// Finds direct quotes and reported speech in articles, with their speakers.
///
/// ```swift
/// let extractor = QuoteExtractor()
/// let quotes = extractor.quotes(in: corpus.articles, entities: corpus.annotations[CorpusEntitiesKey.self] ?? [])
/// for quote in quotes where quote.speakerEntityID != nil {
///   print(quote.speakerName!, quote.verb ?? "", quote.text)
/// }
/// ```
///
/// Direct quotes are the words between quotation marks (" “ ” « » „ ‘ ’, nested and unbalanced
/// ones tolerated, continued over paragraphs the way news writes them). Each is attributed by the
/// speech verb next to it — after it ("…,” Brode added / said Brode), else before it in the
/// sentence (Dravnik said: “…”), else "according to X" — and a quote with no attribution of its own
/// continues the quote before it in the paragraph. One to three words in quotation marks with no
/// speech verb in the sentence are scare quotes, not quotes. Reported speech is "X said (that)
/// CLAUSE", "X told reporters CLAUSE", "CLAUSE, X said" and "according to X". Speakers are the
/// recognizer's mentions (``EntityMentionsKey``) when the article has them, capitalised names
/// otherwise; "he" and "she" stand for the nearest person named before them outside quoted or
/// reported words; a definite description ("the ministry spokesman") stands for a person only when
/// exactly one person in the article is stated to have that role (``EntityMention/role``). A
/// description's head is a speaker noun or a title the article's ``RolePhrasesKey`` lists; both
/// keys are the core's, written by whichever entities plugin runs.
public struct QuoteExtractor: Sendable {
  /// Creates an extractor.
  public init() {}

  /// The quotes in `article`, in text order; it uses the article's sentences and paragraphs and,
  /// when present, its ``EntityMentionsKey`` mentions to find speakers. No quote is linked to an
  /// entity (``Quote/speakerEntityID`` is `nil`); use ``quotes(in:entities:)`` for that.
  public func quotes(in article: NewsArticle) -> [Quote] {
    attributed(in: article).map(\.quote)
  }

  /// The quotes of every article, in article and text order, each speaker linked to the resolved
  /// person or organisation it names: the entity with an occurrence at the speaker's mention (or,
  /// for a pronoun or description, at the name it stands for), else the one entity of those kinds
  /// with the speaker's name as an alias.
  public func quotes(in articles: [NewsArticle], entities: [NamedEntity]) -> [Quote] {
    let linker = SpeakerLinker(entities)
    return articles.flatMap { article in
      attributed(in: article).map { found in
        var quote = found.quote
        if found.linkSpan != nil || found.linkName != nil {
          quote.speakerEntityID = linker.entity(at: found.linkSpan, named: found.linkName, in: article.id)
        }
        return quote
      }
    }
  }

  // MARK: Extraction

  /// A quote with what links its speaker to an entity.
  struct Attributed: Sendable {
    var quote: Quote
    var linkSpan: TextSpan?
    var linkName: String?
  }

  /// A quote found, with its speaker not yet resolved.
  private struct Candidate {
    var text: String
    var span: TextSpan
    var isDirect: Bool
    var phrase: SpeakerPhrase?
    var verb: String?
    var confidence: Double
    /// The direct quote's region, for continuing an earlier quote's speaker.
    var region: QuotedRegion?
    /// Whether the speaker was taken from the previous quote.
    var inherits = false
  }

  func attributed(in article: NewsArticle) -> [Attributed] {
    let text = QuoteText(article)
    guard !text.tokens.isEmpty else { return [] }
    let mentions = (article.annotations[EntityMentionsKey.self] ?? []).sorted { $0.span < $1.span }
    let finder = SpeakerFinder(text: text, mentions: mentions, article: article)
    let regions = QuotationScanner().regions(in: text)
    var quoted = [Bool](repeating: false, count: text.tokens.count)
    for region in regions {
      for index in text.tokens(in: region.extent) { quoted[index] = true }
    }
    let reported = reportedSpeech(text, finder: finder, quoted: quoted)
    let direct = directQuotes(regions, text, finder: finder, quoted: quoted)
    let candidates = (direct + reported).sorted { $0.span < $1.span }

    let excluded = regions.map(\.extent) + reported.map(\.span)
    let names = candidates.compactMap { $0.phrase?.kind == .name ? $0.phrase?.span : nil }
    var resolved: [ResolvedSpeaker?] = []
    for candidate in candidates {
      resolved.append(
        candidate.phrase.map {
          finder.resolve($0, in: article, excluded: excluded, names: names)
        })
    }
    return zip(candidates, resolved).map { candidate, speaker in
      Attributed(
        quote: Quote(
          articleID: article.id, text: candidate.text, span: candidate.span, isDirect: candidate.isDirect,
          speakerName: speaker?.name, speakerMention: speaker?.mention, verb: candidate.verb,
          confidence: Self.rounded(candidate.confidence * (speaker?.confidenceFactor ?? 1))),
        linkSpan: speaker?.linkSpan, linkName: speaker?.linkName)
    }
  }

  static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

  // MARK: Direct quotes

  private func directQuotes(
    _ regions: [QuotedRegion], _ text: QuoteText, finder: SpeakerFinder, quoted: [Bool]
  )
    -> [Candidate]
  {
    var found: [Candidate] = []
    for region in regions {
      let words = region.pieces.reduce(0) { count, piece in
        count + text.tokens(in: piece).filter { text.tokens[$0].isWord }.count
      }
      guard words > 0 else { continue }
      let attribution = attribution(of: region, text, finder: finder, quoted: quoted)
      var candidate = Candidate(
        text: region.pieces.map(text.text).joined(separator: "\n"), span: region.span, isDirect: true,
        phrase: attribution?.phrase, verb: attribution?.verb, confidence: attribution?.confidence ?? 0.6,
        region: region)
      if region.closing == nil { candidate.confidence *= 0.8 }
      if attribution?.phrase == nil, words >= 4, let previous = found.last,
        continues(region, after: previous.region, text), previous.phrase != nil
      {
        candidate.phrase = previous.phrase
        candidate.verb = candidate.verb ?? previous.verb
        candidate.confidence *= previous.confidence
        candidate.inherits = true
      }
      // Scare quotes and unattributed quoted text are not quotes.
      if attribution == nil && !candidate.inherits { continue }
      if words <= 3 && attribution?.verb == nil { continue }
      found.append(candidate)
    }
    return found
  }

  /// Whether `region` may continue the speaker of `previous`: in the same paragraph, or opening the
  /// paragraph right after it.
  private func continues(_ region: QuotedRegion, after previous: QuotedRegion?, _ text: QuoteText) -> Bool {
    guard let previous,
      let paragraph = text.paragraphIndex(containing: text.tokens[region.opening].span.start),
      let previousParagraph = text.paragraphIndex(containing: previous.extent.end - 1)
    else { return false }
    if paragraph == previousParagraph { return true }
    return paragraph == previousParagraph + 1
      && text.paragraphs[paragraph].start == text.tokens[region.opening].span.start
  }

  private struct Attribution {
    var phrase: SpeakerPhrase?
    var verb: String?
    var confidence: Double
  }

  private func attribution(of region: QuotedRegion, _ text: QuoteText, finder: SpeakerFinder, quoted: [Bool])
    -> Attribution?
  {
    let tokens = text.tokens
    let headSentence = text.sentence(containing: tokens[region.opening].span.start)
    let head = text.firstToken(atOrAfter: headSentence.start)..<region.opening
    var tail = region.opening..<region.opening
    if let closing = region.closing {
      tail = tailTokens(after: closing, text, quoted: quoted)
      // "…,” Brode added." / "…,” said Brode."
      var start = tail.lowerBound
      while start < tail.upperBound, [",", "—", "–", "-"].contains(tokens[start].text) { start += 1 }
      for index in tail.prefix(10) where !quoted[index] && isVerb(tokens[index]) {
        // Only words between the quote and the verb: the speaker, or nothing.
        guard index >= start, tokens[start..<index].allSatisfy(\.isWord) else { break }
        let phrase =
          index == start
          ? finder.speaker(after: index, before: tail.upperBound)
          : finder.subject(before: index, from: start)
        if let phrase { return Attribution(phrase: phrase, verb: verbText(at: index, text), confidence: 0.9) }
      }
    }
    // Dravnik said: “…” / Brode said the deal was a “grave mistake”.
    for index in head.reversed() where !quoted[index] && isVerb(tokens[index]) {
      if let phrase = finder.subject(before: index, from: head.lowerBound) {
        return Attribution(phrase: phrase, verb: verbText(at: index, text), confidence: 0.85)
      }
    }
    for range in [head, tail] {
      for index in range where !quoted[index] && isAccordingTo(index, text) {
        let end = range == head ? region.opening : tail.upperBound
        if let phrase = finder.speaker(after: index + 1, before: end, anyPhrase: true) {
          return Attribution(phrase: phrase, verb: "according to", confidence: 0.8)
        }
      }
    }
    for index in Array(head) + Array(tail)
    where !quoted[index] && QuoteLexicon.plainSpeechVerbs.contains(tokens[index].text) {
      return Attribution(phrase: nil, verb: verbText(at: index, text), confidence: 0.5)
    }
    return nil
  }

  /// The tokens after a closing mark up to the end of its sentence (or the next quote), or the next
  /// sentence of the paragraph when that is a short attribution ("” Dravnik writes.").
  private func tailTokens(after closing: Int, _ text: QuoteText, quoted: [Bool]) -> Range<Int> {
    let tokens = text.tokens
    let sentence = text.sentence(containing: tokens[closing].span.start)
    var end = closing + 1
    while end < tokens.count, tokens[end].span.end <= sentence.end, !quoted[end] { end += 1 }
    let range = (closing + 1)..<end
    if range.contains(where: { tokens[$0].isWord }) { return range }
    guard end < tokens.count, !quoted[end],
      let paragraph = text.paragraph(containing: tokens[closing].span.start),
      tokens[end].span.start < paragraph.end
    else { return range }
    let next = text.sentence(containing: tokens[end].span.start)
    var nextEnd = end
    while nextEnd < tokens.count, tokens[nextEnd].span.end <= next.end, !quoted[nextEnd] { nextEnd += 1 }
    let words = (end..<nextEnd).filter { tokens[$0].isWord }.count
    let holdsQuote = nextEnd < tokens.count && tokens[nextEnd].span.end <= next.end
    return words <= 8 && !holdsQuote ? (closing + 1)..<nextEnd : range
  }

  // MARK: Reported speech

  private func reportedSpeech(_ text: QuoteText, finder: SpeakerFinder, quoted: [Bool]) -> [Candidate] {
    var found: [Candidate] = []
    for sentence in text.sentences {
      let range = text.tokens(in: sentence)
      guard !range.isEmpty else { continue }
      if let candidate =
        reversedAttribution(range, text, finder: finder, quoted: quoted)
        ?? accordingTo(range, text, finder: finder, quoted: quoted)
        ?? forwardAttribution(range, text, finder: finder, quoted: quoted)
      {
        found.append(candidate)
      }
    }
    return found
  }

  /// "CLAUSE, Brode said." / "CLAUSE, said Brode." / "CLAUSE, a senior official told reporters
  /// Wednesday, but …".
  private func reversedAttribution(
    _ range: Range<Int>, _ text: QuoteText, finder: SpeakerFinder, quoted: [Bool]
  )
    -> Candidate?
  {
    let tokens = text.tokens
    let commas = range.filter { tokens[$0].text == "," && !quoted[$0] }
    for comma in commas.suffix(3).reversed() {
      var end = commas.first { $0 > comma } ?? range.upperBound
      while end > comma + 1, tokens[end - 1].kind != .word { end -= 1 }
      let segment = (comma + 1)..<end
      guard let verb = segment.prefix(9).first(where: { !quoted[$0] && isVerb(tokens[$0]) }) else { continue }
      let phrase: SpeakerPhrase?
      var rest: Range<Int>
      if verb == segment.lowerBound {
        // "…, said Brode": nothing much may follow the speaker.
        guard !QuoteLexicon.objectVerbs.contains(tokens[verb].folded) else { continue }
        phrase = finder.speaker(after: verb, before: end)
        let phraseEnd = phrase.map { text.firstToken(atOrAfter: $0.span.end) } ?? end
        rest = phraseEnd..<end
        guard rest.filter({ tokens[$0].isWord }).count <= 2 else { continue }
      } else {
        phrase = finder.subject(before: verb, from: segment.lowerBound)
        guard phrase?.span.start == tokens[segment.lowerBound].span.start else { continue }
        rest = (verb + 1)..<end
      }
      guard let phrase, rest.filter({ tokens[$0].isWord }).count <= 6,
        !rest.contains(where: { tokens[$0].folded == "that" || quoted[$0] })
      else { continue }
      guard let clause = clause(range.lowerBound..<comma, text, quoted: quoted, minimumWords: 4) else {
        return nil
      }
      return Candidate(
        text: text.text(clause), span: clause, isDirect: false, phrase: phrase,
        verb: verbText(at: verb, text),
        confidence: 0.75)
    }
    return nil
  }

  /// "According to X, CLAUSE." / "CLAUSE, according to X."
  private func accordingTo(_ range: Range<Int>, _ text: QuoteText, finder: SpeakerFinder, quoted: [Bool])
    -> Candidate?
  {
    let tokens = text.tokens
    guard let according = range.first(where: { !quoted[$0] && isAccordingTo($0, text) }) else { return nil }
    let clauseRange: Range<Int>
    let phrase: SpeakerPhrase?
    if according == range.lowerBound {
      guard let comma = range.first(where: { $0 > according && tokens[$0].text == "," }) else { return nil }
      phrase = finder.speaker(after: according + 1, before: comma, anyPhrase: true)
      clauseRange = (comma + 1)..<range.upperBound
    } else {
      guard tokens[according - 1].text == "," else { return nil }
      phrase = finder.speaker(after: according + 1, before: range.upperBound, anyPhrase: true)
      clauseRange = range.lowerBound..<(according - 1)
    }
    guard let phrase, let clause = clause(clauseRange, text, quoted: quoted) else { return nil }
    return Candidate(
      text: text.text(clause), span: clause, isDirect: false, phrase: phrase, verb: "according to",
      confidence: 0.7)
  }

  /// "X said (that) CLAUSE", "X told reporters CLAUSE", "X warned Y that CLAUSE".
  private func forwardAttribution(
    _ range: Range<Int>, _ text: QuoteText, finder: SpeakerFinder, quoted: [Bool]
  )
    -> Candidate?
  {
    let tokens = text.tokens
    for verb in range where !quoted[verb] && isVerb(tokens[verb]) {
      guard let phrase = finder.subject(before: verb, from: range.lowerBound),
        let start = clauseStart(after: verb, before: range.upperBound, text)
      else { continue }
      guard let clause = clause(start..<range.upperBound, text, quoted: quoted) else { return nil }
      return Candidate(
        text: text.text(clause), span: clause, isDirect: false, phrase: phrase,
        verb: verbText(at: verb, text),
        confidence: 0.7)
    }
    return nil
  }

  /// Where the reported clause after the verb at `verb` starts, if one does.
  private func clauseStart(after verb: Int, before end: Int, _ text: QuoteText) -> Int? {
    let tokens = text.tokens
    let word = tokens[verb].folded
    var next = verb + 1
    var toldAudience = false
    if QuoteLexicon.objectVerbs.contains(word), next < end,
      QuoteLexicon.audiences.contains(tokens[next].folded)
    {
      next += 1
      toldAudience = true
    }
    guard next < end, tokens[next].isWord else { return nil }
    if tokens[next].folded == "that" { return next + 1 }
    let takesObject = QuoteLexicon.objectVerbs.contains(word)
    if takesObject || toldAudience || QuoteLexicon.adjunctStarters.contains(tokens[next].folded) {
      var index = next
      while index < min(end, next + 8), tokens[index].isWord {
        if tokens[index].folded == "that" { return index + 1 }
        index += 1
      }
    }
    let first = tokens[next]
    if takesObject && !toldAudience {
      // "told Dravnik he was convinced …"
      var index = next
      while index < end, index - next < 3, tokens[index].isCapitalized { index += 1 }
      guard index > next, index < end, tokens[index].isWord else { return nil }
      let starter = tokens[index]
      let startsClause =
        QuoteLexicon.subjectPronouns.contains(starter.folded)
        || QuoteLexicon.definiteDeterminers.contains(starter.folded) || starter.isCapitalized
      return startsClause ? index : nil
    }
    guard QuoteLexicon.clauseVerbs.contains(word) || toldAudience,
      !QuoteLexicon.nonClauseStarters.contains(first.folded),
      !QuoteLexicon.adjunctStarters.contains(first.folded),
      !QuoteLexicon.speechVerbs.contains(first.folded), !QuoteLexicon.participles.contains(first.folded)
    else { return nil }
    return next
  }

  /// The tokens of `range` as a clause: without surrounding punctuation or a leading "that", at
  /// least `minimumWords` words, and with no quoted words (those are direct quotes).
  private func clause(_ range: Range<Int>, _ text: QuoteText, quoted: [Bool], minimumWords: Int = 3)
    -> TextSpan?
  {
    let tokens = text.tokens
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, !tokens[lower].isWord || tokens[lower].folded == "that" { lower += 1 }
    while upper > lower, !tokens[upper - 1].isWord { upper -= 1 }
    guard (lower..<upper).filter({ tokens[$0].isWord }).count >= minimumWords,
      !quoted[lower..<upper].contains(true)
    else {
      return nil
    }
    return TextSpan(start: tokens[lower].span.start, end: tokens[upper - 1].span.end)
  }

  // MARK: Words

  /// Whether `token` is a speech verb that can carry an attribution by itself (a lower-case word;
  /// participles attribute only through the verb before them).
  private func isVerb(_ token: QuoteToken) -> Bool {
    token.isWord && !token.isCapitalized && QuoteLexicon.speechVerbs.contains(token.folded)
  }

  private func isAccordingTo(_ index: Int, _ text: QuoteText) -> Bool {
    index + 1 < text.tokens.count && text.tokens[index].folded == "according"
      && text.tokens[index + 1].folded == "to"
  }

  /// The verb as written, with the audience of "told" ("told reporters").
  private func verbText(at index: Int, _ text: QuoteText) -> String {
    let tokens = text.tokens
    if QuoteLexicon.objectVerbs.contains(tokens[index].folded), index + 1 < tokens.count,
      QuoteLexicon.audiences.contains(tokens[index + 1].folded)
    {
      return tokens[index].text + " " + tokens[index + 1].text
    }
    return tokens[index].text
  }
}
