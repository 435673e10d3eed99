import BylineCommands

/// How a command's result is printed.
public enum OutputFormat: String, CaseIterable, Sendable, ExpressibleByArgument {
  /// Aligned columns fitted to the terminal width; coloured on a terminal.
  case table
  /// One JSON document (an array of objects).
  case json
  /// One JSON object per line.
  case jsonl
  /// Comma-separated values with a header row (RFC 4180 quoting).
  case csv
  /// A GitHub-flavoured Markdown table.
  case markdown
}

/// When to colour output.
public enum ColorMode: String, CaseIterable, Sendable, ExpressibleByArgument {
  /// Colour when standard output is a terminal and `NO_COLOR` is not set.
  case auto
  case always
  case never
}
