/// Something that happened, as reported: who did what, when and where, and who says so.
public protocol Event: Sendable, Identifiable where ID == EventID {
  /// The identifier of the event, unique within a corpus.
  var id: EventID { get }
  /// The event's type in the (extensible) taxonomy.
  var type: EventType { get }
  /// A one-line description, e.g. `"Brenmark and Estravia sign a fishing deal"`.
  var summary: String { get }
  /// When it happened, normalised, if known.
  var time: EventTime? { get }
  /// Where it happened, if known.
  var location: EventLocation? { get }
  /// Who took part, and how.
  var participants: [EventParticipant] { get }
  /// Numbers stated about it.
  var quantities: [EventQuantity] { get }
  /// The sentences that report it.
  var evidence: [EventEvidence] { get }
  /// The articles and outlets that report it.
  var sources: [EventSource] { get }
}

/// The default ``Event``: a Codable value.
public struct NewsEvent: Event, Hashable, Codable {
  public var id: EventID
  public var type: EventType
  public var summary: String
  public var time: EventTime?
  public var location: EventLocation?
  public var participants: [EventParticipant]
  public var quantities: [EventQuantity]
  public var evidence: [EventEvidence]
  public var sources: [EventSource]

  /// Creates an event.
  public init(
    id: EventID, type: EventType, summary: String = "", time: EventTime? = nil,
    location: EventLocation? = nil, participants: [EventParticipant] = [],
    quantities: [EventQuantity] = [], evidence: [EventEvidence] = [], sources: [EventSource] = []
  ) {
    self.id = id
    self.type = type
    self.summary = summary
    self.time = time
    self.location = location
    self.participants = participants
    self.quantities = quantities
    self.evidence = evidence
    self.sources = sources
  }

  /// Copies any ``Event`` into a `NewsEvent`.
  public init(_ event: some Event) {
    self.init(
      id: event.id, type: event.type, summary: event.summary, time: event.time,
      location: event.location, participants: event.participants, quantities: event.quantities,
      evidence: event.evidence, sources: event.sources)
  }
}
