/// Text helpers for HTML.
enum HTMLText {
  /// Tags that start a new line of text.
  static let blockTags: Set<String> = [
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "dl",
    "dt",
    "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "figure",
    "figcaption", "form", "address", "hr", "body", "center", "details", "summary",
  ]

  /// Collapses runs of white space (including no-break spaces) into one space and trims.
  static func collapse(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace || scalar == "\u{200B}" {
        pendingSpace = !output.isEmpty
      } else {
        if pendingSpace {
          output.unicodeScalars.append(" ")
          pendingSpace = false
        }
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }
}
