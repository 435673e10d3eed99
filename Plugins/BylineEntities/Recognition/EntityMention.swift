import BylineCore

/// A name found in one article by the recognizer: where it is, what kind of thing it names, and
/// how sure the recognizer is.
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

/// The names the recognizer found in an article, in text order.
public enum EntityMentionsKey: AnnotationKey {
  public typealias Value = [EntityMention]
  public static var name: String { "entityMentions" }
}
