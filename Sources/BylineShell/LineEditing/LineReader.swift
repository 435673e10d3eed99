/// A source of command lines: the line editor on a terminal, or plain standard input.
public protocol LineReader {
  /// The next line without its newline, or nil at the end of input (Ctrl-D).
  mutating func readLine(prompt: String) -> String?
}

/// Reads lines from standard input without editing or prompts, for scripts and pipes.
public struct PlainLineReader: LineReader {
  /// Creates a reader.
  public init() {}

  public mutating func readLine(prompt: String) -> String? {
    Swift.readLine(strippingNewline: true)
  }
}
