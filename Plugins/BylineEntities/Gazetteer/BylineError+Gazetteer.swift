import BylineCore

extension BylineError {
  /// A malformed row of a gazetteer or word-cluster file: code ``BylineError/Code/invalidData``,
  /// located at `file` and `line` with the row shown.
  static func malformedRow(file: String, line: Int, _ message: String, text: some StringProtocol)
    -> BylineError
  {
    BylineError(
      .invalidData, message, location: InputLocation(file: file, line: line, column: 1),
      sourceLine: String(text), length: max(1, text.count),
      hint: "fields are separated by tabs; lines starting with # are comments")
  }
}
