import Foundation
import Testing

/// One example line from `help COMMAND`.
struct HelpExample: Sendable, CustomTestStringConvertible {
  /// The command whose help shows it.
  var command: String
  /// The example command line.
  var line: String

  var testDescription: String { "help \(command): \(line)" }

  /// Every example of every command, read from the built `byline`'s own `help`, so examples
  /// that commands and plugins add later are covered too.
  static let all: [HelpExample] = {
    guard let overview = try? runByline(["-c", "help"]), overview.status == 0 else { return [] }
    // The command list: lines of two spaces, a name, then its abstract.
    let names = overview.output.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
      return line.split(separator: " ").first.map(String.init)
    }
    return names.flatMap { name -> [HelpExample] in
      guard let help = try? runByline(["-c", "help \(name)"]), help.status == 0,
        let section = help.output.range(of: "\nEXAMPLES:\n")
      else { return [] }
      return help.output[section.upperBound...].split(separator: "\n")
        .prefix { $0.hasPrefix("  ") }
        .map { HelpExample(command: name, line: $0.trimmingCharacters(in: .whitespaces)) }
    }
  }()
}

/// Every example that `help COMMAND` shows runs on the sample corpus (in an
/// ``ExampleWorkspace``, where the files examples name exist) and succeeds.
@Suite struct HelpExamplesTests {
  @Test func everyCommandShowsExamples() {
    let commands = Set(HelpExample.all.map(\.command))
    for name in ["load", "filter", "search", "stats", "sentiment", "entities", "compare", "eval-timex"] {
      #expect(commands.contains(name), "help \(name) shows no examples")
    }
  }

  @Test(arguments: HelpExample.all)
  func runsOnTheSampleCorpus(_ example: HelpExample) throws {
    let workspace = try ExampleWorkspace()
    defer { workspace.remove() }
    let result = try runProcess(
      bylineExecutable, ["Examples/corpus", "-c", example.line], directory: workspace.directory,
      environment: ["HOME": workspace.home.path])
    #expect(result.status == 0, "\(example.testDescription)\n\(result.error)")
    let message = Comment(
      rawValue:
        "\(example.testDescription) shows nothing on the sample corpus\n\(result.output)\n\(result.error)")
    #expect(Self.showsSomething(example.line, result), message)
  }

  /// Whether an example's run shows something: rows of data or text (more than a table's
  /// header, more than an empty JSON array), or a file written. Changing a setting and leaving
  /// print nothing by design.
  static func showsSomething(_ line: String, _ result: ProcessResult) -> Bool {
    let words = line.split(separator: " ")
    if words.first == "quit" || words.first == "exit" || (words.first == "set" && words.count >= 3) {
      return true
    }
    if result.error.contains("wrote ") || result.output.hasPrefix("wrote ") { return true }
    let lines = result.output.split(separator: "\n").filter {
      !$0.trimmingCharacters(in: .whitespaces).isEmpty
    }
    return lines.count >= 2 && result.output != "[]\n"
  }
}
