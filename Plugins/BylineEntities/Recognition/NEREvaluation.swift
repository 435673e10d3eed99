/// Precision, recall and F1 of named-entity chunks, scored as conlleval scores them: a chunk
/// is correct only when its span and type both equal a gold chunk's.
public struct NEREvaluation: Hashable, Sendable {
  /// Counts for one type, or for all types together.
  public struct Counts: Hashable, Sendable {
    /// Chunks found that are correct.
    public var correct = 0
    /// Chunks found.
    public var predicted = 0
    /// Chunks in the gold data.
    public var gold = 0
    /// Correct ÷ predicted, 0 when nothing was predicted.
    public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
    /// Correct ÷ gold, 0 when there is no gold chunk.
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    /// The harmonic mean of precision and recall.
    public var f1: Double {
      precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
  }

  /// The counts per type, e.g. `"PER"`.
  public private(set) var byType: [String: Counts] = [:]
  /// The counts over all types.
  public private(set) var overall = Counts()
  /// Tokens whose predicted tag equals the gold tag, and tokens in all.
  public private(set) var correctTokens = 0
  /// The number of tokens scored.
  public private(set) var tokens = 0

  /// An empty evaluation.
  public init() {}

  /// Adds one sentence's gold and predicted tags (any of IOB1, IOB2, BILOU).
  public mutating func add(gold: [String], predicted: [String]) {
    let goldChunks = Set(EntityChunks.chunks(in: gold))
    let predictedChunks = EntityChunks.chunks(in: predicted)
    for chunk in goldChunks {
      byType[chunk.type, default: Counts()].gold += 1
      overall.gold += 1
    }
    for chunk in predictedChunks {
      byType[chunk.type, default: Counts()].predicted += 1
      overall.predicted += 1
      if goldChunks.contains(chunk) {
        byType[chunk.type, default: Counts()].correct += 1
        overall.correct += 1
      }
    }
    let goldTypes = Self.tokenTypes(gold)
    let predictedTypes = Self.tokenTypes(predicted)
    tokens += gold.count
    for index in gold.indices where index < predicted.count && goldTypes[index] == predictedTypes[index] {
      correctTokens += 1
    }
  }

  /// The type of each token's chunk, "O" outside chunks.
  private static func tokenTypes(_ tags: [String]) -> [String] {
    var types = Array(repeating: "O", count: tags.count)
    for chunk in EntityChunks.chunks(in: tags) {
      for index in chunk.tokens { types[index] = chunk.type }
    }
    return types
  }

  /// A report in conlleval's layout.
  public var report: String {
    func percent(_ value: Double) -> String {
      let scaled = (value * 10_000).rounded() / 100
      let text = String(scaled)
      let decimals = text.split(separator: ".").last?.count ?? 0
      return text + String(repeating: "0", count: max(0, 2 - decimals))
    }
    func pad(_ text: String, _ width: Int) -> String {
      String(repeating: " ", count: max(0, width - text.count)) + text
    }
    let accuracy = tokens == 0 ? 0 : Double(correctTokens) / Double(tokens)
    var lines = [
      "processed \(tokens) tokens with \(overall.gold) phrases; found: \(overall.predicted) phrases; "
        + "correct: \(overall.correct).",
      "accuracy: \(pad(percent(accuracy), 6))%; precision: \(pad(percent(overall.precision), 6))%; "
        + "recall: \(pad(percent(overall.recall), 6))%; FB1: \(pad(percent(overall.f1), 6))",
    ]
    for type in byType.keys.sorted() {
      let counts = byType[type]!
      lines.append(
        "\(pad(type, 17)): precision: \(pad(percent(counts.precision), 6))%; "
          + "recall: \(pad(percent(counts.recall), 6))%; FB1: \(pad(percent(counts.f1), 6))  \(counts.predicted)"
      )
    }
    return lines.joined(separator: "\n")
  }
}
