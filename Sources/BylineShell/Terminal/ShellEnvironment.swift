import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Where the shell writes, and what it knows about the terminal. Tests use ``capturing()``.
public struct ShellEnvironment: Sendable {
  /// Writes data (command results) — standard output.
  public var writeOutput: @Sendable (String) -> Void
  /// Writes diagnostics, errors and progress — standard error.
  public var writeError: @Sendable (String) -> Void
  /// Whether standard output is a terminal (tables are coloured only then).
  public var outputIsTerminal: Bool
  /// Whether standard error is a terminal (progress bars are drawn only then).
  public var errorIsTerminal: Bool
  /// The terminal's width in columns.
  public var terminalWidth: @Sendable () -> Int
  /// Whether tables are fitted to ``terminalWidth`` (long text cut with `…`). When false, every
  /// cell is written whole, as a program reading the output needs.
  public var fitsTablesToWidth: Bool

  /// Creates an environment. Tables are fitted to the width when `fitsTablesToWidth` is given
  /// as true, or by default when `outputIsTerminal`.
  public init(
    writeOutput: @escaping @Sendable (String) -> Void,
    writeError: @escaping @Sendable (String) -> Void,
    outputIsTerminal: Bool = false,
    errorIsTerminal: Bool = false,
    terminalWidth: @escaping @Sendable () -> Int = { 100 },
    fitsTablesToWidth: Bool? = nil
  ) {
    self.writeOutput = writeOutput
    self.writeError = writeError
    self.outputIsTerminal = outputIsTerminal
    self.errorIsTerminal = errorIsTerminal
    self.terminalWidth = terminalWidth
    self.fitsTablesToWidth = fitsTablesToWidth ?? outputIsTerminal
  }

  /// The process's standard output and error. Tables are fitted to the terminal only when
  /// standard output is one; written to a pipe or a file, they keep every character.
  public static var process: ShellEnvironment {
    ShellEnvironment(
      writeOutput: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
      writeError: { text in FileHandle.standardError.write(Data(text.utf8)) },
      outputIsTerminal: isatty(STDOUT_FILENO) == 1,
      errorIsTerminal: isatty(STDERR_FILENO) == 1,
      terminalWidth: Terminal.width)
  }

  /// An environment that collects what is written, for tests. Tables are fitted to `width`
  /// as on a terminal that wide; with `width` nil they are written whole, as to a pipe.
  public static func capturing(width: Int? = 100) -> (ShellEnvironment, CapturedOutput) {
    let captured = CapturedOutput()
    let environment = ShellEnvironment(
      writeOutput: { text in captured.output.withLock { $0 += text } },
      writeError: { text in captured.error.withLock { $0 += text } },
      terminalWidth: { width ?? 100 }, fitsTablesToWidth: width != nil)
    return (environment, captured)
  }
}

/// What a capturing ``ShellEnvironment`` collected.
public final class CapturedOutput: Sendable {
  let output = Mutex("")
  let error = Mutex("")

  /// Everything written to standard output so far.
  public var standardOutput: String { output.withLock { $0 } }
  /// Everything written to standard error so far.
  public var standardError: String { error.withLock { $0 } }

  /// Forgets what was collected.
  public func reset() {
    output.withLock { $0 = "" }
    error.withLock { $0 = "" }
  }
}

/// Facts about the terminal.
public enum Terminal {
  /// The width of the terminal on standard output, else `$COLUMNS`, else 100.
  @Sendable public static func width() -> Int {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
      return columns
    }
    return 100
  }
}
