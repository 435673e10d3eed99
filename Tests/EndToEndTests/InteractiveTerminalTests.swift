import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Drives the real line editor in a terminal made by tmux (`apt-get install tmux`).
/// Each session runs on its own tmux server (`-L`), with no configuration file, so tests neither
/// see nor disturb other tmux servers.
struct TmuxSession {
  let name = "byline-test-\(UUID().uuidString.prefix(8))"

  /// Runs tmux through `/bin/sh` with `system(3)`, which waits for exactly that child; the
  /// server tmux forks lives on with no pipe of ours open.
  @discardableResult
  static func tmux(_ arguments: [String], socket: String? = nil) throws -> String {
    let words = ["tmux"] + (socket.map { ["-L", $0, "-f", "/dev/null"] } ?? []) + arguments
    let quoted = words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    let outputFile = NSTemporaryDirectory() + "tmux-output-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: outputFile) }
    let status = system(quoted.joined(separator: " ") + " </dev/null >'\(outputFile)' 2>/dev/null")
    guard status == 0 else {
      throw TmuxError(message: "tmux \(arguments.first ?? "") failed with status \(status)")
    }
    return (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
  }

  func start(_ command: String) throws {
    try Self.tmux(
      ["new-session", "-d", "-s", name, "-x", "120", "-y", "30", command], socket: name)
  }

  func send(_ keys: String...) throws { try Self.tmux(["send-keys", "-t", name, "--"] + keys, socket: name) }

  func screen() throws -> String { try Self.tmux(["capture-pane", "-p", "-t", name], socket: name) }

  /// Waits up to ten seconds for the screen to satisfy `condition`; returns the last screen.
  func waitFor(_ condition: (String) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(10)
    var last = ""
    while Date() < deadline {
      if let screen = try? screen() {
        last = screen
        if condition(last) { return last }
      }
      usleep(50_000)
    }
    return last
  }

  func stop() { _ = try? Self.tmux(["kill-server"], socket: name) }
}

struct TmuxError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}

@Suite(.serialized) struct InteractiveTerminalTests {
  /// The last non-empty line on the screen.
  func lastLine(_ screen: String) -> String {
    screen.split(separator: "\n").last.map(String.init) ?? ""
  }

  @Test func theInteractiveShellWithoutPathsOpensOnTheSampleCorpus() throws {
    guard (try? TmuxSession.tmux(["-V"])) != nil else {
      Issue.record("tmux is not installed; .ci/run installs it (apt-get install -y tmux)")
      return
    }
    let history = NSTemporaryDirectory() + "byline-history-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: history) }
    let session = TmuxSession()
    defer { session.stop() }
    try session.start("BYLINE_HISTORY=\(history) \(bylineExecutable.path)")
    let started = try session.waitFor { $0.contains("byline>") }
    #expect(started.contains("15 articles loaded"), "screen:\n\(started)")
    try session.send("stats --format csv", "Enter")
    let stats = try session.waitFor { $0.contains("session: articles,15") }
    #expect(stats.contains("articles,15"), "screen:\n\(stats)")
    try session.send("quit", "Enter")
  }

  @Test func tabCompletesUpRecallsAndCtrlCKeepsTheShell() throws {
    guard (try? TmuxSession.tmux(["-V"])) != nil else {
      Issue.record("tmux is not installed; .ci/run installs it (apt-get install -y tmux)")
      return
    }
    let history = NSTemporaryDirectory() + "byline-history-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: history) }
    let session = TmuxSession()
    defer { session.stop() }
    try session.start("BYLINE_HISTORY=\(history) \(bylineExecutable.path) --empty")
    let started = try session.waitFor { $0.contains("byline>") }
    try #require(started.contains("byline>"), "no prompt; screen:\n\(started)")

    try session.send("artic", "Tab")
    let completed = try session.waitFor { lastLine($0).hasPrefix("byline> articles") }
    #expect(lastLine(completed).hasPrefix("byline> articles"), "screen:\n\(completed)")

    // A unique completion ends with a space, as in readline.
    try session.send("--format json", "Enter")
    let listed = try session.waitFor { $0.contains("[]") && lastLine($0) == "byline>" }
    #expect(listed.contains("[]"), "screen:\n\(listed)")

    try session.send("Up")
    let recalled = try session.waitFor { lastLine($0).hasPrefix("byline> articles --format json") }
    #expect(lastLine(recalled) == "byline> articles --format json", "screen:\n\(recalled)")

    // Ctrl-C at the prompt must not end the shell.
    try session.send("C-c")
    try session.send("C-u", "hel", "Tab", "fil", "Tab")
    let nested = try session.waitFor { lastLine($0).hasPrefix("byline> help filter") }
    #expect(lastLine(nested).hasPrefix("byline> help filter"), "screen:\n\(nested)")

    try session.send("C-u", "quit", "Enter")
    // The history file is written as each line is entered, so it holds every line, quit included.
    let deadline = Date().addingTimeInterval(10)
    var saved = ""
    while Date() < deadline && !saved.contains("quit") {
      saved = (try? String(contentsOfFile: history, encoding: .utf8)) ?? ""
      usleep(50_000)
    }
    #expect(saved.contains("articles\\040--format\\040json"), "history file:\n\(saved)")
    #expect(saved.contains("quit"))
  }
}
