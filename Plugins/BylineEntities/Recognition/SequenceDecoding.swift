/// The tags a model chooses from: `O` and, for each entity type, `B-`, `I-`, `L-` and `U-`
/// (BILOU), with the transitions BILOU allows.
struct LabelSet: Hashable, Sendable {
  /// The labels; index 0 is `O`.
  let labels: [String]
  /// The entity types, e.g. `["LOC", "MISC", "ORG", "PER"]`.
  let types: [String]
  /// Whether label `next` may follow label `previous`; row `count` is the sentence start.
  let allowed: [Bool]
  /// Whether a sentence may end with each label.
  let allowedLast: [Bool]
  /// For each label, the labels that may come before it.
  let predecessors: [[Int]]

  init(types: [String]) {
    self.types = types
    var labels = ["O"]
    for type in types { labels += ["B-" + type, "I-" + type, "L-" + type, "U-" + type] }
    self.labels = labels
    let count = labels.count
    var allowed = Array(repeating: false, count: (count + 1) * count)
    var allowedLast = Array(repeating: false, count: count)
    for previous in 0...count {
      for next in 0..<count {
        let open = previous < count ? Self.opensChunk(previous) : false
        let nextPosition = Self.position(next)
        let permitted: Bool
        if open {
          permitted =
            (nextPosition == "I" || nextPosition == "L") && Self.typeIndex(next) == Self.typeIndex(previous)
        } else {
          permitted = nextPosition == "O" || nextPosition == "B" || nextPosition == "U"
        }
        allowed[previous * count + next] = permitted
      }
    }
    for label in 0..<count { allowedLast[label] = !Self.opensChunk(label) }
    self.allowed = allowed
    self.allowedLast = allowedLast
    self.predecessors = (0..<count).map { label in (0..<count).filter { allowed[$0 * count + label] } }
  }

  var count: Int { labels.count }

  static func position(_ label: Int) -> Character {
    label == 0 ? "O" : ["B", "I", "L", "U"][(label - 1) % 4]
  }
  static func typeIndex(_ label: Int) -> Int { label == 0 ? -1 : (label - 1) / 4 }
  static func opensChunk(_ label: Int) -> Bool {
    let position = position(label)
    return position == "B" || position == "I"
  }

  /// The entity type of a label, `nil` for `O`.
  func type(of label: Int) -> String? { label == 0 ? nil : types[Self.typeIndex(label)] }

  /// The label index of each tag (tags in any scheme are converted to BILOU first).
  func indexes(of tags: [String]) -> [Int] {
    let bilou = EntityChunks.bilou(EntityChunks.chunks(in: tags), count: tags.count)
    return bilou.map { labels.firstIndex(of: $0) ?? 0 }
  }
}

/// Best-path and marginal computations over a sentence's label scores.
enum SequenceDecoding {
  /// The highest-scoring label sequence under the BILOU constraints.
  /// - Parameters:
  ///   - emissions: `count × labels` scores, row-major.
  ///   - transitions: `(labels + 1) × labels` scores; the last row is from the sentence start.
  static func viterbi(
    emissions: [Float], count: Int, labels: LabelSet, transitions: [Float]
  ) -> [Int] {
    let width = labels.count
    guard count > 0 else { return [] }
    let impossible = -Float.greatestFiniteMagnitude
    var scores = Array(repeating: impossible, count: count * width)
    var back = Array(repeating: 0, count: count * width)
    scores.withUnsafeMutableBufferPointer { scores in
      back.withUnsafeMutableBufferPointer { back in
        emissions.withUnsafeBufferPointer { emissions in
          transitions.withUnsafeBufferPointer { transitions in
            labels.predecessors.withUnsafeBufferPointer { predecessors in
              for label in 0..<width where labels.allowed[width * width + label] {
                scores[label] = emissions[label] + transitions[width * width + label]
              }
              var position = 1
              while position < count {
                let row = position * width
                let previousRow = row - width
                for label in 0..<width {
                  var best = impossible
                  var bestPrevious = 0
                  for previous in predecessors[label] {
                    let candidate = scores[previousRow + previous]
                    guard candidate > impossible else { continue }
                    let score = candidate + transitions[previous * width + label]
                    if score > best {
                      best = score
                      bestPrevious = previous
                    }
                  }
                  if best > impossible {
                    scores[row + label] = best + emissions[row + label]
                    back[row + label] = bestPrevious
                  }
                }
                position += 1
              }
            }
          }
        }
      }
    }
    let lastRow = (count - 1) * width
    var bestLabel = 0
    var bestScore = impossible
    for label in 0..<width where labels.allowedLast[label] && scores[lastRow + label] > bestScore {
      bestScore = scores[lastRow + label]
      bestLabel = label
    }
    var path = Array(repeating: 0, count: count)
    path[count - 1] = bestLabel
    var position = count - 1
    while position > 0 {
      path[position - 1] = back[position * width + path[position]]
      position -= 1
    }
    return path
  }

  /// The marginal probability of each position's label in `path`, treating the scores as
  /// log-potentials of a linear-chain model (forward–backward, in probability space with each
  /// position rescaled so that nothing overflows).
  static func marginals(
    of path: [Int], emissions: [Float], labels: LabelSet, transitions: [Float]
  ) -> [Double] {
    let count = path.count
    let width = labels.count
    guard count > 0 else { return [] }
    // exp of the allowed transitions (0 where BILOU forbids one), the start row last.
    var transition = Array(repeating: 0.0, count: (width + 1) * width)
    for index in transition.indices where labels.allowed[index] {
      transition[index] = exp(Double(transitions[index]))
    }
    // exp of the emissions, each position scaled by its largest.
    var emission = Array(repeating: 0.0, count: count * width)
    for position in 0..<count {
      let row = position * width
      var largest = -Float.greatestFiniteMagnitude
      for label in 0..<width { largest = max(largest, emissions[row + label]) }
      for label in 0..<width { emission[row + label] = exp(Double(emissions[row + label] - largest)) }
    }
    var forward = Array(repeating: 0.0, count: count * width)
    var backward = Array(repeating: 0.0, count: count * width)
    var scales = Array(repeating: 1.0, count: count)
    for label in 0..<width { forward[label] = transition[width * width + label] * emission[label] }
    for position in 0..<count {
      let row = position * width
      if position > 0 {
        for label in 0..<width {
          var total = 0.0
          for previous in 0..<width {
            total += forward[row - width + previous] * transition[previous * width + label]
          }
          forward[row + label] = total * emission[row + label]
        }
      }
      var sum = 0.0
      for label in 0..<width { sum += forward[row + label] }
      scales[position] = sum > 0 ? sum : 1
      for label in 0..<width { forward[row + label] /= scales[position] }
    }
    let lastRow = (count - 1) * width
    for label in 0..<width { backward[lastRow + label] = labels.allowedLast[label] ? 1 : 0 }
    for position in stride(from: count - 2, through: 0, by: -1) {
      let row = position * width
      for label in 0..<width {
        var total = 0.0
        for next in 0..<width {
          total +=
            transition[label * width + next] * emission[row + width + next] * backward[row + width + next]
        }
        backward[row + label] = total / scales[position + 1]
      }
    }
    return path.enumerated().map { position, label in
      let row = position * width
      var normaliser = 0.0
      for other in 0..<width { normaliser += forward[row + other] * backward[row + other] }
      guard normaliser > 0 else { return 0 }
      return min(1, max(0, forward[row + label] * backward[row + label] / normaliser))
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
