import BylineCore
import BylineShell
import Foundation
import Testing

/// `search` matches whole words and phrases, ignoring case and accents.
@Suite struct SearchTests {
  /// A shell holding five short articles.
  static func shell() async throws -> (Shell, CapturedOutput) {
    let directory = NSTemporaryDirectory() + "byline-search-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let articles = [
      ("truce", "Ceasefire holds", "The ceasefire agreed on Monday held overnight."),
      ("blaze", "Fire at the port", "Fire-fighters fought the blaze for hours."),
      ("rates", "Interest rates", "The bank raised the interest\nrate by half a point; rates rose."),
      ("zurich", "Talks in Zürich", "Delegates met in ZÜRICH and in Kraków."),
      ("plural", "Rates again", "Interest rates are high."),
    ]
    let lines = articles.map { id, title, body in
      let record: [String: String] = ["id": id, "title": title, "body": body]
      return String(
        decoding: try! JSONSerialization.data(withJSONObject: record, options: .sortedKeys), as: UTF8.self)
    }
    try lines.joined(separator: "\n").write(
      toFile: directory + "/news.jsonl", atomically: true, encoding: .utf8)
    let (environment, captured) = ShellEnvironment.capturing(width: nil)
    let shell = Shell(registry: try PluginRegistry([]), environment: environment)
    try await shell.load([directory + "/news.jsonl"])
    captured.reset()
    return (shell, captured)
  }

  func ids(_ line: String, in shell: Shell, _ captured: CapturedOutput) async -> [String] {
    captured.reset()
    let ok = await shell.execute(line + " | articles --format jsonl")
    #expect(ok, "\(captured.standardError)")
    return captured.standardOutput.split(separator: "\n").compactMap {
      (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
    }
  }

  @Test func wordsMatchWholeWordsOnly() async throws {
    let (shell, captured) = try await Self.shell()
    #expect(await ids("search fire", in: shell, captured) == ["blaze"])
    #expect(await ids("search FIRE", in: shell, captured) == ["blaze"])
    #expect(await ids("search ceasefire", in: shell, captured) == ["truce"])
    #expect(await ids("search rate", in: shell, captured) == ["rates"])
    #expect(await ids("search rates", in: shell, captured) == ["rates", "plural"])
    #expect(await ids("search fighters", in: shell, captured) == ["blaze"])
  }

  @Test func phrasesMatchConsecutiveWordsAcrossSpacingAndLines() async throws {
    let (shell, captured) = try await Self.shell()
    #expect(await ids("search 'interest rate'", in: shell, captured) == ["rates"])
    #expect(await ids("search \"interest rates\"", in: shell, captured) == ["rates", "plural"])
    #expect(await ids("search 'rates interest'", in: shell, captured).isEmpty)
    #expect(await ids("search 'interest rate' point", in: shell, captured) == ["rates"])
    #expect(await ids("search --any ceasefire blaze", in: shell, captured) == ["truce", "blaze"])
  }

  @Test func accentsAndCaseAreIgnoredInAnyScript() async throws {
    let (shell, captured) = try await Self.shell()
    #expect(await ids("search zurich", in: shell, captured) == ["zurich"])
    #expect(await ids("search Zürich krakow", in: shell, captured) == ["zurich"])
    #expect(await ids("search KRAKÓW", in: shell, captured) == ["zurich"])
  }

  @Test func aTermWithoutWordsIsRefused() async throws {
    let (shell, captured) = try await Self.shell()
    #expect(await shell.execute("search '...'") == false)
    #expect(
      captured.standardError
        == "error: search: '...' has no letters or digits to search for\nsearch '...'\n       ^~~~~\n")
  }
}
