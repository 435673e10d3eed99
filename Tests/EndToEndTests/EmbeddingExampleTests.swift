import Foundation
import Testing

/// README's Swift example is `Examples/Embedding/main.swift`, word for word, and it works: it
/// builds (as the `embedding-example` target), reads the sample corpus from anywhere, gives the
/// articles' real titles, and exits non-zero on a path it cannot read.
@Suite struct EmbeddingExampleTests {
  static let source = packageRoot.appendingPathComponent("Examples/Embedding/main.swift")

  /// The contents of README's fenced `swift` blocks.
  static func readmeSwiftBlocks() throws -> [String] {
    let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    var blocks: [String] = []
    var current: [String]?
    for line in readme.components(separatedBy: "\n") {
      if current == nil, line == "```swift" {
        current = []
      } else if current != nil, line == "```" {
        blocks.append(current!.map { $0 + "\n" }.joined())
        current = nil
      } else {
        current?.append(line)
      }
    }
    return blocks
  }

  @Test func readmeShowsTheExampleExactly() throws {
    let source = try String(contentsOf: Self.source, encoding: .utf8)
    let blocks = try Self.readmeSwiftBlocks()
    #expect(
      blocks.contains(source),
      "README.md has no swift block equal to Examples/Embedding/main.swift; copy the file into README")
  }

  @Test func runsOutsideTheCloneOnTheSampleCorpus() throws {
    let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent(
      "byline-embed-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: elsewhere) }
    let run = try runProcess(builtExecutable("embedding-example"), [], directory: elsewhere)
    #expect(run.status == 0, "\(run.error)")
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 15, "\(run.output)")
    // Each line is a tone, then the title the parsing plugin found, not the page's furniture.
    #expect(lines.allSatisfy { $0.range(of: #"^[+-]\d\.\d\d "#, options: .regularExpression) != nil })
    #expect(
      lines.contains {
        $0.hasSuffix(" Interest rates rise to 4.25% as Reserve Bank acts on ‘stubborn’ inflation")
      })
    #expect(
      lines.contains {
        $0.hasSuffix(" Thousands evacuated as fire tears through Norvane chemical plant on Eastquay")
      })
    #expect(!run.output.contains("Skip to content"))
  }

  @Test func aPathItCannotReadIsNamedAndFails() throws {
    let run = try runProcess(builtExecutable("embedding-example"), ["no/such/folder"], directory: packageRoot)
    #expect(run.status == 1)
    #expect(run.error == "no/such/folder: error: no such file or directory\n")
    #expect(run.output.isEmpty)
  }
}
