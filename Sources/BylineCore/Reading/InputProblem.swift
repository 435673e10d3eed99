/// A problem with an input file or record, reported in the `file:line:column: error: message`
/// form and skipped, so the rest of the input still loads. ``error`` gives it as a
/// ``BylineError`` with code ``BylineError/Code/invalidData`` and its ``location``.
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
  /// The 1-based column within ``line``, when known.
  public var column: Int?
  /// How serious it is.
  public var severity: Severity
  /// What went wrong, for a person.
  public var message: String

  /// Creates a problem.
  public init(
    source: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error, message: String
  ) {
    self.source = source
    self.line = line
    self.column = line == nil ? nil : column
    self.severity = severity
    self.message = message
  }

  /// Where the problem is: the file, and the line and column when known.
  public var location: InputLocation { InputLocation(file: source, line: line, column: column) }

  /// The problem as a ``BylineError`` (whatever its severity), for code that throws it.
  public var error: BylineError {
    BylineError(.invalidData, message, location: location)
  }

  public var description: String {
    let place = location.description
    return "\(place): \(severity.rawValue): \(message)"
  }
}
