/// Splits a shell line into pipeline stages and words, following POSIX shell quoting.
///
/// - `'single quotes'` keep everything literally;
/// - `"double quotes"` keep everything but `\"`, `\\`, `\$` and `` \` ``, which lose the backslash;
/// - a backslash outside quotes escapes the next character;
/// - an unquoted `|` separates stages; an unquoted `#` at the start of a word starts a comment.
///
/// ```swift
/// try CommandLineLexer.stages(of: #"filter outlet='Meridian Wire' | search "rate rise""#)
/// // [["filter", "outlet=Meridian Wire"], ["search", "rate rise"]]
/// ```
public enum CommandLineLexer {
  /// Why a line could not be split.
  public enum LexError: Error, Equatable, CustomStringConvertible {
    /// A quote opened at this column (1-based) was never closed.
    case unterminatedQuote(Character, column: Int)
    /// A stage of the pipeline has no command, at this column.
    case emptyStage(column: Int)

    public var description: String {
      switch self {
      case .unterminatedQuote(let quote, let column):
        return "unterminated \(quote == "'" ? "single" : "double") quote opened at column \(column)"
      case .emptyStage(let column):
        return "empty command in the pipeline at column \(column)"
      }
    }
  }

  /// A word of a line and where it is: its 1-based column and its length on the line, quotes
  /// and backslashes included, so an error can be underlined.
  public struct Word: Hashable, Sendable {
    /// The word, without its quotes and escapes.
    public var text: String
    /// The 1-based column (in characters) where it starts on the line.
    public var column: Int
    /// How many characters of the line it spans.
    public var length: Int
  }

  /// The stages of `line`, each a list of words; an empty or comment-only line has none.
  public static func stages(of line: String) throws -> [[String]] {
    try locatedStages(of: line).map { $0.map(\.text) }
  }

  /// The stages of `line`, each a list of words with their places on the line.
  public static func locatedStages(of line: String) throws -> [[Word]] {
    let stages = try scan(line, allowUnterminated: false).stages
    if stages.count == 1 && stages[0].words.isEmpty { return [] }
    for stage in stages where stage.words.isEmpty {
      throw LexError.emptyStage(column: stage.column)
    }
    return stages.map(\.words)
  }

  /// The finished words of the last stage of a partial line, and the word being typed at its
  /// end (empty after a space) — what Tab completion needs. An open quote counts as typing.
  public static func partialStage(of line: String) -> (words: [String], current: String) {
    guard let scanned = try? scan(line, allowUnterminated: true) else { return ([], "") }
    var words = scanned.stages.last?.words.map(\.text) ?? []
    if let open = scanned.openQuoteWord { return (words, open) }
    guard scanned.endsInWord, let current = words.popLast() else { return (words, "") }
    return (words, current)
  }

  private struct Stage {
    var words: [Word] = []
    var column: Int
  }

  private struct Scan {
    var stages: [Stage]
    /// Whether the line ends in the middle of a word (no trailing space).
    var endsInWord: Bool
    /// The text of a word whose quote is still open at the end of the line.
    var openQuoteWord: String?
  }

  private static func scan(_ line: String, allowUnterminated: Bool) throws -> Scan {
    var scanner = Scanner(characters: Array(line))
    while scanner.index < scanner.characters.count {
      let character = scanner.characters[scanner.index]
      switch character {
      case "'", "\"":
        let opened = scanner.index
        scanner.startWord()
        scanner.readQuoted(until: character)
        if scanner.index >= scanner.characters.count {
          if allowUnterminated {
            return Scan(stages: scanner.stages, endsInWord: true, openQuoteWord: scanner.word)
          }
          throw LexError.unterminatedQuote(character, column: opened + 1)
        }
      case "\\":
        scanner.startWord()
        if scanner.index + 1 < scanner.characters.count {
          scanner.index += 1
          scanner.word.append(scanner.characters[scanner.index])
        }
      case "|":
        scanner.finishWord()
        scanner.stages.append(Stage(column: scanner.index + 2))
      case "#" where !scanner.inWord:
        scanner.index = scanner.characters.count
        continue
      case " ", "\t", "\n", "\r":
        scanner.finishWord()
      default:
        scanner.startWord()
        scanner.word.append(character)
      }
      scanner.index += 1
    }
    let endsInWord = scanner.inWord
    scanner.finishWord()
    return Scan(stages: scanner.stages, endsInWord: endsInWord, openQuoteWord: nil)
  }

  /// The state of one scan: the stages so far, the word being read, and the position.
  private struct Scanner {
    let characters: [Character]
    var stages = [Stage(column: 1)]
    var word = ""
    var inWord = false
    var wordStart = 0
    var index = 0

    init(characters: [Character]) { self.characters = characters }

    mutating func finishWord() {
      if inWord {
        stages[stages.count - 1].words.append(
          Word(text: word, column: wordStart + 1, length: index - wordStart))
      }
      word = ""
      inWord = false
    }

    mutating func startWord() {
      if !inWord { wordStart = index }
      inWord = true
    }

    /// Reads the quoted text after the opening `quote` at ``index`` into ``word``, stopping on the
    /// closing quote (or the end of the line); inside double quotes, `\` escapes `"`, `\`, `$`
    /// and a backquote.
    mutating func readQuoted(until quote: Character) {
      index += 1
      while index < characters.count, characters[index] != quote {
        if quote == "\"", characters[index] == "\\", index + 1 < characters.count,
          "\"\\$`".contains(characters[index + 1])
        {
          index += 1
        }
        word.append(characters[index])
        index += 1
      }
    }
  }
}
