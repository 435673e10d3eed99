import BylineCore
import Foundation

/// The tab-separated files of a gazetteer directory, read row by row.
struct GazetteerFiles {
  /// One row of a file: its 1-based line and its tab-separated fields.
  struct Row {
    var line: Int
    var fields: [String]

    subscript(index: Int) -> String { fields[index] }

    /// Field `index`, or `nil` when it is empty or missing.
    func optional(_ index: Int) -> String? {
      index < fields.count && !fields[index].isEmpty ? fields[index] : nil
    }

    /// Field `index` split on `|`, trimmed, without empty items.
    func list(_ index: Int) -> [String] {
      (index < fields.count ? fields[index] : "").split(separator: "|")
        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
  }

  let directory: URL

  /// The rows of `file` after its header, blank and `#` lines skipped; no rows when the file is
  /// missing.
  /// - Throws: ``BylineError`` (code ``BylineError/Code/invalidData``) for a row with fewer than `fields` fields or an empty name
  ///   (the second field), when `fields` is not 0.
  func rows(_ file: String, fields count: Int) throws -> [Row] {
    let url = directory.appendingPathComponent(file)
    guard FileManager.default.fileExists(atPath: url.path) else { return [] }
    let text = try String(contentsOf: url, encoding: .utf8)
    var result: [Row] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if index == 0 || trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if count > 0, fields.count < count || fields[1].isEmpty {
        throw BylineError.malformedRow(
          file: file, line: index + 1, "expected \(count) tab-separated fields", text: line)
      }
      result.append(Row(line: index + 1, fields: fields))
    }
    return result
  }
}
