/// A name found in one article by an entity recognizer: where it is, what kind of thing it names,
/// and how sure the recognizer is.
///
/// Whichever plugin provides ``Capability/entityMentions`` stores an article's mentions under
/// ``EntityMentionsKey``; the events plugin reads them there to find participants and speakers.
public struct EntityMention: Hashable, Sendable, Codable {
  /// Where in the article's body the name is (UTF-8 offsets).
  public var span: TextSpan
  /// The name as written, e.g. `"Ilsa Dravnik"`.
  public var text: String
  /// What it names: person, organization, location or miscellaneous.
  public var kind: EntityKind
  /// The recognizer's confidence in the span and kind, from 0 to 1.
  public var confidence: Double
  /// The index of the sentence it is in, in ``NewsArticle/sentences``.
  public var sentence: Int
  /// A title or role stated with the name, e.g. `"President"` in "President Ilsa Dravnik" or
  /// `"press secretary"` in "Tam Brode, the Harbour Board press secretary"; `nil` when none is.
  public var role: String?

  /// Creates a mention.
  public init(
    span: TextSpan, text: String, kind: EntityKind, confidence: Double, sentence: Int, role: String? = nil
  ) {
    self.span = span
    self.text = text
    self.kind = kind
    self.confidence = confidence
    self.sentence = sentence
    self.role = role
  }
}
