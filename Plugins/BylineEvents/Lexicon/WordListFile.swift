import Foundation

/// A text file of named word lists, the form the events plugin keeps its vocabulary in
/// (`Resources/*.txt`): a `[name]` line starts a list, the lines after it hold its words separated
/// by white space, and a line starting with `#` is a comment.
///
/// ```
/// # Verbs that attribute speech.
/// [speech-verbs]
/// say says said tell tells told
/// ```
struct WordListFile: Sendable {
  /// Each list's words, in file order.
  let lists: [String: [String]]

  /// Reads the lists in `text`; words before the first `[name]` line belong to no list and are
  /// dropped.
  init(text: String) {
    var lists: [String: [String]] = [:]
    var current: String?
    for line in text.split(whereSeparator: \.isNewline) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
        let name = String(trimmed.dropFirst().dropLast())
        current = name
        lists[name, default: []] += []
        continue
      }
      guard let current else { continue }
      lists[current, default: []] += trimmed.split(whereSeparator: \.isWhitespace).map(String.init)
    }
    self.lists = lists
  }

  /// The words of list `name`, as a set.
  func words(_ name: String) -> Set<String> {
    guard let words = lists[name] else {
      preconditionFailure("no word list [\(name)] in the events plugin's data")
    }
    return Set(words)
  }

  /// The bundled file `Resources/name`. A missing file is a broken build, so it stops the
  /// program with the file's name.
  static func bundled(_ name: String) -> WordListFile {
    WordListFile(text: BundledResource.text(name))
  }
}
