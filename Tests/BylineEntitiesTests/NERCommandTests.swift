import BylineCore
import BylineEntities
import BylineParsing
import BylineShell
import BylineTesting
import Foundation
import Testing

@Suite struct NERCommandTests {
  /// A fresh temporary directory with the tiny corpus as `train.conll`.
  private func directory() throws -> String {
    let directory = NSTemporaryDirectory() + "byline-ner-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try TinyNERCorpus.text.write(toFile: directory + "/train.conll", atomically: true, encoding: .utf8)
    return directory
  }

  private func shell() async throws -> (Shell, CapturedOutput) {
    let harness = try await ShellHarness(plugins: [ParsingPlugin(), EntitiesPlugin(gazetteer: Gazetteer())])
    return (harness.shell, harness.captured)
  }

  @Test func trainsThenEvaluatesAModel() async throws {
    let directory = try directory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (shell, captured) = try await shell()
    let data = directory + "/train.conll"
    let model = directory + "/model.bin"
    #expect(
      await shell.execute("train ner --data \(data) --dev \(data) --epochs 3 --output \(model)"),
      "\(captured.standardError)")
    #expect(captured.standardOutput.hasPrefix("wrote \(model) ("))
    for epoch in 1...3 { #expect(captured.standardError.contains("epoch \(epoch): ")) }
    #expect(captured.standardError.contains("development F1"))
    let trained = try NERModel(contentsOf: URL(fileURLWithPath: model))
    #expect(trained.types == ["LOC", "MISC", "ORG", "PER"])
    #expect(trained.metadata["trainingData"] == "train.conll")
    #expect(trained.metadata["developmentData"] == "train.conll")

    captured.reset()
    let predictions = directory + "/predictions.conll"
    #expect(
      await shell.execute(
        "eval ner --data \(data) --model \(model) --predictions \(predictions) --format json"),
      "\(captured.standardError)")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(captured.standardOutput.utf8)) as? [[String: Any]])
    #expect(rows.compactMap { $0["type"] as? String } == ["LOC", "MISC", "ORG", "PER", "overall"])
    #expect(
      Set(rows[0].keys) == ["type", "precision", "recall", "f1", "gold", "predicted", "correct"])
    let overall = try #require(rows.last)
    let gold = TinyNERCorpus.conll.flatMap(\.sentences).map { EntityChunks.chunks(in: $0.tags).count }
    #expect(overall["gold"] as? Double == Double(gold.reduce(0, +)))
    let f1 = try #require(overall["f1"] as? Double)
    #expect(f1 > 50 && f1 <= 100)

    let input = try String(contentsOfFile: data, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    let output = try String(contentsOfFile: predictions, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    #expect(output.count == input.count)
    for (given, written) in zip(input, output) where !given.isEmpty && !given.hasPrefix("-DOCSTART-") {
      let givenFields = given.split(separator: " ")
      let writtenFields = written.split(separator: " ")
      #expect(writtenFields.count == givenFields.count + 1, "\(written)")
      #expect(Array(writtenFields.dropLast()) == givenFields)
    }
  }

  @Test func predictionsKeepTheLayoutOfAFileWithoutDocstart() async throws {
    let directory = try directory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let model = directory + "/model.bin"
    try TinyNERCorpus.model.write(to: URL(fileURLWithPath: model))
    let data = directory + "/plain.conll"
    let text = "Mr NNP O\nBrandt NNP I-PER\nsaid VBD O\n\nTolvane NNP I-LOC\nwaited VBD O\n\n"
    try text.write(toFile: data, atomically: true, encoding: .utf8)
    let predictions = directory + "/predictions.conll"
    let (shell, captured) = try await shell()
    #expect(
      await shell.execute("eval ner --data \(data) --model \(model) --predictions \(predictions)"),
      "\(captured.standardError)")
    let written = try String(contentsOfFile: predictions, encoding: .utf8)
    let lines = written.split(separator: "\n", omittingEmptySubsequences: false)
    let given = text.split(separator: "\n", omittingEmptySubsequences: false)
    try #require(lines.count == given.count, "\(written)")
    #expect(lines.first?.hasPrefix("Mr NNP O ") == true)
    for (line, input) in zip(lines, given) where !input.isEmpty {
      #expect(line.split(separator: " ").count == input.split(separator: " ").count + 1)
    }
  }

  @Test func theDefaultTableHasARowPerTypeAndOverall() async throws {
    let directory = try directory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let model = directory + "/model.bin"
    try TinyNERCorpus.model.write(to: URL(fileURLWithPath: model))
    let (shell, captured) = try await shell()
    #expect(
      await shell.execute("eval ner --data \(directory)/train.conll --model \(model)"),
      "\(captured.standardError)")
    let lines = captured.standardOutput.split(separator: "\n").map(String.init)
    for name in ["type", "LOC", "MISC", "ORG", "PER", "overall"] {
      #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix(name) }, "no row \(name)")
    }
  }

  @Test func aMissingFileIsNamed() async throws {
    let directory = try directory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (shell, captured) = try await shell()
    let missing = directory + "/missing.conll"
    #expect(await shell.execute("train ner --data \(missing) --output \(directory)/m.bin") == false)
    #expect(captured.standardError.contains("\(missing): no such file"))
    #expect(!FileManager.default.fileExists(atPath: directory + "/m.bin"))
    captured.reset()
    #expect(await shell.execute("eval ner --data \(missing) --model \(directory)/m.bin") == false)
    #expect(captured.standardError.contains("\(missing): no such file"))
  }

  @Test func aMalformedLineIsReportedAndTheRestTrains() async throws {
    let directory = try directory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var lines = TinyNERCorpus.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines.insert("Vesk X-PER", at: 4)
    lines.insert("lonely", at: 9)
    let data = directory + "/broken.conll"
    try lines.joined(separator: "\n").write(toFile: data, atomically: true, encoding: .utf8)
    let (shell, captured) = try await shell()
    let model = directory + "/model.bin"
    #expect(
      await shell.execute("train ner --data \(data) --epochs 1 --output \(model)"),
      "\(captured.standardError)")
    #expect(captured.standardError.contains("\(data):5:6: error: 'X-PER' is not a named-entity tag"))
    #expect(captured.standardError.contains("\(data):10:7: error: expected a token and a tag"))
    #expect(try NERModel(contentsOf: URL(fileURLWithPath: model)).types == ["LOC", "MISC", "ORG", "PER"])
  }

  @Test func anUnknownTaskIsAUsageError() async throws {
    let directory = try directory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (shell, captured) = try await shell()
    #expect(await shell.execute("train pos --data \(directory)/train.conll") == false)
    #expect(captured.standardError.contains("error: train: The value 'pos' is invalid for '<task>'"))
    #expect(captured.standardError.contains("usage: train"))
    captured.reset()
    #expect(await shell.execute("eval pos --data \(directory)/train.conll") == false)
    #expect(captured.standardError.contains("error: eval: The value 'pos' is invalid for '<task>'"))
    #expect(captured.standardError.contains("usage: eval"))
    captured.reset()
    #expect(await shell.execute("train ner --data \(directory)/train.conll --epochs 0") == false)
    #expect(captured.standardError.contains("--epochs must be at least 1"))
  }
}
