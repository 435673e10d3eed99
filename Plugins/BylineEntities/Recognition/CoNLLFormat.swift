import BylineCore
import Foundation

/// A sentence of annotated tokens in the CoNLL format.
public struct CoNLLSentence: Hashable, Sendable {
  /// The tokens, in order.
  public var tokens: [String]
  /// Every column of every token as read, the token first; the tag column last.
  public var columns: [[String]]
  /// The named-entity tag of each token (the last column), e.g. `I-PER`, `B-LOC`, `O`.
  public var tags: [String]
  /// The 1-based line of the first token in its file.
  public var line: Int

  /// Creates a sentence.
  public init(tokens: [String], columns: [[String]]? = nil, tags: [String], line: Int = 0) {
    self.tokens = tokens
    self.columns = columns ?? tokens.map { [$0] }
    self.tags = tags
    self.line = line
  }
}

/// A document: the sentences between two `-DOCSTART-` lines (or the whole file when it has none).
public struct CoNLLDocument: Hashable, Sendable {
  /// The sentences, in order.
  public var sentences: [CoNLLSentence]
  /// The columns of the `-DOCSTART-` line that began the document, if one did.
  public var startLine: [String]?
  /// Creates a document.
  public init(sentences: [CoNLLSentence], startLine: [String]? = nil) {
    self.sentences = sentences
    self.startLine = startLine
  }
}

/// Reads and writes the CoNLL named-entity format: one token per line with space- or
/// tab-separated columns, the token first and the tag last; blank lines between sentences;
/// `-DOCSTART-` lines between documents. Tags may be IOB1 (CoNLL-2003), IOB2 or BILOU
/// (`B-`, `I-`, `L-`, `E-`, `U-`, `S-` prefixes).
public enum CoNLLFormat {
  /// Parses `text`. Lines whose tag is not a valid tag are reported and left out, and the rest
  /// is read.
  /// - Returns: The documents and one problem per malformed line: a ``BylineError`` with code
  ///   ``BylineError/Code/invalidData`` located at the file, line and column of the bad tag (or
  ///   of the missing one), with the line shown.
  public static func parse(_ text: String, file: String = "<input>") -> (
    documents: [CoNLLDocument], problems: [BylineError]
  ) {
    var documents: [CoNLLDocument] = []
    var problems: [BylineError] = []
    var sentences: [CoNLLSentence] = []
    var current = CoNLLSentence(tokens: [], columns: [], tags: [], line: 0)
    func endSentence() {
      if !current.tokens.isEmpty { sentences.append(current) }
      current = CoNLLSentence(tokens: [], columns: [], tags: [], line: 0)
    }
    var startLine: [String]?
    func endDocument() {
      endSentence()
      if !sentences.isEmpty { documents.append(CoNLLDocument(sentences: sentences, startLine: startLine)) }
      sentences = []
    }
    var lineNumber = 0
    // Lines end in LF, CRLF or CR ("\r\n" is one Character, and a newline).
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
      if fields.isEmpty {
        endSentence()
        continue
      }
      if fields[0] == "-DOCSTART-" {
        endDocument()
        startLine = fields
        continue
      }
      let tag = fields.count > 1 ? fields[fields.count - 1] : "O"
      guard fields.count > 1, EntityTag(tag) != nil else {
        problems.append(problem(in: line, number: lineNumber, file: file, fields: fields))
        continue
      }
      if current.tokens.isEmpty { current.line = lineNumber }
      current.tokens.append(fields[0])
      current.columns.append(fields)
      current.tags.append(tag)
    }
    endDocument()
    return (documents, problems)
  }

  /// The problem with `line`, whose tag is not a valid tag or which has no tag: located at the
  /// tag, or just after the token when there is none.
  private static func problem(
    in line: Substring, number: Int, file: String, fields: [String]
  ) -> BylineError {
    let shown = String(line)
    guard fields.count > 1, let tag = fields.last else {
      let end = shown.count - (shown.reversed().prefix { $0 == " " || $0 == "\t" }.count)
      return BylineError(
        .invalidData, "expected a token and a tag, separated by a space or tab",
        location: InputLocation(file: file, line: number, column: end + 1), sourceLine: shown,
        hint: "each line is a token, optional columns, then its tag, e.g. `Paris NNP B-LOC`")
    }
    let trailing = shown.reversed().prefix { $0 == " " || $0 == "\t" }.count
    let column = shown.count - trailing - tag.count + 1
    return BylineError(
      .invalidData, "'\(tag)' is not a named-entity tag (O, or B-/I-/L-/E-/U-/S- and a type)",
      location: InputLocation(file: file, line: number, column: column), sourceLine: shown,
      length: tag.count)
  }

  /// Reads the file at `url`.
  /// - Throws: ``BylineError`` with code ``BylineError/Code/fileAccess`` when the file cannot be
  ///   read, or ``BylineError/Code/invalidData`` when it is not text.
  public static func read(contentsOf url: URL) throws -> (
    documents: [CoNLLDocument], problems: [BylineError]
  ) {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw BylineError(
        .fileAccess, "cannot read \(url.path): \(error.localizedDescription)",
        location: InputLocation(file: url.path, line: nil))
    }
    guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else {
      throw BylineError(
        .invalidData, "the file is not text", location: InputLocation(file: url.path, line: 1))
    }
    return parse(text, file: url.path)
  }

  /// Writes documents back in the same layout, with `extraTags` (one per token, in order)
  /// appended as a last column, `-DOCSTART-` lines included (with `O` appended): the layout
  /// conlleval reads, every line with the same number of fields.
  public static func write(_ documents: [CoNLLDocument], appending extraTags: [[[String]]]) -> String {
    var output = ""
    for (documentIndex, document) in documents.enumerated() {
      if let startLine = document.startLine { output += (startLine + ["O"]).joined(separator: " ") + "\n\n" }
      for (sentenceIndex, sentence) in document.sentences.enumerated() {
        let predicted = extraTags[documentIndex][sentenceIndex]
        for (index, columns) in sentence.columns.enumerated() {
          output += columns.joined(separator: " ") + " " + predicted[index] + "\n"
        }
        output += "\n"
      }
    }
    return output
  }
}

/// One named-entity tag: a position (`B`, `I`, `L`, `U`, or outside) and a type.
struct EntityTag: Hashable {
  enum Position: Character {
    case begin = "B"
    case inside = "I"
    case last = "L"
    case unit = "U"
    case outside = "O"
  }
  var position: Position
  var type: String

  init?(_ tag: String) {
    if tag == "O" {
      position = .outside
      type = ""
      return
    }
    let parts = tag.split(separator: "-", maxSplits: 1)
    guard parts.count == 2, parts[0].count == 1, !parts[1].isEmpty else { return nil }
    switch parts[0] {
    case "B": position = .begin
    case "I": position = .inside
    case "L", "E": position = .last
    case "U", "S": position = .unit
    default: return nil
    }
    type = String(parts[1])
  }
}

/// A typed span of tokens: `tokens` indexes the sentence's tokens.
public struct TaggedChunk: Hashable, Sendable {
  /// The tokens it covers.
  public var tokens: Range<Int>
  /// Its type, e.g. `PER`.
  public var type: String
  /// Creates a chunk.
  public init(tokens: Range<Int>, type: String) {
    self.tokens = tokens
    self.type = type
  }
}

/// Conversions between tag sequences and chunks.
public enum EntityChunks {
  /// The chunks of a tag sequence in IOB1, IOB2 or BILOU, read with conlleval's rules: a chunk
  /// starts at `B-X`/`U-X`, at `I-X` after `O` or after another type, and ends at `L-X`/`U-X`,
  /// before `O`, `B-`, `U-` or another type.
  public static func chunks(in tags: [String]) -> [TaggedChunk] {
    var chunks: [TaggedChunk] = []
    var start: Int?
    var type = ""
    for (index, raw) in tags.enumerated() {
      let tag = EntityTag(raw) ?? EntityTag("O")!
      let startsNew: Bool
      switch tag.position {
      case .outside: startsNew = false
      case .begin, .unit: startsNew = true
      case .inside, .last: startsNew = start == nil || tag.type != type
      }
      if let open = start, tag.position == .outside || startsNew {
        chunks.append(TaggedChunk(tokens: open..<index, type: type))
        start = nil
      }
      if tag.position != .outside {
        if start == nil {
          start = index
          type = tag.type
        }
        if tag.position == .last || tag.position == .unit {
          chunks.append(TaggedChunk(tokens: start!..<(index + 1), type: type))
          start = nil
        }
      }
    }
    if let open = start { chunks.append(TaggedChunk(tokens: open..<tags.count, type: type)) }
    return chunks
  }

  /// BILOU tags for `chunks` over `count` tokens.
  public static func bilou(_ chunks: [TaggedChunk], count: Int) -> [String] {
    var tags = Array(repeating: "O", count: count)
    for chunk in chunks where !chunk.tokens.isEmpty {
      if chunk.tokens.count == 1 {
        tags[chunk.tokens.lowerBound] = "U-" + chunk.type
        continue
      }
      for index in chunk.tokens { tags[index] = "I-" + chunk.type }
      tags[chunk.tokens.lowerBound] = "B-" + chunk.type
      tags[chunk.tokens.upperBound - 1] = "L-" + chunk.type
    }
    return tags
  }

  /// IOB1 tags (CoNLL-2003's: `B-` only where a chunk follows one of the same type) for `chunks`.
  public static func iob1(_ chunks: [TaggedChunk], count: Int) -> [String] {
    var tags = Array(repeating: "O", count: count)
    var previousEnd = -1
    var previousType = ""
    for chunk in chunks.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
      for index in chunk.tokens { tags[index] = "I-" + chunk.type }
      if chunk.tokens.lowerBound == previousEnd && chunk.type == previousType {
        tags[chunk.tokens.lowerBound] = "B-" + chunk.type
      }
      previousEnd = chunk.tokens.upperBound
      previousType = chunk.type
    }
    return tags
  }
}
