/// A line of an event taxonomy file that could not be read.
public struct EventTaxonomyError: Error, CustomStringConvertible, Sendable {
  /// The line, from 1.
  public var line: Int
  /// What is wrong with it.
  public var message: String

  /// Creates an error for `line`.
  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }

  public var description: String { "line \(line): \(message)" }
}
