import BylineCore

/// One report of an event in one sentence of one article: the word that announces it, its type,
/// who takes part, when, where, and the numbers stated about it.
public struct EventMention: Hashable, Sendable, Codable {
  /// The article.
  public var articleID: ArticleID
  /// The event's type, from the trigger.
  public var type: EventType
  /// The trigger as written, e.g. `"phone call"`, `"talks"`.
  public var trigger: String
  /// Where the trigger is in the body (UTF-8 offsets).
  public var triggerSpan: TextSpan
  /// The index of the sentence in ``NewsArticle/sentences``.
  public var sentence: Int
  /// The sentence's span: the evidence.
  public var sentenceSpan: TextSpan
  /// Who takes part, with their role; entity ids are filled in once entities are resolved.
  public var participants: [EventParticipant]
  /// When it happens, if the sentence (or, failing that, another mention of the same event in
  /// the article) says.
  public var time: EventTime?
  /// Whether ``time`` comes from another sentence of the article rather than this one.
  public var isTimeInherited: Bool
  /// The day of the week (ISO: 1 is Monday) when that is all that is known of the day ("on
  /// Thursday" in an article without a date); fusion uses it to tell events apart.
  public var weekday: Int?
  /// Whether the sentence states a time of its own that could not be resolved ("at the
  /// beginning of December" with no date to read it against): such a mention is not joined to a
  /// dated event on the strength of sharing its article.
  public var hasUnresolvedTime: Bool = false
  /// Where it happens, if the sentence says.
  public var location: EventLocation?
  /// Numbers stated about it; durations have the unit `minutes`.
  public var quantities: [EventQuantity]

  /// Creates a mention.
  public init(
    articleID: ArticleID, type: EventType, trigger: String, triggerSpan: TextSpan, sentence: Int,
    sentenceSpan: TextSpan, participants: [EventParticipant] = [], time: EventTime? = nil,
    isTimeInherited: Bool = false, weekday: Int? = nil, location: EventLocation? = nil,
    quantities: [EventQuantity] = []
  ) {
    self.articleID = articleID
    self.type = type
    self.trigger = trigger
    self.triggerSpan = triggerSpan
    self.sentence = sentence
    self.sentenceSpan = sentenceSpan
    self.participants = participants
    self.time = time
    self.isTimeInherited = isTimeInherited
    self.weekday = weekday
    self.location = location
    self.quantities = quantities
  }
}

/// The event mentions found in an article, in text order.
public enum EventMentionsKey: AnnotationKey {
  public typealias Value = [EventMention]
  public static var name: String { "eventMentions" }
}

/// The events fused across the corpus, in time order, each with the mentions it was made from.
public enum FusedEventsKey: AnnotationKey {
  public typealias Value = [FusedEvent]
  public static var name: String { "events" }
}

/// A time stated in a sentence, as the event extractor uses it: a date or time (``time``) or a
/// duration (``durationSeconds``), with its span.
public struct TimeFact: Hashable, Sendable {
  /// Where it is in the body.
  public var span: TextSpan
  /// The text.
  public var text: String
  /// The date or time it names, for dates and times.
  public var time: EventTime?
  /// Its length in seconds, for durations.
  public var durationSeconds: Double?
  /// Whether it is hedged ("almost an hour").
  public var isApproximate: Bool
  /// For a day named only by its weekday, that weekday (ISO: 1 is Monday).
  public var weekday: Int?

  /// Creates a time fact.
  public init(
    span: TextSpan, text: String, time: EventTime?, durationSeconds: Double?, isApproximate: Bool,
    weekday: Int? = nil
  ) {
    self.span = span
    self.text = text
    self.time = time
    self.durationSeconds = durationSeconds
    self.isApproximate = isApproximate
    self.weekday = weekday
  }
}
