/// A problem with an input file or record, reported in the `file:line: error: message` form and
/// skipped, so the rest of the input still loads.
public struct InputProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// How serious the problem is.
  public enum Severity: String, Hashable, Sendable, Codable {
    /// Nothing was read from the place named.
    case error
    /// Something was read, but not all of it, or not cleanly.
    case warning
  }

  /// The file path or URL.
  public var source: String
  /// The 1-based line, when known.
  public var line: Int?
  /// How serious it is.
  public var severity: Severity
  /// What went wrong, for a person.
  public var message: String

  /// Creates a problem.
  public init(source: String, line: Int? = nil, severity: Severity = .error, message: String) {
    self.source = source
    self.line = line
    self.severity = severity
    self.message = message
  }

  public var description: String {
    let place = line.map { "\(source):\($0)" } ?? source
    return "\(place): \(severity.rawValue): \(message)"
  }
}
