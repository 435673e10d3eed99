/// Text that cleaning took out of an article (site navigation, comment forms, "See also" lines),
/// kept on the side with the reason, so a person can see what was dropped and why.
public struct RemovedText: Hashable, Sendable, Codable {
  /// Why the text was removed, e.g. `navigation`, `comments`, `related-links`, `copyright`.
  public var reason: String
  /// The text as it stood in the input.
  public var text: String
  /// The 1-based line of the input it came from, when the input has lines.
  public var line: Int?

  /// Creates a record of removed text.
  public init(reason: String, text: String, line: Int? = nil) {
    self.reason = reason
    self.text = text
    self.line = line
  }
}
