/// The part an entity plays in an event. Open: plugins add roles with an extension.
public struct ParticipantRole: OpenVocabulary {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Who does it.
  public static let agent: ParticipantRole = "agent"
  /// Who or what it is done to.
  public static let target: ParticipantRole = "target"
  /// Who benefits or receives.
  public static let recipient: ParticipantRole = "recipient"
  /// Who says it, for statements.
  public static let speaker: ParticipantRole = "speaker"
  /// Who is harmed.
  public static let victim: ParticipantRole = "victim"
  /// Any other participant.
  public static let participant: ParticipantRole = "participant"
}
