import BylineCore
import Foundation
import Synchronization

/// Trains a ``NERModel`` from annotated documents with the averaged structured perceptron:
/// each sentence is decoded with the current weights (Viterbi under BILOU constraints, with the
/// document history the recognizer uses), and where the decoded labels differ from the gold
/// ones the gold features gain weight and the decoded ones lose it. The averaged weights are
/// kept; with development data, the epoch that scores best on it is the one kept.
public struct NERTrainer: Sendable {
  /// How training runs.
  public struct Options: Sendable {
    /// Passes over the training data.
    public var epochs = 20
    /// Seed of the order in which documents are visited in each pass.
    public var seed: UInt64 = 1
    /// Features seen fewer times than this in training are left out.
    public var minimumFeatureCount = 3
    /// 2 to train the model to tag each document twice, the second time knowing what every
    /// occurrence of each word was tagged as the first time; 1 for a single pass.
    public var documentPasses = 1
    /// Creates options.
    public init(epochs: Int = 20, seed: UInt64 = 1, minimumFeatureCount: Int = 3, documentPasses: Int = 1) {
      self.epochs = epochs
      self.seed = seed
      self.minimumFeatureCount = minimumFeatureCount
      self.documentPasses = max(1, min(2, documentPasses))
    }
  }

  /// What one pass achieved.
  public struct EpochReport: Hashable, Sendable {
    /// The pass, from 1.
    public var epoch: Int
    /// Training sentences whose decoded labels were wrong somewhere.
    public var mistakes: Int
    /// Entity F1 on the development data with the averaged weights, when there is any.
    public var developmentF1: Double?
  }

  /// The options.
  public var options: Options
  let extractor: NERFeatureExtractor

  /// Creates a trainer that uses `gazetteer` and `clusters` for features.
  public init(
    gazetteer: Gazetteer = .bundled, clusters: WordClusters = .bundled, options: Options = Options()
  ) {
    self.options = options
    self.extractor = NERFeatureExtractor(gazetteer: gazetteer, clusters: clusters)
  }

  /// Trains on `documents`, choosing the number of passes on `development` when given.
  /// - Parameter progress: called after each pass.
  /// - Throws: `CancellationError` when the task is cancelled; ``BylineError`` (code ``BylineError/Code/invalidData``) when the
  ///   data has no entities.
  public func train(
    on documents: [CoNLLDocument], development: [CoNLLDocument] = [],
    progress: (EpochReport) -> Void = { _ in }
  ) throws -> NERModel {
    let types = try Self.entityTypes(in: documents)
    let labels = LabelSet(types: types)
    let prepared = documents.map { document in
      PreparedDocument(sentences: document.sentences.map(\.tokens), extractor: extractor)
    }
    let gold = documents.map { $0.sentences.map { labels.indexes(of: $0.tags) } }
    let table = featureTable(prepared, types: types)
    let staticIDs: [[[[Int32]]]] = prepared.map { document in
      document.features.map { sentence in
        (0..<sentence.count).map { sentence[$0].compactMap { table.ids[$0] } }
      }
    }
    var perceptron = PerceptronWeights(features: table.hashes.count, labels: labels.count)
    var generator = SplitMix64(seed: options.seed)
    var best: (f1: Double, model: NERModel)?
    let metadata = [
      "trainingSentences": String(gold.reduce(0) { $0 + $1.count }),
      "documentPasses": String(options.documentPasses),
    ]
    func averagedModel(epoch: Int) -> NERModel {
      let averaged = perceptron.averaged()
      return NERModel(
        labels: labels, hashes: table.hashes, weights: averaged.weights, transitions: averaged.transitions,
        metadata: metadata.merging(["epochs": String(epoch)]) { first, _ in first })
    }
    for epoch in 1...max(1, options.epochs) {
      try Task.checkCancellation()
      var mistakes = 0
      var order = Array(prepared.indices)
      order.shuffle(using: &generator)
      for documentIndex in order {
        mistakes += learn(
          from: prepared[documentIndex], staticIDs: staticIDs[documentIndex], gold: gold[documentIndex],
          ids: table.ids, labels: labels, perceptron: &perceptron)
      }
      var report = EpochReport(epoch: epoch, mistakes: mistakes, developmentF1: nil)
      if !development.isEmpty {
        let model = averagedModel(epoch: epoch)
        let f1 = EntityRecognizer(model: model, extractor: extractor).evaluate(development).overall.f1
        report.developmentF1 = f1
        if best == nil || f1 > best!.f1 { best = (f1, model) }
      }
      progress(report)
    }
    if let best { return best.model }
    return averagedModel(epoch: options.epochs)
  }

  /// The entity types of `documents`, sorted.
  /// - Throws: ``BylineError`` (code ``BylineError/Code/invalidData``) when there are none or more than 60.
  private static func entityTypes(in documents: [CoNLLDocument]) throws -> [String] {
    let types = Set(
      documents.flatMap { $0.sentences.flatMap { EntityChunks.chunks(in: $0.tags).map(\.type) } }
    )
    .sorted()
    guard !types.isEmpty else {
      throw BylineError(
        .invalidData, "the training data has no entities",
        hint: "tag entities in the last column (B-PER, I-ORG, ...); a file of only O tags cannot train")
    }
    guard types.count <= 60 else {
      throw BylineError(
        .invalidData, "too many entity types (\(types.count))", hint: "a model holds at most 60 entity types")
    }
    return types
  }

  /// Feature ids: history features first, then every static feature seen often enough, in
  /// order of hash.
  private func featureTable(
    _ prepared: [PreparedDocument], types: [String]
  ) -> (ids: [UInt64: Int32], hashes: [UInt64]) {
    var counts: [UInt64: Int] = [:]
    for document in prepared {
      for sentence in document.features { for hash in sentence.hashes { counts[hash, default: 0] += 1 } }
    }
    var ids: [UInt64: Int32] = [:]
    var hashes: [UInt64] = []
    for hash in NERFeatureExtractor.allHistoryFeatures(types: types) where ids[hash] == nil {
      ids[hash] = Int32(hashes.count)
      hashes.append(hash)
    }
    for (hash, count) in counts.sorted(by: { $0.key < $1.key }) where count >= options.minimumFeatureCount {
      if ids[hash] == nil {
        ids[hash] = Int32(hashes.count)
        hashes.append(hash)
      }
    }
    return (ids, hashes)
  }

  /// Tags `document` with the current weights and updates them where a sentence's labels
  /// differ from `gold`; returns the number of sentences wrong in the last document pass.
  private func learn(
    from document: PreparedDocument, staticIDs: [[[Int32]]], gold: [[Int]], ids: [UInt64: Int32],
    labels: LabelSet, perceptron: inout PerceptronWeights
  ) -> Int {
    var mistakes = 0
    var calls = 0
    _ = document.tag(labels: labels, passes: options.documentPasses) { sentenceIndex, history in
      calls += 1
      let isLastPass = calls > document.tokens.count * (options.documentPasses - 1)
      let sentenceIDs = staticIDs[sentenceIndex]
      let goldPath = gold[sentenceIndex]
      let features = sentenceIDs.indices.map { position in
        sentenceIDs[position] + history[position].compactMap { ids[$0] }
      }
      let path = SequenceDecoding.viterbi(
        emissions: perceptron.emissions(features), count: features.count, labels: labels,
        transitions: perceptron.transitions)
      if path != goldPath {
        if isLastPass { mistakes += 1 }
        perceptron.update(features, predicted: path, gold: goldPath)
      }
      perceptron.step += 1
      return path
    }
    return mistakes
  }
}

/// A small, fast, seedable random number generator, so that training is repeatable.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

extension EntityRecognizer {
  init(model: NERModel, extractor: NERFeatureExtractor) {
    self.model = model
    self.extractor = extractor
  }

  /// Tags `documents` and scores the result against their tags, as conlleval would.
  public func evaluate(_ documents: [CoNLLDocument]) -> NEREvaluation {
    var evaluation = NEREvaluation()
    for (document, tagged) in zip(documents, predictions(for: documents)) {
      for (sentence, predicted) in zip(document.sentences, tagged) {
        evaluation.add(gold: sentence.tags, predicted: predicted)
      }
    }
    return evaluation
  }

  /// The predicted tags of every token, in IOB1 like the CoNLL-2003 data, documents in parallel.
  public func predictions(for documents: [CoNLLDocument]) -> [[[String]]] {
    let results = ResultSlots<[[String]]>(count: documents.count)
    DispatchQueue.concurrentPerform(iterations: documents.count) { index in
      let tagged = tag(document: documents[index].sentences.map(\.tokens), confidences: false)
      results.set(index, tagged.map { EntityChunks.iob1($0.chunks, count: $0.tags.count) })
    }
    return results.values
  }
}

/// Slots that concurrent workers fill, one slot each.
final class ResultSlots<Value: Sendable>: Sendable {
  private let slots: Mutex<[Value?]>
  init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }
  func set(_ index: Int, _ value: Value) { slots.withLock { $0[index] = value } }
  var values: [Value] { slots.withLock { $0.map { $0! } } }
}
