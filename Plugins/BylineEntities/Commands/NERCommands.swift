import BylineCommands
import BylineCore
import Foundation

/// `train ner --data FILE [--dev FILE] [--epochs N] [--output FILE]`.
public struct TrainCommand: ShellCommand {
  public static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Train a named-entity model on annotated data in the CoNLL format.",
    discussion: """
      The data has one token per line, the token first and its tag last (IOB1, IOB2 or BILOU), \
      a blank line between sentences and optionally '-DOCSTART-' lines between documents. With \
      --dev, the number of passes is chosen on that data. Use the model with \
      'set entities.model FILE' or 'eval ner --model FILE'.
      """)
  public static let examples = [
    "train ner --data eng.train --dev eng.testa --output my-model.bin",
    "train ner --data mine.conll --epochs 8",
  ]

  @Argument(help: "What to train: ner.")
  public var task: NERTask

  @Option(help: "Annotated training data (CoNLL format).")
  public var data: String

  @Option(help: "Annotated development data, to choose the number of passes.")
  public var dev: String?

  @Option(help: "Passes over the training data (the best on --dev is kept).")
  public var epochs = 20

  @Option(help: "Where to write the model.")
  public var output = "ner-model.bin"

  @Option(help: "Leave out features seen fewer times than this in the training data.")
  public var minCount = 3

  @Option(help: "Tag each document once (1) or twice (2, the second time with document-wide votes).")
  public var documentPasses = 1

  @Option(help: "Seed of the order documents are visited in.")
  public var seed: UInt64 = 1

  public init() {}

  public func validate() throws {
    guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
    guard minCount >= 1 else { throw ValidationError("--min-count must be at least 1") }
    guard documentPasses == 1 || documentPasses == 2 else {
      throw ValidationError("--document-passes must be 1 or 2")
    }
  }

  public func run(in context: CommandContext) async throws -> CommandValue {
    let training = try NERDataFiles.read(data, context: context)
    let development = try dev.map { try NERDataFiles.read($0, context: context) } ?? []
    let trainer = NERTrainer(
      options: NERTrainer.Options(
        epochs: epochs, seed: seed, minimumFeatureCount: minCount, documentPasses: documentPasses))
    let started = Date()
    var model = try trainer.train(on: training, development: development) { report in
      var line = "epoch \(report.epoch): \(report.mistakes) sentences wrong"
      if let f1 = report.developmentF1 { line += String(format: ", development F1 %.2f", f1 * 100) }
      context.diagnose(line)
    }
    var metadata = model.metadata
    metadata["trainingData"] = (data as NSString).lastPathComponent
    if let dev { metadata["developmentData"] = (dev as NSString).lastPathComponent }
    model = model.withMetadata(metadata)
    try model.write(to: URL(fileURLWithPath: output))
    let seconds = Date().timeIntervalSince(started)
    let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
    return .message(
      String(
        format: "wrote %@ (%d features, %.1f MB, %@ passes) in %.0f s", output, model.featureCount,
        Double(size) / 1_000_000, metadata["epochs"] ?? "?", seconds))
  }
}

/// `eval ner --data FILE [--model FILE] [--predictions OUT]`.
public struct EvalCommand: ShellCommand {
  public static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score the named-entity model on annotated data: precision, recall and F1 per type.",
    discussion: """
      Entities count as correct only when span and type both match, as conlleval counts them. \
      --predictions writes the data back with the predicted tag appended to each line, for \
      conlleval to check.
      """)
  public static let examples = [
    "eval ner --data eng.testb", "eval ner --data eng.testb --predictions out.conll --model my-model.bin",
  ]

  @Argument(help: "What to evaluate: ner.")
  public var task: NERTask

  @Option(help: "Annotated data (CoNLL format).")
  public var data: String

  @Option(help: "A model file from 'train ner' (default: the bundled model).")
  public var model: String?

  @Option(help: "Write the data with a predicted-tag column appended here.")
  public var predictions: String?

  public init() {}

  public func run(in context: CommandContext) async throws -> CommandValue {
    let documents = try NERDataFiles.read(data, context: context)
    let recognizer = try NERDataFiles.recognizer(model)
    let predicted = recognizer.predictions(for: documents)
    var evaluation = NEREvaluation()
    for (document, tags) in zip(documents, predicted) {
      for (sentence, sentenceTags) in zip(document.sentences, tags) {
        evaluation.add(gold: sentence.tags, predicted: sentenceTags)
      }
    }
    if let predictions {
      try CoNLLFormat.write(documents, appending: predicted).write(
        toFile: predictions, atomically: true, encoding: .utf8)
    }
    func row(_ type: String, _ counts: NEREvaluation.Counts) -> [JSONValue] {
      [
        .string(type), .number(Self.percent(counts.precision)), .number(Self.percent(counts.recall)),
        .number(Self.percent(counts.f1)), .number(Double(counts.gold)), .number(Double(counts.predicted)),
        .number(Double(counts.correct)),
      ]
    }
    let rows =
      evaluation.byType.keys.sorted().map { row($0, evaluation.byType[$0]!) } + [
        row("overall", evaluation.overall)
      ]
    return .table(
      DataTable(columns: ["type", "precision", "recall", "f1", "gold", "predicted", "correct"], rows: rows))
  }

  static func percent(_ value: Double) -> Double { (value * 10_000).rounded() / 100 }
}

/// Reading annotated files and models for the commands.
enum NERDataFiles {
  static func read(_ path: String, context: CommandContext) throws -> [CoNLLDocument] {
    let url = URL(fileURLWithPath: path)
    guard FileManager.default.fileExists(atPath: url.path) else {
      throw BylineError(.notFound, "\(path): no such file")
    }
    let (documents, problems) = try CoNLLFormat.read(contentsOf: url)
    for problem in problems.prefix(20) { context.diagnose(problem.description) }
    if problems.count > 20 { context.diagnose("\(path): \(problems.count - 20) more problems not shown") }
    guard !documents.isEmpty else { throw BylineError(.invalidData, "\(path): no annotated sentences") }
    return documents
  }

  static func recognizer(_ path: String?) throws -> EntityRecognizer {
    if let path { return EntityRecognizer(model: try NERModel(contentsOf: URL(fileURLWithPath: path))) }
    guard let bundled = EntityRecognizer.bundled else {
      throw BylineError(.unavailable, "the bundled model is missing", hint: "give --model FILE")
    }
    return bundled
  }
}

extension NERModel {
  /// The same model with other metadata.
  func withMetadata(_ metadata: [String: String]) -> NERModel {
    NERModel(
      labels: labels, transitions: transitions, scale: scale, hashes: table.hashesInRowOrder,
      rowStarts: rowStarts, entryLabels: entryLabels, entryValues: entryValues, metadata: metadata)
  }
}

/// What `train` and `eval` work on; named-entity recognition is the one task so far.
public enum NERTask: String, CaseIterable, Sendable, ExpressibleByArgument {
  /// Named-entity recognition.
  case ner
}
