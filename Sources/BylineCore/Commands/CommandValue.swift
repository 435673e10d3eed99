/// What a shell command produces and the next command in a pipeline receives.
public enum CommandValue: Sendable {
  /// A selection of articles.
  case articles([NewsArticle])
  /// A list of entities.
  case entities([NamedEntity])
  /// A list of events.
  case events([NewsEvent])
  /// Rows of named columns, such as sentences with their scores.
  case table(DataTable)
  /// Text for a person to read.
  case message(String)
  /// Nothing to print.
  case empty
}

/// Rows of values under named columns: how commands return results that are neither articles,
/// entities nor events. The shell prints it as a table, JSON, JSON Lines, CSV or Markdown.
public struct DataTable: Sendable, Hashable {
  /// The column names, in camelCase, as JSON output uses them.
  public var columns: [String]
  /// The rows; each has one value per column.
  public var rows: [[JSONValue]]

  /// Creates a table.
  public init(columns: [String], rows: [[JSONValue]] = []) {
    self.columns = columns
    self.rows = rows
  }
}
