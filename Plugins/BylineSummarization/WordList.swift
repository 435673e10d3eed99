import Foundation

/// Word lists shipped as the plugin's resources: one word per line, `#` lines are comments.
enum WordList {
  /// The words of `Resources/NAME.txt`. A missing file is a packaging error, so it stops the
  /// program naming the file rather than summarising without the list.
  static func bundled(_ name: String) -> Set<String> {
    words(in: Bundle.module.requiredText(of: "Resources/\(name).txt"))
  }

  /// The words of a list's text.
  static func words(in text: String) -> Set<String> {
    Set(
      text.split(separator: "\n").lazy.map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty && !$0.hasPrefix("#") })
  }
}
