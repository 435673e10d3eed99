/// Where an article came from: the file or URL, and the line or record inside it.
///
/// Error messages and exports use it to point a person at the exact input, in the
/// `file:line` form compilers use.
public struct Provenance: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The file path or URL the article was read from.
  public var source: String
  /// The 1-based line in `source` where the article starts, when the format has lines.
  public var line: Int?
  /// The 0-based index of the record within `source`, for formats with many articles per file.
  public var record: Int?

  /// Creates a provenance.
  public init(source: String, line: Int? = nil, record: Int? = nil) {
    self.source = source
    self.line = line
    self.record = record
  }

  /// `source`, followed by `:line` when the line is known, or `#record` when only the record is.
  public var description: String {
    if let line { return "\(source):\(line)" }
    if let record { return "\(source)#\(record)" }
    return source
  }
}
