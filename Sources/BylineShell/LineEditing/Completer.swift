import BylineCore
import Foundation

/// Works out Tab completions for a partial command line: command names, option names, setting
/// names and their allowed values, plugin names, output formats, filter fields, file paths after
/// `load` and `export`, and article ids after `show`.
public struct Completer: Sendable {
  /// Characters that end a word for completion purposes; libedit is told the same.
  public static let wordBreakCharacters = " \t\n|'\"="

  let commandNames: [String]
  let optionNames: [String: [String]]
  let optionValues: [String: [String: [String]]]
  let pluginNames: [String]
  let settingValues: [String: [String]]
  let articleKeys: [String]
  let currentDirectory: String

  /// Creates a completer from what the shell knows now. `optionValues` maps a command's options
  /// to the values they allow (`cooccur` → `--within` → `sentence`, `article`); `settings` maps
  /// each plugin setting's name (`sentiment.threshold`) to its allowed values (empty when any
  /// value goes).
  public init(
    commandNames: [String], optionNames: [String: [String]],
    optionValues: [String: [String: [String]]] = [:], pluginNames: [String],
    settings: [String: [String]] = [:], articleKeys: [String],
    currentDirectory: String = FileManager.default.currentDirectoryPath
  ) {
    self.commandNames = commandNames
    self.optionNames = optionNames
    self.optionValues = optionValues
    self.pluginNames = pluginNames
    self.settingValues = settings
    self.articleKeys = articleKeys
    self.currentDirectory = currentDirectory
  }

  /// The completions of the word at the end of `line` (the text up to the cursor), sorted.
  /// Each completion replaces that word, which is the text after the last word-break character.
  public func completions(for line: String) -> [String] {
    let word = Self.currentWord(of: line)
    let before = String(line.dropLast(word.count))
    let (words, unfinished) = CommandLineLexer.partialStage(of: before)
    let context = unfinished.isEmpty ? words : words + [unfinished]
    let candidates: [String]
    if context.isEmpty {
      candidates = commandNames
    } else {
      candidates = argumentCandidates(
        command: context[0], previous: context.dropFirst(), word: word, line: before)
    }
    return Array(Set(candidates.filter { $0.hasPrefix(word) })).sorted()
  }

  /// The text after the last word-break character.
  static func currentWord(of line: String) -> String {
    guard let last = line.lastIndex(where: { wordBreakCharacters.contains($0) }) else { return line }
    return String(line[line.index(after: last)...])
  }

  private func argumentCandidates(command: String, previous: ArraySlice<String>, word: String, line: String)
    -> [String]
  {
    let last = previous.last
    if last == "--format" { return OutputFormat.allCases.map(\.rawValue) }
    if last == "--to" { return paths(matching: word) }
    if let last, let values = optionValues[command]?[last] { return values }
    if word.hasPrefix("-") { return (optionNames[command] ?? []) + ["--format", "--help"] }
    switch command {
    case "load": return paths(matching: word)
    case "help": return commandNames
    case "show": return articleKeys
    case "set":
      if previous.isEmpty { return ShellSettings.names + settingValues.keys }
      switch previous.first {
      case "format": return OutputFormat.allCases.map(\.rawValue)
      case "color": return ColorMode.allCases.map(\.rawValue)
      case "progress": return ["on", "off"]
      default: return previous.count == 1 ? previous.first.flatMap { settingValues[$0] } ?? [] : []
      }
    case "filter":
      if line.hasSuffix("=") { return [] }
      return ArticleFilter.Field.allCases.map(\.rawValue)
    case "sort": return SortCommand.Key.allCases.map(\.rawValue)
    case "plugins": return pluginNames
    default: return []
    }
  }

  /// Files and directories whose path starts with `word`; directories end with `/`.
  func paths(matching word: String) -> [String] {
    let expanded = word.hasPrefix("~/") ? NSHomeDirectory() + word.dropFirst() : word
    let directoryPart = expanded.hasSuffix("/") ? expanded : (expanded as NSString).deletingLastPathComponent
    let namePrefix = expanded.hasSuffix("/") ? "" : (expanded as NSString).lastPathComponent
    let searched =
      directoryPart.isEmpty
      ? currentDirectory
      : (directoryPart.hasPrefix("/") ? directoryPart : currentDirectory + "/" + directoryPart)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: searched) else { return [] }
    let typedDirectory = word.hasSuffix("/") ? word : String(word.dropLast(namePrefix.count))
    return names.filter { $0.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !$0.hasPrefix(".")) }
      .map { name in
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: searched + "/" + name, isDirectory: &isDirectory)
        return typedDirectory + name + (isDirectory.boolValue ? "/" : "")
      }
  }
}
