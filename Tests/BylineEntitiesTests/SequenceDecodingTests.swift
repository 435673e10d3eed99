import Foundation
import Testing

@testable import BylineEntities

@Suite struct SequenceDecodingTests {
  /// `O`, `B-PER`, `I-PER`, `L-PER`, `U-PER`, `B-LOC`, `I-LOC`, `L-LOC`, `U-LOC`.
  private let labels = LabelSet(types: ["PER", "LOC"])

  private func index(_ label: String) -> Int { labels.labels.firstIndex(of: label)! }

  private func allowed(_ previous: String?, _ next: String) -> Bool {
    let row = previous.map(index) ?? labels.count
    return labels.allowed[row * labels.count + index(next)]
  }

  /// Every label sequence of `count` tokens that BILOU allows.
  private func validPaths(count: Int) -> [[Int]] {
    var paths: [[Int]] = [[]]
    for _ in 0..<count {
      paths = paths.flatMap { path in
        (0..<labels.count).compactMap { label in
          let row = path.last ?? labels.count
          return labels.allowed[row * labels.count + label] ? path + [label] : nil
        }
      }
    }
    return paths.filter { labels.allowedLast[$0.last!] }
  }

  private func score(_ path: [Int], emissions: [Float], transitions: [Float]) -> Double {
    var total = 0.0
    var previous = labels.count
    for (position, label) in path.enumerated() {
      total += Double(emissions[position * labels.count + label])
      total += Double(transitions[previous * labels.count + label])
      previous = label
    }
    return total
  }

  /// Emissions and transitions drawn from a seeded generator, in -2...2.
  private func randomScores(count: Int, seed: UInt64) -> (emissions: [Float], transitions: [Float]) {
    var generator = SplitMix64(seed: seed)
    let emissions = (0..<(count * labels.count)).map { _ in Float.random(in: -2...2, using: &generator) }
    let transitions = (0..<((labels.count + 1) * labels.count)).map { _ in
      Float.random(in: -2...2, using: &generator)
    }
    return (emissions, transitions)
  }

  // MARK: - Labels

  @Test func labelsAreOutsideThenBILOUPerType() {
    #expect(
      labels.labels == ["O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "I-LOC", "L-LOC", "U-LOC"])
    #expect(labels.type(of: 0) == nil)
    #expect(labels.type(of: index("L-LOC")) == "LOC")
    #expect(labels.indexes(of: ["I-PER", "I-PER", "O", "I-LOC"]) == [1, 3, 0, 8])
    #expect(labels.indexes(of: ["B-ORG", "O"]) == [0, 0])
  }

  @Test func transitionsFollowBILOU() {
    #expect(!allowed("O", "I-PER"))
    #expect(!allowed("O", "L-PER"))
    #expect(allowed("O", "B-PER") && allowed("O", "U-PER") && allowed("O", "O"))
    #expect(allowed("B-PER", "L-PER"))
    #expect(allowed("B-PER", "I-PER"))
    #expect(!allowed("B-PER", "O"))
    #expect(!allowed("B-PER", "B-PER"))
    #expect(!allowed("B-PER", "U-PER"))
    #expect(!allowed("B-PER", "L-LOC"))
    #expect(!allowed("I-PER", "I-LOC"))
    #expect(allowed("I-PER", "L-PER"))
    #expect(!allowed("L-PER", "I-PER"))
    #expect(allowed("L-PER", "B-LOC") && allowed("U-PER", "U-PER") && allowed("L-PER", "O"))
    // From the sentence start, as after `O`.
    #expect(!allowed(nil, "I-PER") && !allowed(nil, "L-LOC"))
    #expect(allowed(nil, "B-PER") && allowed(nil, "U-LOC") && allowed(nil, "O"))
  }

  @Test func aSentenceCannotEndInsideAChunk() {
    let endings = zip(labels.labels, labels.allowedLast).filter { !$0.1 }.map(\.0)
    #expect(endings == ["B-PER", "I-PER", "B-LOC", "I-LOC"])
  }

  // MARK: - Viterbi

  @Test func viterbiKeepsToBILOUWhenTheEmissionsFavourAnInvalidPath() {
    let width = labels.count
    let transitions = Array(repeating: Float(0), count: (width + 1) * width)
    // Token by token the emissions favour `O I-PER`, which BILOU forbids (and `I-` cannot end
    // a sentence either). The best valid path is `O U-PER` (6), ahead of `O O` (5) and
    // `B-PER L-PER` (0).
    var emissions = Array(repeating: Float(0), count: 2 * width)
    emissions[0 * width + index("O")] = 5
    emissions[1 * width + index("I-PER")] = 10
    emissions[1 * width + index("U-PER")] = 1
    let path = SequenceDecoding.viterbi(
      emissions: emissions, count: 2, labels: labels, transitions: transitions)
    #expect(path.map { labels.labels[$0] } == ["O", "U-PER"])
    #expect(validPaths(count: 2).contains(path))
  }

  @Test func viterbiOfOneTokenNeverOpensAChunk() {
    let width = labels.count
    var emissions = Array(repeating: Float(0), count: width)
    emissions[index("B-LOC")] = 9
    emissions[index("I-LOC")] = 9
    emissions[index("U-LOC")] = 1
    let path = SequenceDecoding.viterbi(
      emissions: emissions, count: 1, labels: labels,
      transitions: Array(repeating: 0, count: (width + 1) * width))
    #expect(path.map { labels.labels[$0] } == ["U-LOC"])
    #expect(
      SequenceDecoding.viterbi(
        emissions: [], count: 0, labels: labels, transitions: Array(repeating: 0, count: (width + 1) * width)
      ).isEmpty)
  }

  @Test func viterbiUsesTransitions() {
    let width = labels.count
    // Emissions alone prefer U-PER U-PER; a transition bonus for B-PER → L-PER wins.
    var emissions = Array(repeating: Float(0), count: 2 * width)
    emissions[0 * width + index("U-PER")] = 2
    emissions[1 * width + index("U-PER")] = 2
    emissions[0 * width + index("B-PER")] = 1
    emissions[1 * width + index("L-PER")] = 1
    var transitions = Array(repeating: Float(0), count: (width + 1) * width)
    let path = SequenceDecoding.viterbi(
      emissions: emissions, count: 2, labels: labels, transitions: transitions)
    #expect(path.map { labels.labels[$0] } == ["U-PER", "U-PER"])
    transitions[index("B-PER") * width + index("L-PER")] = 3
    let withBonus = SequenceDecoding.viterbi(
      emissions: emissions, count: 2, labels: labels, transitions: transitions)
    #expect(withBonus.map { labels.labels[$0] } == ["B-PER", "L-PER"])
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func viterbiFindsTheBestValidPath(seed: UInt64) {
    let count = 4
    let (emissions, transitions) = randomScores(count: count, seed: seed)
    let path = SequenceDecoding.viterbi(
      emissions: emissions, count: count, labels: labels, transitions: transitions)
    let candidates = validPaths(count: count)
    #expect(candidates.contains(path))
    let best = candidates.map { score($0, emissions: emissions, transitions: transitions) }.max()!
    #expect(abs(score(path, emissions: emissions, transitions: transitions) - best) < 1e-4)
  }

  // MARK: - Marginals

  @Test(arguments: [5, 6, 7] as [UInt64])
  func marginalsArePerPositionProbabilities(seed: UInt64) {
    let count = 4
    let width = labels.count
    let (emissions, transitions) = randomScores(count: count, seed: seed)
    // marginals(of:) gives each position the probability of the path's label there, so a
    // constant path gives one label's marginal at every position.
    let byLabel = (0..<width).map { label in
      SequenceDecoding.marginals(
        of: Array(repeating: label, count: count), emissions: emissions, labels: labels,
        transitions: transitions)
    }
    // The same by brute force over every valid path.
    let paths = validPaths(count: count)
    let weights = paths.map { exp(score($0, emissions: emissions, transitions: transitions)) }
    let total = weights.reduce(0, +)
    for position in 0..<count {
      let sum = byLabel.map { $0[position] }.reduce(0, +)
      #expect(abs(sum - 1) < 1e-6, "position \(position) sums to \(sum)")
      for label in 0..<width {
        let value = byLabel[label][position]
        #expect(value >= 0 && value <= 1)
        let expected = zip(paths, weights).filter { $0.0[position] == label }.map(\.1).reduce(0, +) / total
        #expect(abs(value - expected) < 1e-5, "\(labels.labels[label]) at \(position)")
      }
    }
    // Labels BILOU forbids at a position have no probability.
    #expect(byLabel[index("I-PER")][0] == 0)
    #expect(byLabel[index("B-LOC")][count - 1] == 0)
  }

  @Test func marginalOfAClearPathIsNearOne() {
    let width = labels.count
    var emissions = Array(repeating: Float(0), count: 3 * width)
    emissions[0 * width + index("B-PER")] = 20
    emissions[1 * width + index("L-PER")] = 20
    emissions[2 * width + index("O")] = 20
    let transitions = Array(repeating: Float(0), count: (width + 1) * width)
    let path = SequenceDecoding.viterbi(
      emissions: emissions, count: 3, labels: labels, transitions: transitions)
    let marginals = SequenceDecoding.marginals(
      of: path, emissions: emissions, labels: labels, transitions: transitions)
    #expect(marginals.count == 3)
    #expect(marginals.allSatisfy { $0 > 0.999 && $0 <= 1 })
    #expect(
      SequenceDecoding.marginals(of: [], emissions: [], labels: labels, transitions: transitions).isEmpty)
  }
}
