import Foundation

extension InputProblem {
  /// Where `text` stops being valid JSON: the line and column (from 1, in characters) that
  /// `JSONSerialization` names in `error`, which it gives as a UTF-8 offset ("around character
  /// 18") or as a line and column; nil when the error does not say.
  public static func jsonSyntaxPlace(of error: any Error, in text: Substring) -> (line: Int, column: Int)? {
    let description = (error as NSError).userInfo["NSDebugDescription"] as? String ?? ""
    func number(after label: String) -> Int? {
      guard let range = description.range(of: label) else { return nil }
      return Int(description[range.upperBound...].prefix(while: \.isNumber))
    }
    if let line = number(after: "line "), let column = number(after: "column ") { return (line, column) }
    guard let offset = number(after: "around character "), offset <= text.utf8.count else { return nil }
    let before = String(decoding: text.utf8.prefix(offset), as: UTF8.self)
    let lastLine = before.reversed().prefix { !$0.isNewline }
    return (before.count { $0.isNewline } + 1, lastLine.count + 1)
  }

  /// Where `text` stops being valid JSON, found by parsing it with `JSONSerialization` (for a
  /// decoder's error, which does not say); nil when it is valid or the parser does not say.
  public static func jsonSyntaxPlace(in text: Substring) -> (line: Int, column: Int)? {
    do {
      _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
      return nil
    } catch {
      return jsonSyntaxPlace(of: error, in: text)
    }
  }
}
