/// A place in a file or in a line of input: a file (or none, for text typed at the shell), a
/// 1-based line (none for a whole file) and a 1-based column counted in characters, when known.
///
/// ```swift
/// InputLocation(file: "news/feed.jsonl", line: 3, column: 14).description  // news/feed.jsonl:3:14
/// ```
public struct InputLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file path or URL; nil for a line typed at the shell.
  public var file: String?
  /// The 1-based line; nil for the file as a whole.
  public var line: Int?
  /// The 1-based column, in characters, when known.
  public var column: Int?

  /// Creates a location.
  public init(file: String? = nil, line: Int? = 1, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, leaving out what is unknown.
  public var description: String {
    let column = line == nil ? nil : self.column
    return [file, line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
  }
}
