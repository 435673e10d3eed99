/// A document made ready for tagging: its tokens prepared and their static features extracted.
struct PreparedDocument: Sendable {
  var tokens: [[NERFeatureExtractor.PreparedToken]]
  var features: [SentenceFeatures]

  init(sentences: [[String]], extractor: NERFeatureExtractor) {
    // Words repeat within a document; each spelling is prepared once.
    var prepared: [String: NERFeatureExtractor.PreparedToken] = [:]
    let tokens = sentences.map { sentence in
      sentence.map { word in
        if let known = prepared[word] { return known }
        let token = NERFeatureExtractor.prepare(word)
        prepared[word] = token
        return token
      }
    }
    let context = NERFeatureExtractor.documentContext(tokens)
    self.tokens = tokens
    features = tokens.indices.map { index in
      // Once the task is cancelled the rest get no features; the caller discards the result.
      if Task.isCancelled {
        return SentenceFeatures(hashes: [], starts: Array(repeating: 0, count: tokens[index].count + 1))
      }
      return extractor.features(of: tokens[index], headline: context.headlines[index], document: context)
    }
  }

  /// Tags the sentences in order, feeding each sentence the history of what earlier sentences'
  /// words were tagged as. With `passes` 2, the document is then tagged again, each word also
  /// told what its other occurrences anywhere in the document were tagged as the first time.
  /// `decode` gets the sentence's index and its extra features per token and returns one label
  /// per token; the last pass's labels are returned.
  func tag(
    labels: LabelSet, passes: Int = 1, decode: (_ sentence: Int, _ extra: [[UInt64]]) -> [Int]
  ) -> [[Int]] {
    var history: [String: [String: Int]] = [:]
    var result: [[Int]] = []
    result.reserveCapacity(tokens.count)
    for (index, sentence) in tokens.enumerated() {
      let historyFeatures = sentence.indices.map {
        NERFeatureExtractor.historyFeatures(sentence, at: $0, history: history)
      }
      let path = decode(index, historyFeatures)
      for (position, token) in sentence.enumerated() where token.isCapitalised || token.isAllCaps {
        history[token.lower, default: [:]][labels.type(of: path[position]) ?? "O", default: 0] += 1
      }
      result.append(path)
    }
    guard passes > 1 else { return result }
    // `history` now holds every occurrence's first-pass type.
    var second: [[Int]] = []
    second.reserveCapacity(tokens.count)
    for (index, sentence) in tokens.enumerated() {
      let extra = sentence.indices.map { position -> [UInt64] in
        let token = sentence[position]
        guard token.isCapitalised || token.isAllCaps, var votes = history[token.lower] else { return [] }
        let own = labels.type(of: result[index][position]) ?? "O"
        votes[own, default: 0] -= 1
        return NERFeatureExtractor.documentVoteFeatures(votes.filter { $0.value > 0 })
      }
      second.append(decode(index, extra))
    }
    return second
  }
}

/// Tags token sequences with a trained ``NERModel``.
public struct EntityRecognizer: Sendable {
  /// The model.
  public let model: NERModel
  let extractor: NERFeatureExtractor

  /// Creates a recognizer with `model` and the gazetteer and word clusters it was trained with.
  public init(model: NERModel, gazetteer: Gazetteer = .bundled, clusters: WordClusters = .bundled) {
    self.model = model
    self.extractor = NERFeatureExtractor(gazetteer: gazetteer, clusters: clusters)
  }

  /// The recognizer with the bundled English model, or `nil` if the model is missing.
  public static let bundled: EntityRecognizer? = NERModel.bundled.map { EntityRecognizer(model: $0) }

  /// One tagged sentence: a BILOU tag and a confidence per token.
  public struct TaggedSentence: Hashable, Sendable {
    /// BILOU tags, e.g. `B-PER`, `L-PER`, `U-LOC`, `O`.
    public var tags: [String]
    /// The probability of each token's tag under the model, from 0 to 1.
    public var confidences: [Double]
    /// The entities: spans of tokens with a type.
    public var chunks: [TaggedChunk] { EntityChunks.chunks(in: tags) }
  }

  /// Tags the sentences of one document (its words already split into tokens), in order: later
  /// sentences use what earlier ones were tagged as.
  /// - Parameter confidences: whether to compute each tag's probability (forward–backward);
  ///   without it every confidence is 1.
  public func tag(document sentences: [[String]], confidences wantsConfidences: Bool = true)
    -> [TaggedSentence]
  {
    let prepared = PreparedDocument(sentences: sentences, extractor: extractor)
    var confidences: [[Double]] = []
    let staticEmissions = prepared.features.map(model.emissions)
    let passes = model.documentPasses
    var calls = 0
    let paths = prepared.tag(labels: model.labels, passes: passes) { index, extra in
      // Once the task is cancelled the rest is left untagged; the caller discards the result.
      if Task.isCancelled {
        calls += 1
        if calls > prepared.tokens.count * (passes - 1) {
          confidences.append(Array(repeating: 1, count: extra.count))
        }
        return Array(repeating: 0, count: extra.count)
      }
      var emissions = staticEmissions[index]
      model.addEmissions(&emissions, extra)
      let path = SequenceDecoding.viterbi(
        emissions: emissions, count: extra.count, labels: model.labels, transitions: model.transitions)
      calls += 1
      if calls > prepared.tokens.count * (passes - 1) {
        confidences.append(
          wantsConfidences && path.contains(where: { $0 != 0 })
            ? SequenceDecoding.marginals(
              of: path, emissions: emissions, labels: model.labels, transitions: model.transitions)
            : Array(repeating: 1, count: path.count))
      }
      return path
    }
    return zip(paths, confidences).map { path, confidence in
      TaggedSentence(tags: path.map { model.labels.labels[$0] }, confidences: confidence)
    }
  }
}
