/// The word lists of VADER's rules, read from a `kind<TAB>phrase<TAB>value` table whose kinds are
/// `negation`, `booster`, `dampener` and `special-case`.
struct VaderRuleLists: Sendable {
  /// Negation words.
  var negations: [String] = []
  /// Words that raise the intensity of the next sentiment word.
  var boosters: [String] = []
  /// Words that lower it.
  var dampeners: [String] = []
  /// Idioms whose valence replaces their words'.
  var specialCases: [(phrase: String, valence: Double)] = []

  /// A line of the table that cannot be read.
  struct FormatError: Error, CustomStringConvertible {
    /// The 1-based line number.
    var line: Int
    /// What is wrong with it.
    var problem: String
    var description: String { "line \(line): \(problem)" }
  }

  /// Reads the table; `#` lines and the `kind` header are skipped.
  init(parsing text: String) throws {
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("kind\t") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 3, !fields[1].isEmpty else {
        throw FormatError(line: offset + 1, problem: "expected kind, phrase and value separated by tabs")
      }
      switch fields[0] {
      case "negation": negations.append(fields[1])
      case "booster": boosters.append(fields[1])
      case "dampener": dampeners.append(fields[1])
      case "special-case":
        guard let valence = Double(fields[2]) else {
          throw FormatError(line: offset + 1, problem: "'\(fields[2])' is not a number")
        }
        specialCases.append((fields[1], valence))
      default:
        throw FormatError(line: offset + 1, problem: "unknown kind '\(fields[0])'")
      }
    }
  }
}
