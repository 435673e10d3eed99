import BylineCore

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

  /// Reads the table; `#` lines and the `kind` header are skipped.
  /// - Throws: ``BylineError`` with code ``BylineError/Code/invalidData`` at `file`, the line and
  ///   the column of a row that cannot be read.
  init(parsing text: String, file: String = "vader_rules.tsv") throws {
    func problem(_ message: String, line: Substring, number: Int, field: Int = 0) -> BylineError {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      let part = field < fields.count ? fields[field] : line[line.endIndex...]
      return BylineError(
        .invalidData, message,
        location: InputLocation(file: file, line: number, column: line[..<part.startIndex].count + 1),
        sourceLine: String(line), length: part.count,
        hint: "each row is a kind (negation, booster, dampener, special-case), a phrase and a value")
    }
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("kind\t") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 3, !fields[1].isEmpty else {
        throw problem("expected kind, phrase and value separated by tabs", line: line, number: offset + 1)
      }
      switch fields[0] {
      case "negation": negations.append(fields[1])
      case "booster": boosters.append(fields[1])
      case "dampener": dampeners.append(fields[1])
      case "special-case":
        guard let valence = Double(fields[2]) else {
          throw problem("'\(fields[2])' is not a number", line: line, number: offset + 1, field: 2)
        }
        specialCases.append((fields[1], valence))
      default:
        throw problem("unknown kind '\(fields[0])'", line: line, number: offset + 1)
      }
    }
  }
}
