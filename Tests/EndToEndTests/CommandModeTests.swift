import Foundation
import Testing

/// `byline COMMAND ...` runs one command, and never takes over `-c`.
@Suite struct CommandModeTests {
  @Test func aOneWordCommandLineAfterDashCRunsAsACommandLine() throws {
    let result = try runByline(["-c", "stats"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.contains("articles"))
    let quit = try runByline(["--empty", "-c", "quit"])
    #expect(quit.status == 0, "\(quit.error)")
  }

  @Test func aCommandNameFirstRunsThatCommand() throws {
    let result = try runByline(["--format", "json", "stats"])
    #expect(result.status == 0, "\(result.error)")
    #expect(result.output.hasPrefix("["))
    // A word that is neither a command nor a file is a path that cannot be loaded: said, not run.
    let unknown = try runByline(["--empty", "no-such-command-or-file"])
    #expect(unknown.error.contains("no-such-command-or-file"))
  }
}
