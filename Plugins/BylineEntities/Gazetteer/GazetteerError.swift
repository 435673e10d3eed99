/// A malformed gazetteer file.
public struct GazetteerError: Error, CustomStringConvertible {
  /// The file's name.
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// What is wrong.
  public var message: String
  public var description: String { "\(file):\(line): error: \(message)" }
}
