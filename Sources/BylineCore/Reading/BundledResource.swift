public import Foundation

extension Bundle {
  /// The UTF-8 text of a data file shipped in this bundle, such as a plugin's word list.
  ///
  /// A shipped file that is missing or unreadable means a broken installation, not bad input,
  /// so this stops the program with the file's path rather than letting an analysis run
  /// without its data:
  ///
  /// ```swift
  /// static let stopWords = Bundle.module.requiredText(of: "Resources/stop-words.txt")
  /// ```
  public func requiredText(of path: String) -> String {
    let file = URL(fileURLWithPath: path)
    let directory = file.deletingLastPathComponent().relativePath
    guard
      let url = url(
        forResource: file.deletingPathExtension().lastPathComponent, withExtension: file.pathExtension,
        subdirectory: directory == "." ? nil : directory),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else {
      fatalError("\(bundleURL.lastPathComponent): the shipped data file \(path) is missing or unreadable")
    }
    return text
  }
}
