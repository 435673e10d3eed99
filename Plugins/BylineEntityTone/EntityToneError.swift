/// Why entity tone could not be worked out.
public struct EntityToneError: Error, CustomStringConvertible, Sendable {
  /// What went wrong.
  public var description: String

  /// Creates an error saying `description`.
  public init(_ description: String) { self.description = description }
}
