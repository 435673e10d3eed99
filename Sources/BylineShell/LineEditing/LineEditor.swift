import CLibedit
import Foundation
import Synchronization

/// Line editing with libedit: a prompt, editing keys, Up/Down history saved across runs, and Tab
/// completion from a ``Completer``.
///
/// libedit keeps its state in C globals and calls completion through a C function pointer that
/// cannot capture context, so the completer lives in one process-wide, lock-protected slot
/// (``completerSlot``). Only one `LineEditor` should be in use at a time.
public struct LineEditor: LineReader {
  /// The history file.
  public let historyPath: String
  /// How many lines the history keeps.
  public let historyLimit: Int

  /// The default history file: `$BYLINE_HISTORY`, else `~/.byline_history`.
  public static var defaultHistoryPath: String {
    if let path = ProcessInfo.processInfo.environment["BYLINE_HISTORY"], !path.isEmpty { return path }
    return NSHomeDirectory() + "/.byline_history"
  }

  /// Sets libedit up and reads the history file.
  public init(historyPath: String = LineEditor.defaultHistoryPath, historyLimit: Int = 1000) {
    self.historyPath = historyPath
    self.historyLimit = historyLimit
    byline_rl_set_readline_name("byline")
    byline_rl_set_catch_signals(0)
    byline_rl_use_word_break_characters()
    byline_rl_set_completion_function(completeLine)
    using_history()
    stifle_history(Int32(historyLimit))
    _ = read_history(historyPath)
  }

  /// The lines in the history, oldest first.
  public var historyLines: [String] {
    let base = byline_history_base()
    return (0..<byline_history_length()).compactMap { offset in
      history_get(base + offset).flatMap { $0.pointee.line.map { String(cString: $0) } }
    }
  }

  /// Offers completions from `completer` from now on.
  public func setCompleter(_ completer: Completer) {
    completerSlot.withLock { $0 = completer }
  }

  public mutating func readLine(prompt: String) -> String? {
    guard let pointer = readline(prompt) else { return nil }
    defer { free(pointer) }
    let line = String(cString: pointer)
    if !line.trimmingCharacters(in: .whitespaces).isEmpty {
      _ = add_history(line)
      _ = write_history(historyPath)
    }
    return line
  }
}

/// The completer used by ``completeLine``; libedit's callback cannot carry context.
private let completerSlot = Mutex<Completer?>(nil)

/// libedit's attempted-completion callback: completes the word before the cursor.
private func completeLine(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  byline_rl_set_attempted_completion_over(1)
  guard let buffer = byline_rl_line_buffer() else { return nil }
  let bytes = Array(
    UnsafeBufferPointer(
      start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: strlen(buffer)))
  let line = String(decoding: bytes.prefix(Int(byline_rl_point())), as: UTF8.self)
  let candidates = completerSlot.withLock { $0?.completions(for: line) } ?? []
  guard !candidates.isEmpty else { return nil }
  // A single match gets its trailing space here (none after a directory's "/"), not through
  // libedit's append character, whose handling differs between libedit builds.
  byline_rl_set_completion_append_character(0)
  let common = candidates.dropFirst().reduce(candidates[0]) { prefix, candidate in
    String(zip(prefix, candidate).prefix { $0 == $1 }.map(\.0))
  }
  let entries =
    candidates.count == 1
    ? [candidates[0].hasSuffix("/") ? candidates[0] : candidates[0] + " "] : [common] + candidates
  // libedit frees the array and its strings with free(), so both come from malloc.
  guard
    let array = malloc(MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (entries.count + 1))?
      .bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
  else { return nil }
  for (index, entry) in entries.enumerated() { array[index] = strdup(entry) }
  array[entries.count] = nil
  return array
}
