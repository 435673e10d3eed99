import Foundation
import Testing

/// A command line shown in the documentation, found mechanically so that new documentation is
/// covered without touching the tests.
///
/// In the fenced code blocks of README.md, docs/*.md and Plugins/*/README.md (blocks marked
/// `sh`, `bash`, `shell`, `console`, `text` or nothing):
/// - the `byline>` lines of a block form one **session**, started by the block's `$ byline ...`
///   line if it has one (the interactive shell, so the sample corpus when no path is given);
/// - any other line that runs `byline`, `embedding-example` or `keyword-example` (directly,
///   through `swift run`, with `-c release` or not, or as `.build/*/byline`) where a shell
///   command starts is a **command line**; a trailing `\` joins the next line, a leading `$ ` is
///   dropped, and `&&` parts that run something else (`sudo apt-get ...`) are left out.
///
/// Usage synopses (`byline [--command LINE] ...`, with `[` options or `...`) are not examples.
struct DocumentedExample: Sendable, CustomTestStringConvertible {
  /// A `byline>` line and where it is.
  struct SessionLine: Sendable {
    /// The 1-based line in the file.
    var number: Int
    /// The command line after the prompt.
    var text: String
  }

  /// What the example is.
  enum Kind: Sendable {
    /// `byline>` lines run in one shell, after the launch line (`$ swift run byline`), if any.
    case session(launch: String?, lines: [SessionLine])
    /// A line for `/bin/sh`.
    case commandLine(String)
  }

  /// The file, relative to the package root.
  var file: String
  /// The 1-based line where the example starts.
  var line: Int
  /// The example.
  var kind: Kind

  var testDescription: String {
    switch kind {
    case .session(_, let lines): return "\(file):\(line): session of \(lines.count) lines"
    case .commandLine(let text): return "\(file):\(line): \(text)"
    }
  }

  /// Whether the example reads the shared data beside the package.
  var usesSharedData: Bool {
    switch kind {
    case .session(let launch, let lines):
      return ([launch ?? ""] + lines.map(\.text)).contains { $0.contains("../shared") }
    case .commandLine(let text): return text.contains("../shared")
    }
  }

  // MARK: - Finding examples

  /// The documents searched: README.md, docs/*.md and Plugins/*/README.md.
  static func documents() -> [String] {
    let files = FileManager.default
    let docs =
      ((try? files.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("docs").path)) ?? [])
      .filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    let plugins =
      ((try? files.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Plugins").path)) ?? [])
      .sorted().map { "Plugins/\($0)/README.md" }
      .filter { files.fileExists(atPath: packageRoot.appendingPathComponent($0).path) }
    return ["README.md"] + docs + plugins
  }

  /// Every example in every document.
  static func all() -> [DocumentedExample] {
    documents().flatMap { file in
      let text = (try? String(contentsOf: packageRoot.appendingPathComponent(file), encoding: .utf8)) ?? ""
      return examples(in: text, file: file)
    }
  }

  /// The languages of the fenced blocks whose lines may be command lines.
  static let shellLanguages: Set<String> = ["", "sh", "bash", "shell", "console", "text"]

  /// The examples in the markdown `text` of `file`.
  static func examples(in text: String, file: String) -> [DocumentedExample] {
    var examples: [DocumentedExample] = []
    var block: [(number: Int, text: String)]?
    var language = ""
    for (index, line) in text.components(separatedBy: "\n").enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        if let lines = block {
          if shellLanguages.contains(language) { examples += Self.examples(inBlock: lines, file: file) }
          block = nil
        } else {
          block = []
          language = String(trimmed.dropFirst(3)).trimmingCharacters(in: .whitespaces).lowercased()
        }
      } else if block != nil {
        block?.append((index + 1, line))
      }
    }
    return examples
  }

  /// The examples in one fenced block's lines.
  static func examples(inBlock lines: [(number: Int, text: String)], file: String) -> [DocumentedExample] {
    var examples: [DocumentedExample] = []
    var sessionLines: [SessionLine] = []
    var launch: (number: Int, text: String)?
    var index = 0
    while index < lines.count {
      var (number, text) = lines[index]
      index += 1
      if text.hasPrefix("byline> ") {
        sessionLines.append(SessionLine(number: number, text: String(text.dropFirst("byline> ".count))))
        continue
      }
      while text.hasSuffix("\\"), index < lines.count {
        text =
          text.dropLast().trimmingCharacters(in: .whitespaces) + " "
          + lines[index].text.trimmingCharacters(in: .whitespaces)
        index += 1
      }
      let command = text.hasPrefix("$ ") ? String(text.dropFirst(2)) : text
      guard let runnable = Self.runnablePart(of: command), !Self.isSynopsis(runnable) else { continue }
      if text.hasPrefix("$ ") && launch == nil {
        launch = (number, runnable)
      } else {
        examples.append(DocumentedExample(file: file, line: number, kind: .commandLine(runnable)))
      }
    }
    if !sessionLines.isEmpty {
      examples.append(
        DocumentedExample(
          file: file, line: launch?.number ?? sessionLines[0].number,
          kind: .session(launch: launch?.text, lines: sessionLines)))
    } else if let launch {
      examples.append(DocumentedExample(file: file, line: launch.number, kind: .commandLine(launch.text)))
    }
    return examples
  }

  /// The programs examples may run, as `swift run` names them.
  static let programs = ["byline", "embedding-example", "keyword-example"]

  /// Where a program is run: at a command's start, through `swift run` or a build folder.
  static let invocation = try! NSRegularExpression(
    pattern:
      #"(^|[|;&]\s*)(?:swift run (?:-c release |--configuration release )?|\.build/(?:debug|release)/)?"#
      + "(" + programs.joined(separator: "|") + #")(?=\s|$)"#)

  /// The `&&` parts of `line` that run one of ``programs``, joined again; nil when none does.
  static func runnablePart(of line: String) -> String? {
    let parts = line.components(separatedBy: " && ").filter { part in
      let trimmed = part.trimmingCharacters(in: .whitespaces)
      return invocation.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil
    }
    return parts.isEmpty
      ? nil : parts.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " && ")
  }

  /// Whether `line` is a usage synopsis rather than a command: `[--option]`, `[PATH ...]`, `...`.
  static func isSynopsis(_ line: String) -> Bool {
    line.contains("...") || line.contains("…")
      || line.range(of: #"\[[-A-Z]"#, options: .regularExpression) != nil
  }

  /// `line` with every program it runs replaced by the built executable's quoted path.
  static func resolvingPrograms(in line: String) -> String {
    let text = line as NSString
    var result = text
    // From the end, so that the ranges of earlier matches stay right.
    for match in invocation.matches(in: line, range: NSRange(location: 0, length: text.length)).reversed() {
      let path = builtExecutable(text.substring(with: match.range(at: 2))).path
      result =
        result.replacingCharacters(
          in: match.range, with: text.substring(with: match.range(at: 1)) + "'" + path + "'") as NSString
    }
    return result as String
  }
}
