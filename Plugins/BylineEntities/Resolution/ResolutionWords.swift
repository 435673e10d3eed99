import Foundation

/// The word lists entity resolution uses, read once from the plugin's
/// `Resources/resolution/resolution-words.tsv` (columns `list`, `word`).
struct ResolutionWords: Sendable {
  /// The words of each list, by list name.
  var lists: [String: Set<String>] = [:]

  /// The bundled lists. A missing file is a packaging error, so it stops the program naming the
  /// file rather than resolving without the lists.
  static let bundled = ResolutionWords(
    parsing: Bundle.module.requiredText(of: "Resources/resolution/resolution-words.tsv"))

  /// Reads the TSV form; `#` lines, the header and lines without a tab are skipped.
  init(parsing text: String) {
    for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("list\t") {
      let fields = line.split(separator: "\t", maxSplits: 1)
      guard fields.count == 2 else { continue }
      lists[String(fields[0]), default: []].insert(String(fields[1]))
    }
  }

  /// The words of the list called `name`; empty when there is none.
  func words(in name: String) -> Set<String> { lists[name] ?? [] }
}
