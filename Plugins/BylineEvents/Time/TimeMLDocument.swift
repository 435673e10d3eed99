import BylineCore
import Foundation

/// A TimeML document (as TempEval-3 distributes them): its creation time, its text without tags,
/// and the TIMEX3 expressions annotated in the text.
///
/// ```swift
/// let document = try TimeMLDocument(contentsOf: URL(fileURLWithPath: "AP_20130322.tml"))
/// document.creationTime   // "2013-03-22"
/// document.timexes.first  // "a month", DURATION, P1M
/// ```
public struct TimeMLDocument: Sendable, Hashable {
  /// The `DOCID`, or the file name without extension when there is none.
  public var identifier: String
  /// The TIMEX3 value of the document creation time (`DCT`), e.g. `"2013-03-22"`.
  public var creationTime: String?
  /// The text inside `<TEXT>`, with tags removed and XML entities decoded.
  public var text: String
  /// The annotated time expressions of the text, in order, with spans in UTF-8 offsets into ``text``.
  public var timexes: [TemporalExpression]

  /// The creation time as a date (its day), for resolving relative expressions.
  public var creationDate: Date? {
    guard let creationTime else { return nil }
    return PublicationDate(iso8601: String(creationTime.prefix(10)))?.date
  }

  /// Reads a `.tml` file.
  public init(contentsOf url: URL) throws {
    let data = try Data(contentsOf: url)
    let xml = String(decoding: data, as: UTF8.self)
    try self.init(xml: xml, name: url.deletingPathExtension().lastPathComponent)
  }

  /// Parses TimeML text; `name` identifies it in errors and stands in for a missing `DOCID`.
  /// - Throws: ``BylineError`` with code ``BylineError/Code/invalidData``, at `name` (and the
  ///   line and column of an unclosed tag), when there is no `<TEXT>` element or a tag in it is
  ///   not closed.
  public init(xml: String, name: String) throws {
    identifier =
      Self.element("DOCID", in: xml).map(Self.decode)?.trimmingCharacters(in: .whitespacesAndNewlines)
      ?? name
    if let dct = Self.element("DCT", in: xml), let tag = dct.range(of: "<TIMEX3") {
      let end = dct[tag.lowerBound...].firstIndex(of: ">") ?? dct.endIndex
      creationTime = Self.attributes(of: String(dct[tag.lowerBound..<end]))["value"]
    }
    guard let body = Self.element("TEXT", in: xml) else {
      throw BylineError(
        .invalidData, "no <TEXT> element", location: InputLocation(file: name, line: nil),
        hint: "a TimeML document holds its text in <TEXT>...</TEXT>")
    }
    var text = ""
    var offset = 0
    var timexes: [TemporalExpression] = []
    var open: (start: Int, attributes: [String: String])?
    var rest = Substring(body)
    while !rest.isEmpty {
      guard let tagStart = rest.firstIndex(of: "<") else {
        let piece = Self.decode(String(rest))
        text += piece
        offset += piece.utf8.count
        break
      }
      let piece = Self.decode(String(rest[..<tagStart]))
      text += piece
      offset += piece.utf8.count
      guard let tagEnd = rest[tagStart...].firstIndex(of: ">") else {
        throw Self.unclosedTag(at: tagStart, in: xml, name: name)
      }
      let tag = String(rest[tagStart...tagEnd])
      rest = rest[rest.index(after: tagEnd)...]
      if tag.hasPrefix("<TIMEX3") {
        open = (offset, Self.attributes(of: tag))
      } else if tag.hasPrefix("</TIMEX3"), let started = open {
        let span = TextSpan(start: started.start, end: offset)
        let type = TemporalType(rawValue: started.attributes["type"]?.uppercased() ?? "") ?? .date
        timexes.append(
          TemporalExpression(
            span: span, text: String(span.text(in: text)), type: type,
            value: started.attributes["value"] ?? ""))
        open = nil
      }
    }
    self.text = text
    self.timexes = timexes
  }

  /// Reads every `.tml` file under `directory` (recursively), sorted by path. Files that cannot be
  /// read are returned as errors, so the rest can still be used.
  public static func documents(in directory: URL) -> (documents: [TimeMLDocument], problems: [String]) {
    let files =
      (FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?.allObjects as? [URL]
      ?? [])
      .filter { $0.pathExtension == "tml" && !$0.lastPathComponent.hasPrefix(".") }
      .sorted { $0.path < $1.path }
    var documents: [TimeMLDocument] = []
    var problems: [String] = []
    for file in files {
      do {
        documents.append(try TimeMLDocument(contentsOf: file))
      } catch var error as BylineError {
        error.location = InputLocation(
          file: file.path, line: error.location?.line, column: error.location?.column)
        problems.append(error.description)
      } catch {
        problems.append("\(file.path): \(error)")
      }
    }
    return (documents, problems)
  }

  /// An unclosed tag that starts at `start` in `xml`, with its line and column.
  private static func unclosedTag(at start: String.Index, in xml: String, name: String) -> BylineError {
    let before = xml[..<start]
    let lineStart = before.lastIndex(where: \.isNewline).map { xml.index(after: $0) } ?? xml.startIndex
    let lineEnd = xml[start...].firstIndex(where: \.isNewline) ?? xml.endIndex
    return BylineError(
      .invalidData, "unclosed tag in <TEXT>",
      location: InputLocation(
        file: name, line: before.count { $0.isNewline } + 1, column: xml[lineStart..<start].count + 1),
      sourceLine: String(xml[lineStart..<lineEnd]), hint: "close the tag with >")
  }

  /// The content of the first `<name>` element.
  private static func element(_ name: String, in xml: String) -> Substring? {
    guard let open = xml.range(of: "<\(name)"),
      let close = xml.range(of: "</\(name)>", range: open.upperBound..<xml.endIndex),
      let contentStart = xml[open.upperBound..<close.lowerBound].firstIndex(of: ">")
    else { return nil }
    return xml[xml.index(after: contentStart)..<close.lowerBound]
  }

  /// The attributes of a start tag: `<TIMEX3 tid="t1" type="DATE">` → tid, type.
  static func attributes(of tag: String) -> [String: String] {
    var attributes: [String: String] = [:]
    var rest = Substring(tag)
    while let equals = rest.firstIndex(of: "=") {
      let name =
        rest[..<equals].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "<" })
        .last.map(String.init) ?? ""
      var valueStart = rest.index(after: equals)
      while valueStart < rest.endIndex, rest[valueStart] == " " { valueStart = rest.index(after: valueStart) }
      guard valueStart < rest.endIndex else { break }
      let quote = rest[valueStart]
      guard quote == "\"" || quote == "'" else { break }
      let contentStart = rest.index(after: valueStart)
      guard let contentEnd = rest[contentStart...].firstIndex(of: quote) else { break }
      attributes[name] = decode(String(rest[contentStart..<contentEnd]))
      rest = rest[rest.index(after: contentEnd)...]
    }
    return attributes
  }

  /// Decodes the XML entities: the five named ones and numeric references.
  static func decode<S: StringProtocol>(_ text: S) -> String {
    guard text.contains("&") else { return String(text) }
    var result = ""
    var rest = Substring(text)
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      let after = rest[ampersand...]
      guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
        result += "&"
        rest = rest[rest.index(after: ampersand)...]
        continue
      }
      let name = after[after.index(after: after.startIndex)..<semicolon]
      var replacement: String?
      switch name {
      case "amp": replacement = "&"
      case "lt": replacement = "<"
      case "gt": replacement = ">"
      case "quot": replacement = "\""
      case "apos": replacement = "'"
      default:
        if name.hasPrefix("#x") || name.hasPrefix("#X"), let code = UInt32(name.dropFirst(2), radix: 16) {
          replacement = Unicode.Scalar(code).map { String(Character($0)) }
        } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()) {
          replacement = Unicode.Scalar(code).map { String(Character($0)) }
        }
      }
      if let replacement {
        result += replacement
        rest = rest[rest.index(after: semicolon)...]
      } else {
        result += "&"
        rest = rest[rest.index(after: ampersand)...]
      }
    }
    result += rest
    return result
  }
}
