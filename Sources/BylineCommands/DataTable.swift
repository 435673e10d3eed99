public import BylineCore

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
