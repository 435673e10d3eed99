/// An error a person can act on: a ``code`` that callers switch on, a message, where it happened
/// and a hint.
///
/// It prints the way the Swift compiler and swift-parsing report a problem — the place, the
/// message, the offending line with a caret under the column, and the hint:
///
/// ```
/// feed.jsonl:3:14: error: invalid JSON: unexpected character
/// {"title": "A", body: "B"}
///              ^
/// hint: keys are quoted: "body"
/// ```
///
/// ```swift
/// do { try shell.settings.set("colour", to: "mauve") } catch let error as BylineError {
///   switch error.code {
///   case .unknownSetting: ...
///   default: throw error
///   }
/// }
/// ```
public struct BylineError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of error this is; callers switch on it rather than on the message.
  public var code: Code
  /// What went wrong, for a person, in one line without the `error:` prefix.
  public var message: String
  /// Where it happened, when that is known.
  public var location: InputLocation?
  /// The text of the line ``location`` points into, shown with a caret under the column.
  public var sourceLine: String?
  /// How long the offending text is, in characters, underlined after the caret; 1 by default.
  public var length: Int
  /// What to do about it, when there is something to say.
  public var hint: String?
  /// The word of a command line the error is about, such as a bad condition given to `filter`;
  /// the shell finds it on the line and puts the caret under it.
  public var argument: String?

  /// Creates an error.
  public init(
    _ code: Code, _ message: String, location: InputLocation? = nil, sourceLine: String? = nil,
    length: Int = 1, argument: String? = nil, hint: String? = nil
  ) {
    self.code = code
    self.message = message
    self.location = location
    self.sourceLine = sourceLine
    self.length = max(1, length)
    self.hint = hint
    self.argument = argument
  }

  /// `place: error: message`, then the line with a caret under the column, then `hint: ...`.
  public var description: String {
    var place = ""
    if let location, location.file != nil {
      place = location.description + ": "
    }
    var lines = [place + "error: " + message]
    if let sourceLine {
      lines.append(sourceLine)
      if let column = location?.column {
        let width = sourceLine.count
        let start = min(max(column, 1), width + 1)
        let underline = String(repeating: "~", count: max(0, min(length, width - start + 1) - 1))
        // A tab before the column stays a tab, so the caret lines up however tabs are shown.
        let indent = String(sourceLine.prefix(start - 1).map { $0 == "\t" ? "\t" : " " })
        lines.append(indent + "^" + underline)
      }
    }
    if let hint { lines.append("hint: " + hint) }
    return lines.joined(separator: "\n")
  }

  /// This error with `prefix` before its message, such as the name of the command that met it.
  public func prefixed(_ prefix: String) -> BylineError {
    var copy = self
    copy.message = prefix + message
    return copy
  }

  /// This error placed at `column` of `line`, for `length` characters; a location it has already
  /// is kept.
  public func located(at column: Int, length: Int = 1, in line: String, file: String? = nil) -> BylineError {
    guard location == nil else { return self }
    var copy = self
    copy.location = InputLocation(file: file, line: 1, column: column)
    copy.sourceLine = line
    copy.length = max(1, length)
    return copy
  }
}
