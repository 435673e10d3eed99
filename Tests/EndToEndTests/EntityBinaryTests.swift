import Foundation
import Testing

/// The entity commands through the built `byline` binary: one command per run, as in
/// `byline entities --top 3` or `byline --empty eval ner --data FILE`.
@Suite struct EntityBinaryTests {
  /// A few invented newswire sentences in the CoNLL-2003 layout (token, part of speech, chunk,
  /// IOB1 tag), with every entity type.
  static let conll = """
    -DOCSTART- -X- -X- O

    Mayor NNP I-NP O
    Ingrid NNP I-NP I-PER
    Dravnik NNP I-NP I-PER
    said VBD I-VP O
    on IN I-PP O
    Tuesday NNP I-NP O
    that IN I-SBAR O
    the DT I-NP O
    barrier NN I-NP O
    in IN I-PP O
    Vennhold NNP I-NP I-LOC
    had VBD I-VP O
    failed VBN I-VP O
    . . O O

    The DT I-NP O
    Coastal NNP I-NP I-ORG
    Works NNP I-NP I-ORG
    Agency NNP I-NP I-ORG
    said VBD I-VP O
    it PRP I-NP O
    would MD I-VP O
    inspect VB I-VP O
    the DT I-NP O
    barrier NN I-NP O
    . . O O

    Oscar NNP I-NP I-PER
    Brenvik NNP I-NP I-PER
    , , O O
    a DT I-NP O
    Vennholder JJ I-NP I-MISC
    engineer NN I-NP O
    , , O O
    said VBD I-VP O
    the DT I-NP O
    damage NN I-NP O
    was VBD I-VP O
    serious JJ I-ADJP O
    . . O O

    Judge NNP I-NP O
    Helga NNP I-NP I-PER
    Quist NNP I-NP I-PER
    met VBD I-VP O
    Martin NNP I-NP I-PER
    Sorell NNP I-NP I-PER
    in IN I-PP O
    Ostervale NNP I-NP I-LOC
    on IN I-PP O
    Thursday NNP I-NP O
    . . O O

    """

  /// A fresh temporary directory holding the CoNLL data as `data.conll`.
  private func directory() throws -> String {
    let directory = NSTemporaryDirectory() + "byline-entity-binary-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try Self.conll.write(toFile: directory + "/data.conll", atomically: true, encoding: .utf8)
    return directory
  }

  /// The rows of a plain table whose first cell is `name`.
  private func rows(named name: String, in table: String) -> [String] {
    table.split(separator: "\n").map(String.init).filter {
      $0.split(separator: " ").first.map(String.init) == name
    }
  }

  @Test func listsTheTopEntitiesOfTheSampleCorpusAsJSON() throws {
    let run = try runByline(["Examples/corpus", "-c", "entities --top 3 --format json"])
    #expect(run.status == 0, "\(run.error)")
    let entities = try jsonArray(run.output)
    #expect(entities.count == 3)
    for entity in entities {
      #expect(
        Set(entity.keys) == [
          "id", "name", "kind", "aliases", "mentions", "articles", "kbIds", "tone", "roles",
        ])
      #expect((entity["name"] as? String)?.isEmpty == false)
      #expect((entity["mentions"] as? Int ?? 0) >= 1)
    }
    let mentions = entities.compactMap { $0["mentions"] as? Int }
    #expect(mentions == mentions.sorted(by: >))
  }

  @Test func evaluatesTheBundledModelOnACoNLLFile() throws {
    let directory = try directory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = try runByline(["--empty", "eval", "ner", "--data", directory + "/data.conll"])
    #expect(run.status == 0, "\(run.error)")
    let header = try #require(run.output.split(separator: "\n").first.map(String.init))
    for column in ["type", "precision", "recall", "f1", "gold", "predicted", "correct"] {
      #expect(header.contains(column), "no column \(column) in \(header)")
    }
    let overall = rows(named: "overall", in: run.output)
    #expect(overall.count == 1, "\(run.output)")
    // Eight entities are annotated: four people, two places, one organisation, one other.
    let columns = header.split(separator: " ")
    let cells = try #require(overall.first?.split(separator: " "))
    try #require(cells.count == columns.count, "\(run.output)")
    let gold = try #require(columns.firstIndex(of: "gold"))
    #expect(cells[gold] == "8", "\(run.output)")
    for type in ["LOC", "MISC", "ORG", "PER"] {
      #expect(rows(named: type, in: run.output).count == 1, "no row \(type) in \(run.output)")
    }
  }

  @Test func aMissingDataFileIsNamedAndFails() throws {
    let run = try runByline(["--empty", "eval", "ner", "--data", "/nonexistent"])
    #expect(run.status != 0)
    #expect(run.error.contains("/nonexistent"))
    #expect(run.output.isEmpty)
  }

  @Test func trainsAModelThatEvaluationThenUses() throws {
    let directory = try directory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let data = directory + "/data.conll"
    let model = directory + "/model.bin"
    let trained = try runByline([
      "--empty", "train", "ner", "--data", data, "--epochs", "2", "--output", model,
    ])
    #expect(trained.status == 0, "\(trained.error)")
    #expect(trained.output.hasPrefix("wrote \(model)"))
    #expect(trained.error.contains("epoch 1: ") && trained.error.contains("epoch 2: "))
    let attributes = try FileManager.default.attributesOfItem(atPath: model)
    #expect((attributes[.size] as? Int ?? 0) > 0)

    let evaluated = try runByline([
      "--empty", "eval", "ner", "--data", data, "--model", model, "--format", "json",
    ])
    #expect(evaluated.status == 0, "\(evaluated.error)")
    let rows = try jsonArray(evaluated.output)
    #expect(rows.compactMap { $0["type"] as? String } == ["LOC", "MISC", "ORG", "PER", "overall"])
    let overall = try #require(rows.last)
    #expect(overall["gold"] as? Int == 8)
    let f1 = try #require(overall["f1"] as? Double)
    #expect(f1 > 0 && f1 <= 100)
  }
}
