import BylineCore
import Foundation

/// The phrases that mark lines of scraped text as page furniture, read once from the plugin's
/// `Resources/boilerplate-phrases.tsv` (columns `match`, `reason`, `phrase`).
///
/// A `prefix` phrase marks a short line that starts with it ("see also ..."), a `line` phrase a
/// short line that is nothing else ("menu"), a `contains` phrase any line of at most forty words
/// that holds it ("we use cookies"); a `class` word, in an HTML element's class or id, marks
/// `furniture` ("share") or `content` ("article").
struct BoilerplatePhrases: Sendable {
  /// Line openings, grouped by the reason they give, in file order.
  var prefixes: [([String], String)] = []
  /// Whole lines.
  var wholeLines: Set<String> = []
  /// Phrases anywhere in a line, grouped by reason, in file order.
  var containedPhrases: [([String], String)] = []
  /// Words in an HTML element's class or id that mark page furniture.
  var furnitureClassWords: Set<String> = []
  /// Words in an HTML element's class or id that mark article content.
  var contentClassWords: Set<String> = []

  /// The bundled phrases. A missing or malformed file is a packaging error, so it stops the
  /// program with the file and line rather than cleaning silently without rules.
  static let bundled: BoilerplatePhrases = {
    let text = Bundle.module.requiredText(of: "Resources/boilerplate-phrases.tsv")
    do {
      return try BoilerplatePhrases(parsing: text)
    } catch {
      fatalError("Resources/\(error)")
    }
  }()

  /// Reads the TSV form; `#` lines and the header are skipped.
  /// - Throws: ``BylineError`` with code ``BylineError/Code/invalidData`` at `file` and the line of
  ///   a row without the three columns and a known `match` kind.
  init(parsing text: String, file: String = "boilerplate-phrases.tsv") throws {
    func problem(_ message: String, line: Substring, number: Int) -> BylineError {
      let first = line.prefix { $0 != "\t" }
      return BylineError(
        .invalidData, message, location: InputLocation(file: file, line: number, column: 1),
        sourceLine: String(line), length: first.count,
        hint: "each row is a match kind, a reason and a phrase, separated by tabs")
    }
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("match\t") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 3, !fields[2].isEmpty else {
        throw problem("expected match, reason and phrase separated by tabs", line: line, number: offset + 1)
      }
      let (match, reason, phrase) = (fields[0], fields[1], fields[2])
      switch match {
      case "prefix": Self.append(phrase, reason: reason, to: &prefixes)
      case "contains": Self.append(phrase, reason: reason, to: &containedPhrases)
      case "line": wholeLines.insert(phrase)
      case "class" where reason == "furniture": furnitureClassWords.insert(phrase)
      case "class" where reason == "content": contentClassWords.insert(phrase)
      default:
        throw problem(
          "unknown match '\(match)' (or class reason '\(reason)'); use prefix, line, contains or class",
          line: line, number: offset + 1)
      }
    }
  }

  private static func append(_ phrase: String, reason: String, to groups: inout [([String], String)]) {
    if let index = groups.firstIndex(where: { $0.1 == reason }) {
      groups[index].0.append(phrase)
    } else {
      groups.append(([phrase], reason))
    }
  }
}
