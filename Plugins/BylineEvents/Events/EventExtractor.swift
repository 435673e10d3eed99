import BylineCore

/// Finds event mentions in an article: a trigger from the ``EventTaxonomy``, and in the same
/// sentence the entities taking part, the time, the place and the numbers.
///
/// - Participants are the people, organisations and places (not demonyms) the entities plugin
///   found in the sentence. For events with a direction (attacks, invasions, sanctions, threats)
///   a name before the trigger is the `agent` and one after it the `target`; otherwise every
///   name is a `participant`. A place after "in", "at", "near" or "outside" is the location, not
///   a participant when it is within eight words of the trigger. A name followed by a speech
///   verb ("X said") reports the event and is not a participant.
/// - The time is the date or time nearest the trigger in the sentence; a mention without one
///   takes the time of the nearest mention of the same type in the article (earlier first), and
///   says so.
/// - Durations in the sentence become quantities in minutes; other numbers come from the
///   ``QuantityExtractor``.
public struct EventExtractor: Sendable {
  /// The triggers.
  public let taxonomy: EventTaxonomy
  let quantities = QuantityExtractor()

  /// Creates an extractor with `taxonomy` (the bundled one by default).
  public init(taxonomy: EventTaxonomy = .standard) { self.taxonomy = taxonomy }

  static let directed: Set<EventType> = [.attack, .invasion, .sanction, .threat, .arrest]
  /// Prepositions before a place that make it the event's location ("talks in Geneva").
  static let placePrepositions = EventWords.lists.words("place-prepositions")
  /// How many words from the trigger a place may be to be the event's location.
  static let placeWindow = 8

  /// The event mentions of `article`, using its entity mentions (``EntityMentionsKey``) and the
  /// times found in it.
  public func mentions(in article: NewsArticle, times: [TimeFact]) -> [EventMention] {
    let body = article.body
    let sentences =
      article.sentences.isEmpty ? [TextSpan(start: 0, end: body.utf8.count)] : article.sentences
    let entityMentions = (article.annotations[EntityMentionsKey.self] ?? []).filter {
      $0.kind != .miscellaneous
    }
    .sorted { $0.span.start < $1.span.start }
    // Names and times by sentence, found once: an article's cost grows with its length.
    let namesBySentence = Self.bySentence(entityMentions, sentences: sentences, span: \.span)
    let timesBySentence = Self.bySentence(times, sentences: sentences, span: \.span)
    var result: [EventMention] = []
    for (index, sentence) in sentences.enumerated() {
      let scope = SentenceScope(
        articleID: article.id, body: body, index: index, span: sentence,
        words: Self.words(in: body, span: sentence), names: namesBySentence[index],
        times: timesBySentence[index])
      result += mentions(in: scope)
    }
    Self.inheritTimes(&result)
    return result
  }

  /// One sentence of an article with what was found in it.
  private struct SentenceScope {
    var articleID: ArticleID
    var body: String
    var index: Int
    var span: TextSpan
    var words: [Word]
    /// The entity mentions in the sentence, in text order.
    var names: [EntityMention]
    var times: [TimeFact]
  }

  /// The event mentions of one sentence: one per trigger, or one per date for a trigger followed
  /// by several dates.
  private func mentions(in scope: SentenceScope) -> [EventMention] {
    let tokens = scope.words
    let matches = taxonomy.matches(in: tokens.map { $0.text.lowercased() })
    guard !matches.isEmpty else { return [] }
    // The numbers of the sentence; in a sentence of hundreds of words, those near each trigger.
    let isLong = tokens.count > 2 * Self.participantWindow
    let sentenceNumbers = isLong ? [] : numbers(in: scope.span, body: scope.body, times: scope.times)
    var result: [EventMention] = []
    for match in matches {
      let triggerSpan = TextSpan(
        start: tokens[match.range.lowerBound].span.start, end: tokens[match.range.upperBound - 1].span.end)
      // In a sentence of hundreds of words only the names near the trigger are weighed.
      let nearbyStart = tokens[max(0, match.range.lowerBound - Self.participantWindow)].span.start
      let nearbyEnd = tokens[min(tokens.count - 1, match.range.upperBound - 1 + Self.participantWindow)].span
        .end
      let numbers =
        isLong
        ? self.numbers(in: TextSpan(start: nearbyStart, end: nearbyEnd), body: scope.body, times: scope.times)
        : sentenceNumbers
      let (participants, location) = Self.participants(
        of: match, triggerSpan: triggerSpan, in: scope, nearby: nearbyStart..<nearbyEnd)
      let nearest = Self.nearest(scope.times.filter { $0.time != nil }, to: triggerSpan)
      let weekday =
        nearest == nil
        ? Self.nearest(scope.times.filter { $0.weekday != nil }, to: triggerSpan)?.weekday : nil
      var mention = EventMention(
        articleID: scope.articleID, type: match.type, trigger: String(triggerSpan.text(in: scope.body)),
        triggerSpan: triggerSpan, sentence: scope.index, sentenceSpan: scope.span, participants: participants,
        time: nearest?.time, weekday: weekday, location: location, quantities: numbers)
      // A sentence that states a time of its own, even one that cannot be resolved ("the
      // beginning of December" with no date to read it against), inherits none.
      if nearest == nil, weekday == nil, scope.times.contains(where: { $0.durationSeconds == nil }) {
        mention.hasUnresolvedTime = true
      }
      if let parts = Self.datedParts(of: mention, in: scope, before: nearbyEnd) {
        result += parts
      } else {
        result.append(mention)
      }
    }
    return result
  }

  /// The time of `times` nearest `span`.
  private static func nearest(_ times: [TimeFact], to span: TextSpan) -> TimeFact? {
    times.min { abs($0.span.start - span.start) < abs($1.span.start - span.start) }
  }

  /// The participants of the event `match` triggers and its location, from the names of the
  /// sentence within `nearby`.
  private static func participants(
    of match: (range: Range<Int>, type: EventType), triggerSpan: TextSpan, in scope: SentenceScope,
    nearby: Range<Int>
  ) -> ([EventParticipant], EventLocation?) {
    let tokens = scope.words
    let names = scope.names
    let triggerWord = match.range.lowerBound
    var participants: [EventParticipant] = []
    var location: EventLocation?
    var locationDistance = Int.max
    let first = firstIndex(in: names, startingAtOrAfter: nearby.lowerBound)
    // Names inside the trigger are not participants ("the Geneva talks" keeps Geneva as place).
    for name in names[first...].prefix(while: { $0.span.start < nearby.upperBound })
    where !triggerSpan.overlaps(name.span) {
      let position = firstWord(in: tokens, startingAtOrAfter: name.span.start)
      let previous = word(before: name.span.start, in: tokens)?.lowercased()
      let distance = abs((position < tokens.count ? position : triggerWord) - triggerWord)
      if name.kind == .location, let previous, placePrepositions.contains(previous) {
        // The place nearest the trigger, within a few words of it.
        if distance <= placeWindow, distance < locationDistance {
          location = EventLocation(name: name.text)
          locationDistance = distance
        }
        continue
      }
      // Whoever reports the event ("X said the call ...") is not taking part in it.
      let following = firstWord(in: tokens, startingAtOrAfter: name.span.end)
      if following < tokens.count, QuoteLexicon.speechVerbs.contains(tokens[following].text.lowercased()) {
        continue
      }
      let role: ParticipantRole =
        directed.contains(match.type) ? (name.span.end <= triggerSpan.start ? .agent : .target) : .participant
      if !participants.contains(where: { $0.name == name.text && $0.role == role }) {
        participants.append(EventParticipant(name: name.text, role: role))
      }
    }
    return (participants, location)
  }

  /// "Talks with A in X on DATE1, with B in Y on DATE2": one event per date after the trigger
  /// (before `end`), each with the names and the place stated between the previous date and its
  /// own; `nil` unless two different days follow an undirected trigger.
  private static func datedParts(of mention: EventMention, in scope: SentenceScope, before end: Int)
    -> [EventMention]?
  {
    let laterDates = scope.times.filter {
      $0.time != nil && ($0.time?.granularity ?? .year) >= .day && $0.span.start > mention.triggerSpan.end
        && $0.span.start < end
    }.sorted { $0.span.start < $1.span.start }
    guard laterDates.count >= 2, Set(laterDates.compactMap { $0.time?.iso8601 }).count >= 2,
      !directed.contains(mention.type)
    else { return nil }
    var parts: [EventMention] = []
    var segmentStart = mention.triggerSpan.end
    for date in laterDates {
      let from = firstIndex(in: scope.names, startingAtOrAfter: segmentStart)
      let segment = scope.names[from...].prefix { $0.span.start < date.span.start }.filter {
        $0.span.end <= date.span.start
      }
      var part = mention
      part.time = date.time
      part.weekday = nil
      part.hasUnresolvedTime = false
      part.location = segment.last { name in
        name.kind == .location
          && word(before: name.span.start, in: scope.words).map {
            placePrepositions.contains($0.lowercased())
          }
            == true
      }.map { EventLocation(name: $0.text) }
      part.participants = segment.filter { name in
        !(name.kind == .location && part.location?.name == name.text)
      }.map { EventParticipant(name: $0.text, role: .participant) }
      parts.append(part)
      segmentStart = date.span.end
    }
    return parts
  }

  /// Mentions without a time take the time of the nearest mention of the same type with a time
  /// of its own (earlier first), else its weekday; in one pass each way.
  static func inheritTimes(_ result: inout [EventMention]) {
    // The next mention of each type, after each position, with its own time or with a weekday,
    // as they stand before any inheriting.
    var nextTimed = [Int?](repeating: nil, count: result.count)
    var nextWeekday = [Int?](repeating: nil, count: result.count)
    var timedAfter: [EventType: Int] = [:]
    var weekdayAfter: [EventType: Int] = [:]
    for index in result.indices.reversed() {
      let type = result[index].type
      nextTimed[index] = timedAfter[type]
      nextWeekday[index] = weekdayAfter[type]
      if result[index].time != nil && !result[index].isTimeInherited { timedAfter[type] = index }
      if result[index].weekday != nil { weekdayAfter[type] = index }
    }
    var timedBefore: [EventType: Int] = [:]
    var weekdayBefore: [EventType: Int] = [:]
    for index in result.indices {
      let type = result[index].type
      if result[index].time == nil && !result[index].hasUnresolvedTime {
        if let source = timedBefore[type] ?? nextTimed[index] {
          result[index].time = result[source].time
          result[index].isTimeInherited = true
        } else if result[index].weekday == nil, let source = weekdayBefore[type] ?? nextWeekday[index] {
          result[index].weekday = result[source].weekday
        }
      }
      if result[index].time != nil && !result[index].isTimeInherited { timedBefore[type] = index }
      if result[index].weekday != nil { weekdayBefore[type] = index }
    }
  }

  /// The quantities stated in `span` of `body`, with the durations among `times` inside it in
  /// minutes.
  func numbers(in span: TextSpan, body: String, times: [TimeFact]) -> [EventQuantity] {
    var numbers = quantities.quantities(in: String(span.text(in: body)))
    for fact in times where span.contains(fact.span) {
      guard let seconds = fact.durationSeconds else { continue }
      numbers.append(
        EventQuantity(
          value: seconds / 60, unit: "minutes", text: fact.text, isApproximate: fact.isApproximate))
    }
    return numbers
  }

  /// How many words either side of a trigger its participants are sought.
  static let participantWindow = 60

  /// The items whose spans lie inside each sentence, by sentence index; `sentences` in text
  /// order without overlap.
  static func bySentence<Item>(_ items: [Item], sentences: [TextSpan], span: (Item) -> TextSpan) -> [[Item]] {
    var buckets = [[Item]](repeating: [], count: sentences.count)
    for item in items {
      let itemSpan = span(item)
      let low = sentences.partitioningIndex { $0.end > itemSpan.start }
      if low < sentences.count, sentences[low].contains(itemSpan) { buckets[low].append(item) }
    }
    return buckets
  }

  /// The index of the first of `names` (in text order) that starts at or after `offset`.
  static func firstIndex(in names: [EntityMention], startingAtOrAfter offset: Int) -> Int {
    names.partitioningIndex { $0.span.start >= offset }
  }

  /// The index of the first of `words` that ends after `offset` (`words.count` if none): the
  /// words before it end at or before `offset`.
  static func firstWord(in words: [Word], endingAfter offset: Int) -> Int {
    words.partitioningIndex { $0.span.end > offset }
  }

  /// The index of the first of `words` that starts at or after `offset` (`words.count` if none).
  static func firstWord(in words: [Word], startingAtOrAfter offset: Int) -> Int {
    words.partitioningIndex { $0.span.start >= offset }
  }

  struct Word {
    var text: String
    var span: TextSpan
  }

  /// The words of a span of `text`: runs of letters, digits, hyphens and apostrophes.
  static func words(in text: String, span: TextSpan) -> [Word] {
    var words: [Word] = []
    var start: Int?
    var offset = span.start
    var current = ""
    for scalar in span.text(in: text).unicodeScalars {
      let length = String(scalar).utf8.count
      let isWord =
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "'"
      if isWord {
        if start == nil { start = offset }
        current.unicodeScalars.append(scalar)
      } else if let open = start {
        words.append(Word(text: current, span: TextSpan(start: open, end: offset)))
        start = nil
        current = ""
      }
      offset += length
    }
    if let open = start { words.append(Word(text: current, span: TextSpan(start: open, end: offset))) }
    return words
  }

  static func word(before offset: Int, in words: [Word]) -> String? {
    let index = firstWord(in: words, endingAfter: offset)
    return index > 0 ? words[index - 1].text : nil
  }
}
