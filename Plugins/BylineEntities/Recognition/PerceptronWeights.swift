/// The weights of an averaged structured perceptron over feature ids and labels, with the sums
/// that give their average (the "lazy averaging" of Daumé III: the average is the weight minus
/// the step-weighted sum of updates divided by the number of steps).
struct PerceptronWeights {
  /// Labels per feature.
  let width: Int
  /// Weight of feature `f` for label `l` at `f * width + l`.
  private(set) var weights: [Float]
  private var accumulated: [Double]
  /// Weight of label `l` after label `p` at `p * width + l`; `p == width` is the sentence start.
  private(set) var transitions: [Float]
  private var accumulatedTransitions: [Double]
  /// The number of the current update, from 1.
  var step = 1.0

  /// Zero weights for `features` feature ids and `labels` labels.
  init(features: Int, labels: Int) {
    width = labels
    weights = Array(repeating: 0, count: features * labels)
    accumulated = Array(repeating: 0, count: features * labels)
    transitions = Array(repeating: 0, count: (labels + 1) * labels)
    accumulatedTransitions = Array(repeating: 0, count: (labels + 1) * labels)
  }

  /// The score of every label at every position, `position * width + label`.
  func emissions(_ features: [[Int32]]) -> [Float] {
    var emissions = Array(repeating: Float(0), count: features.count * width)
    weights.withUnsafeBufferPointer { weights in
      for (position, tokenFeatures) in features.enumerated() {
        let row = position * width
        for feature in tokenFeatures {
          let base = Int(feature) * width
          for label in 0..<width { emissions[row + label] += weights[base + label] }
        }
      }
    }
    return emissions
  }

  /// Moves the weights towards `gold` and away from `predicted` where they differ.
  mutating func update(_ features: [[Int32]], predicted path: [Int], gold: [Int]) {
    let width = width
    let step = step
    weights.withUnsafeMutableBufferPointer { weights in
      accumulated.withUnsafeMutableBufferPointer { accumulated in
        for position in path.indices where path[position] != gold[position] {
          for feature in features[position] {
            let base = Int(feature) * width
            weights[base + gold[position]] += 1
            accumulated[base + gold[position]] += step
            weights[base + path[position]] -= 1
            accumulated[base + path[position]] -= step
          }
        }
      }
    }
    for position in path.indices {
      let goldPrevious = position == 0 ? width : gold[position - 1]
      let predictedPrevious = position == 0 ? width : path[position - 1]
      guard goldPrevious != predictedPrevious || gold[position] != path[position] else { continue }
      transitions[goldPrevious * width + gold[position]] += 1
      accumulatedTransitions[goldPrevious * width + gold[position]] += step
      transitions[predictedPrevious * width + path[position]] -= 1
      accumulatedTransitions[predictedPrevious * width + path[position]] -= step
    }
  }

  /// The averaged weights and transitions.
  func averaged() -> (weights: [Float], transitions: [Float]) {
    (
      zip(weights, accumulated).map { Float(Double($0) - $1 / step) },
      zip(transitions, accumulatedTransitions).map { Float(Double($0) - $1 / step) }
    )
  }
}
