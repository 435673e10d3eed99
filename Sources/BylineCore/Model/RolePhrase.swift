/// A title or role written in an article's body, e.g. "defense minister" or "press secretary",
/// found by whichever plugin knows a list of roles.
///
/// Plugins that look for people by what they are called ("the ministry spokesman said") read
/// them under ``RolePhrasesKey`` instead of keeping a list of their own.
public struct RolePhrase: Hashable, Sendable, Codable {
  /// Where the phrase is in the body (UTF-8 offsets): from the start of its first word to the
  /// end of its last.
  public var span: TextSpan
  /// The phrase as written, e.g. `"Defense Minister"`.
  public var text: String
  /// The group the role list puts it in, e.g. `"government"`, `"military"`; `"honorific"` for
  /// a form of address such as "Mr" or "Dr", which is not a role.
  public var group: String

  /// Creates a role phrase.
  public init(span: TextSpan, text: String, group: String) {
    self.span = span
    self.text = text
    self.group = group
  }

  /// Whether the phrase is a form of address ("Mr", "Ms", "Dr") rather than a title or role.
  public var isFormOfAddress: Bool { group == "honorific" }
}
