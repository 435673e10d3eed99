import BylineCore

/// A speaker as written near a quote, before pronouns and descriptions are resolved.
struct SpeakerPhrase: Hashable, Sendable {
  /// How the speaker is written.
  enum Kind: Hashable, Sendable {
    /// A name: a recognised mention, or capitalised words the recognizer missed.
    case name
    /// "he" or "she".
    case pronoun
    /// A description such as "the ministry spokesman"; definite ones ("the", "his", "Veldoria's")
    /// in the singular may stand for a named person, indefinite or plural ones never do.
    case description(linkable: Bool, role: String)
  }

  var kind: Kind
  var span: TextSpan
  /// The recognizer's mention, when the phrase is one.
  var mention: EntityMention?
}

/// A speaker after resolution: what the quote shows and what links it to an entity.
struct ResolvedSpeaker: Hashable, Sendable {
  var name: String
  var mention: TextSpan?
  /// The span of a name to look up among the entities' occurrences, and the name itself to look
  /// up among their aliases.
  var linkSpan: TextSpan?
  var linkName: String?
  /// How much less sure the attribution is because of how the speaker was found.
  var confidenceFactor: Double
}
