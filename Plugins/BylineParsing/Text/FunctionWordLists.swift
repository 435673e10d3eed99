import Foundation

/// The language detector's word lists, read once from the plugin's
/// `Resources/function-words.tsv`: one row per list, its code, a tab, and its words separated by
/// spaces.
struct FunctionWordLists: Sendable {
  /// The lists in file order: a language's BCP 47 code (or `ru-only`, `cyrillic-other`) and its
  /// words.
  var lists: [(code: String, words: String)] = []

  /// The bundled lists. A missing file is a packaging error, so it stops the program naming the
  /// file rather than detecting no language at all.
  static let bundled = FunctionWordLists(
    parsing: Bundle.module.requiredText(of: "Resources/function-words.tsv"))

  /// Reads the TSV form; `#` lines and lines without a tab are skipped.
  init(parsing text: String) {
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      guard let tab = line.firstIndex(of: "\t") else { continue }
      lists.append((String(line[..<tab]), String(line[line.index(after: tab)...])))
    }
  }

  /// The words of the list called `code`.
  func words(of code: String) -> Set<String> {
    Set(lists.first { $0.code == code }.map { $0.words.split(separator: " ").map(String.init) } ?? [])
  }
}
