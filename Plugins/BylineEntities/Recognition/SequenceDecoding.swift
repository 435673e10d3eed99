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
    for label in 0..<width where labels.allowed[width * width + label] {
      scores[label] = emissions[label] + transitions[width * width + label]
    }
    if count > 1 {
      for position in 1..<count {
        let row = position * width
        let previousRow = row - width
        for label in 0..<width {
          var best = impossible
          var bestPrevious = 0
          for previous in 0..<width where labels.allowed[previous * width + label] {
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
  /// log-potentials of a linear-chain model (forward–backward).
  static func marginals(
    of path: [Int], emissions: [Float], labels: LabelSet, transitions: [Float]
  ) -> [Double] {
    let count = path.count
    let width = labels.count
    guard count > 0 else { return [] }
    var forward = Array(repeating: -Double.infinity, count: count * width)
    var backward = Array(repeating: -Double.infinity, count: count * width)
    func logAdd(_ a: Double, _ b: Double) -> Double {
      if a == -.infinity { return b }
      if b == -.infinity { return a }
      let high = max(a, b)
      return high + log1p(exp(-abs(a - b)))
    }
    for label in 0..<width where labels.allowed[width * width + label] {
      forward[label] = Double(emissions[label] + transitions[width * width + label])
    }
    for position in stride(from: 1, to: count, by: 1) {
      for label in 0..<width {
        var total = -Double.infinity
        for previous in 0..<width where labels.allowed[previous * width + label] {
          total = logAdd(
            total, forward[(position - 1) * width + previous] + Double(transitions[previous * width + label]))
        }
        forward[position * width + label] = total + Double(emissions[position * width + label])
      }
    }
    for label in 0..<width where labels.allowedLast[label] { backward[(count - 1) * width + label] = 0 }
    for position in stride(from: count - 2, through: 0, by: -1) {
      for label in 0..<width {
        var total = -Double.infinity
        for next in 0..<width where labels.allowed[label * width + next] {
          total = logAdd(
            total,
            Double(transitions[label * width + next]) + Double(emissions[(position + 1) * width + next])
              + backward[(position + 1) * width + next])
        }
        backward[position * width + label] = total
      }
    }
    var partition = -Double.infinity
    for label in 0..<width {
      partition = logAdd(
        partition, forward[(count - 1) * width + label] + backward[(count - 1) * width + label])
    }
    return path.enumerated().map { position, label in
      let value = forward[position * width + label] + backward[position * width + label] - partition
      return min(1, max(0, exp(value)))
    }
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
