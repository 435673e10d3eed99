public import BylineCore

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
