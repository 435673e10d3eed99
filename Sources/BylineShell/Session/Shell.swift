import BylineCommands
import BylineCore
import Foundation

/// The Byline shell as a library: a session (loaded articles, settings, history) that runs
/// command lines such as `load news/ | filter outlet=Meridian | articles --format json`.
///
/// The `byline` executable drives it from a terminal, a script or `-c`; tests and other tools
/// drive it in-process:
///
/// ```swift
/// let (environment, captured) = ShellEnvironment.capturing()
/// let shell = Shell(registry: registry, environment: environment)
/// _ = await shell.execute("load Examples/corpus | articles --format json")
/// print(captured.standardOutput)
/// ```
///
/// The shell has no analysis logic of its own: it runs its built-in commands and the commands
/// that registered plugins contribute.
public actor Shell {
  /// The registered plugins.
  public let registry: PluginRegistry
  /// Where output goes.
  public let environment: ShellEnvironment
  /// The session's settings.
  public var settings: ShellSettings
  /// Every article loaded in the session, with the results of analysis run so far.
  public internal(set) var corpus = Corpus()
  /// The lines run in this session (and, interactively, earlier ones), oldest first.
  public private(set) var history: [String] = []
  /// Whether `quit` has been run.
  public private(set) var hasQuit = false

  let catalog: CommandCatalog
  /// The article ids and their positions in ``corpus``.
  var positions: [ArticleID: Int] = [:]
  /// Per-article capabilities already computed, so later commands reuse them.
  var analyzedCapabilities: [ArticleID: Set<Capability>] = [:]
  /// The `--format` given to the stage being run, if any.
  var stageFormat: OutputFormat?
  /// Set by a command that did its work but met errors on the way (such as `load` with a path
  /// it could not read), so that the line fails after the pipeline has run.
  var lineMetErrors = false

  /// The shell's built-in commands.
  static let builtins: [any ShellCommand.Type] = [
    LoadCommand.self, ArticlesCommand.self, ShowCommand.self, ExportCommand.self,
    FilterCommand.self, SearchCommand.self, HeadCommand.self, SortCommand.self,
    StatsCommand.self, PluginsCommand.self, SetCommand.self, HistoryCommand.self,
    HelpCommand.self, QuitCommand.self,
  ]

  /// Creates a shell with no articles loaded.
  public init(
    registry: PluginRegistry, environment: ShellEnvironment = .process,
    settings: ShellSettings = ShellSettings()
  ) {
    self.registry = registry
    self.environment = environment
    self.settings = settings
    self.catalog = CommandCatalog(builtins: Self.builtins, registry: registry)
    for conflict in catalog.conflicts { environment.writeError("warning: \(conflict)\n") }
  }

  /// The names of every command, sorted.
  public var commandNames: [String] { catalog.names }

  // MARK: - Running lines

  /// Runs one line: its stages in order, each receiving the previous one's result, and prints
  /// the last result. Errors are printed to standard error.
  /// - Returns: whether the line succeeded.
  @discardableResult
  public func execute(_ line: String) async -> Bool {
    await execute(line, file: nil, lineNumber: 1)
  }

  /// Runs one line read from line `lineNumber` of `file` (a script), so that an error about it
  /// names that place as `file:line:column`.
  func execute(_ line: String, file: String?, lineNumber: Int) async -> Bool {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if !trimmed.isEmpty && !trimmed.hasPrefix("#") { history.append(line) }
    lineMetErrors = false
    do {
      try await run(line)
      return !lineMetErrors
    } catch is CancellationError {
      environment.writeError("cancelled\n")
    } catch var error as BylineError {
      if file != nil, error.location?.file == nil, let column = error.location?.column {
        error.location = InputLocation(file: file, line: lineNumber, column: column)
      }
      environment.writeError(error.description + "\n")
    } catch {
      environment.writeError("error: \(error)\n")
    }
    return false
  }

  /// Runs `lines` as a script, stopping at the first failing line unless `keepGoing`.
  /// - Returns: 0 when every line succeeded, 1 otherwise.
  public func runScript(_ lines: [String], source: String, keepGoing: Bool = false) async -> Int32 {
    var status: Int32 = 0
    for (number, line) in lines.enumerated() {
      if Task.isCancelled { return 130 }
      let succeeded = await execute(line, file: source, lineNumber: number + 1)
      if !succeeded {
        environment.writeError("\(source):\(number + 1): the command above failed\n")
        status = 1
        if !keepGoing { return status }
      }
      if hasQuit { break }
    }
    return status
  }

  private func run(_ line: String) async throws {
    guard let (value, format) = try await evaluateStages(of: line) else { return }
    print(value, format: format ?? settings.format)
  }

  /// Runs one line like ``execute(_:)`` but returns the last command's result instead of
  /// printing it (`.empty` for an empty line or one that asked for help); for tests and programs
  /// that drive the shell.
  /// - Throws: ``BylineError`` (or the command's own error) when the line fails.
  public func evaluate(_ line: String) async throws -> CommandValue {
    lineMetErrors = false
    return try await evaluateStages(of: line)?.value ?? .empty
  }

  /// Parses every stage of `line`, then runs them in order; nil when there is nothing to print.
  private func evaluateStages(of line: String) async throws -> (value: CommandValue, format: OutputFormat?)? {
    let stages: [[CommandLineLexer.Word]]
    do {
      stages = try CommandLineLexer.locatedStages(of: line)
    } catch let error as CommandLineLexer.LexError {
      throw Self.syntaxError(error, in: line)
    }
    guard !stages.isEmpty else { return nil }
    // Parse every stage before running any, so a typo late in a pipeline costs nothing.
    var parsed:
      [(entry: CommandEntry, arguments: [String], format: OutputFormat?, words: [CommandLineLexer.Word])] =
        []
    for (index, words) in stages.enumerated() {
      let parsedStage: (CommandEntry, [String], OutputFormat?)?
      do {
        parsedStage = try parse(words.map(\.text))
      } catch let error as BylineError {
        throw Self.locate(error, among: words, in: line)
      }
      guard let (entry, arguments, format) = parsedStage else { return nil }
      if format != nil && index < stages.count - 1 {
        let formatWord = words.first { $0.text.hasPrefix("--format") }
        throw Self.locate(
          BylineError(
            .invalidArgument,
            "\(entry.name): --format only applies to the last command of a pipeline, "
              + "'\(stages[stages.count - 1][0].text)' here",
            argument: formatWord?.text, hint: "move it there"),
          among: words, in: line)
      }
      parsed.append((entry, arguments, format, words))
    }
    var value = CommandValue.articles(corpus.articles)
    for stage in parsed {
      try Task.checkCancellation()
      stageFormat = stage.format
      defer { stageFormat = nil }
      do {
        value = try await Self.runCommand(
          stage.entry.type, arguments: stage.arguments, context: commandContext(input: value))
      } catch let error as CancellationError {
        throw error
      } catch let error as BylineError {
        throw Self.locate(error.prefixed("\(stage.entry.name): "), among: stage.words, in: line)
      } catch {
        throw BylineError(.commandFailed, "\(stage.entry.name): \(error)")
      }
    }
    try Task.checkCancellation()
    return (value, parsed.last?.format)
  }

  /// Runs a command outside the shell's isolation, as plugin code expects (built-in commands
  /// come back to the shell through their context); the command value is made here so that it
  /// never crosses from the shell to the command.
  private nonisolated static func runCommand(
    _ type: any ShellCommand.Type, arguments: [String], context: CommandContext
  ) async throws -> CommandValue {
    guard let command = try type.parseAsRoot(arguments) as? any ShellCommand else {
      throw BylineError(.invalidArgument, "\(type) did not parse as a shell command")
    }
    return try await command.run(in: context)
  }

  /// A lexer error as a ``BylineError`` with a caret under the column it names.
  static func syntaxError(_ error: CommandLineLexer.LexError, in line: String) -> BylineError {
    switch error {
    case .unterminatedQuote(let quote, let column):
      return BylineError(.syntax, "unterminated \(quote == "'" ? "single" : "double") quote")
        .located(at: column, in: line)
    case .emptyStage(let column):
      return BylineError(.syntax, "empty command in the pipeline", hint: "put a command between the '|'")
        .located(at: column, in: line)
    }
  }

  /// `error` with a caret under the word it is about: its ``BylineError/argument``, found among
  /// the stage's words (first exactly, then as the text of an option), or the command name.
  static func locate(_ error: BylineError, among words: [CommandLineLexer.Word], in line: String)
    -> BylineError
  {
    guard error.location == nil, let first = words.first else { return error }
    let word: CommandLineLexer.Word
    if let argument = error.argument {
      guard
        let found = words.dropFirst().first(where: { $0.text == argument })
          ?? words.first(where: { $0.text == argument })
          ?? words.dropFirst().first(where: { $0.text.hasPrefix(argument + "=") })
      else { return error }
      word = found
    } else if error.code == .unknownCommand {
      word = first
    } else {
      return error
    }
    return error.located(at: word.column, length: word.length, in: line)
  }

  /// Parses one stage's words, to check them before anything runs. Returns nil when the stage
  /// asked for help, which is printed.
  private func parse(_ words: [String]) throws -> (CommandEntry, [String], OutputFormat?)? {
    let name = words[0]
    guard let entry = catalog.entry(named: name) else {
      let suggestion = catalog.suggestion(for: name).map { "did you mean '\($0)'? " } ?? ""
      throw BylineError(
        .unknownCommand, "unknown command '\(name)'", hint: suggestion + "(type 'help' for a list)")
    }
    var arguments = Array(words.dropFirst())
    let format = try Self.extractFormat(from: &arguments, command: name)
    let usage = "usage: \(name) \(Self.usage(of: entry)) (type 'help \(name)' for more)"
    if let unknown = Self.unknownOption(in: arguments, accepted: entry.optionNames) {
      // Said before parsing, so that a missing argument does not hide the real mistake.
      throw BylineError(
        .unknownOption, "\(name): Unknown option '\(unknown)'", argument: unknown, hint: usage)
    }
    do {
      guard try entry.type.parseAsRoot(arguments) is any ShellCommand else {
        // `--help` parses as swift-argument-parser's own help command.
        environment.writeOutput(HelpText.text(for: entry) + "\n")
        return nil
      }
      return (entry, arguments, format)
    } catch {
      if entry.type.exitCode(for: error) == .success {
        environment.writeOutput(HelpText.text(for: entry) + "\n")
        return nil
      }
      let message = entry.type.message(for: error)
      throw BylineError(
        .invalidArgument, "\(name): \(message)", argument: Self.firstQuoted(in: message), hint: usage)
    }
  }

  /// The first text between single quotes in `message`, such as the bad value in
  /// swift-argument-parser's "The value 'x' is invalid for '--by <by>'".
  static func firstQuoted(in message: String) -> String? {
    let parts = message.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
    return parts.count == 3 ? String(parts[1]) : nil
  }

  /// Removes `--format VALUE` / `--format=VALUE`, which every command accepts.
  static func extractFormat(from arguments: inout [String], command: String) throws -> OutputFormat? {
    var format: OutputFormat?
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      var value: String?
      if word == "--format" {
        guard index + 1 < arguments.count else {
          throw BylineError(
            .invalidArgument, "\(command): --format needs a value", argument: word,
            hint: "use one of: \(formatNames)")
        }
        value = arguments[index + 1]
        arguments.removeSubrange(index...(index + 1))
      } else if word.hasPrefix("--format=") {
        value = String(word.dropFirst("--format=".count))
        arguments.remove(at: index)
      } else if word == "--" {
        break
      } else {
        index += 1
        continue
      }
      guard let value, let parsed = OutputFormat(rawValue: value.lowercased()) else {
        throw BylineError(
          .invalidArgument, "\(command): '\(value ?? "")' is not an output format", argument: value,
          hint: "use one of: \(formatNames)")
      }
      format = parsed
    }
    return format
  }

  /// The first word before any `--` that looks like an option (`--name`, `--name=value`, `-x`)
  /// but is none of `accepted` (nor `-h` / `--help`); negative numbers are not options.
  static func unknownOption(in arguments: [String], accepted: [String]) -> String? {
    let known = Set(accepted + ["-h", "--help"])
    for word in arguments {
      if word == "--" { return nil }
      if word.hasPrefix("--"), word.count > 2 {
        let name = String(word.prefix { $0 != "=" })
        if !known.contains(name) { return name }
      } else if word.hasPrefix("-"), let letter = word.dropFirst().first, letter.isLetter,
        !known.contains("-\(letter)")
      {
        return "-\(letter)"
      }
    }
    return nil
  }

  static var formatNames: String { OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") }

  static func usage(of entry: CommandEntry) -> String {
    let usage = entry.type.usageString()
    let prefix = (entry.type.configuration.commandName ?? "") + " "
    return usage.hasPrefix(prefix) ? String(usage.dropFirst(prefix.count)) : usage
  }

  // MARK: - Output

  /// Prints a command's result in `format`.
  func print(_ value: CommandValue, format: OutputFormat) {
    switch value {
    case .empty:
      return
    case .message(let text):
      environment.writeOutput(text.hasSuffix("\n") || text.isEmpty ? text : text + "\n")
    default:
      let records = RecordConversion.records(for: value)
      environment.writeOutput(renderer.render(records, as: format))
    }
  }

  var renderer: OutputRenderer {
    let color: Bool
    switch settings.color {
    case .always: color = true
    case .never: color = false
    case .auto:
      color = environment.outputIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
    return OutputRenderer(
      width: environment.fitsTablesToWidth ? environment.terminalWidth() : nil, color: color)
  }

  /// Reports a note or warning on standard error.
  nonisolated func diagnose(_ text: String) {
    environment.writeError(text.hasSuffix("\n") ? text : text + "\n")
  }

  /// A progress bar for work with `total` steps, drawn only on a terminal and only once the work
  /// has taken a second.
  func progressBar(_ label: String) -> ProgressBar? {
    guard settings.showsProgress, environment.errorIsTerminal else { return nil }
    return ProgressBar(label: label, write: environment.writeError, width: environment.terminalWidth())
  }

  // MARK: - Articles

  /// The session's current version of `article` (with the analysis done so far).
  func current(_ article: NewsArticle) -> NewsArticle {
    positions[article.id].map { corpus.articles[$0] } ?? article
  }

  /// Finds an article by exact id, file name (with or without extension), or unique id prefix.
  func article(matching key: String, in articles: [NewsArticle]) throws -> NewsArticle {
    if let exact = articles.first(where: { $0.id.rawValue == key }) { return exact }
    let byFile = articles.filter { article in
      guard let source = article.provenance?.source else { return false }
      let name = (source as NSString).lastPathComponent
      return source == key || name == key || (name as NSString).deletingPathExtension == key
    }
    if byFile.count == 1 { return byFile[0] }
    let byPrefix = articles.filter { article in
      article.id.rawValue.hasPrefix(key)
        || (article.provenance.map { ($0.source as NSString).lastPathComponent.hasPrefix(key) } ?? false)
    }
    if byPrefix.count == 1 { return byPrefix[0] }
    if byPrefix.count + byFile.count > 1 {
      throw BylineError(
        .notFound, "'\(key)' matches \(byPrefix.count + byFile.count) articles", argument: key,
        hint: "give more of the id")
    }
    throw BylineError(
      .notFound, "no article with id or file '\(key)'", argument: key, hint: "list them with 'articles'")
  }

  // MARK: - Analysis for plugin commands

  func commandContext(input: CommandValue) -> CommandContext {
    CommandContext(
      input: input, corpus: corpus, registry: registry,
      analyzer: { [self] articles, capabilities in
        try await self.analyze(articles, providing: capabilities)
      },
      diagnose: { [self] text in self.diagnose(text) }, session: self)
  }

  /// Runs whatever provides `capabilities` on `articles`, reusing per-article results computed
  /// by earlier commands, and keeps the new results in the session.
  public func analyze(_ articles: [NewsArticle], providing capabilities: [Capability]) async throws
    -> PipelineResult
  {
    let current = articles.map(current)
    let cacheable = Set(registry.plugins.filter { $0.scope == .article }.flatMap(\.provides))
    var done: Set<Capability>?
    for article in current {
      let capabilities = analyzedCapabilities[article.id] ?? []
      done = done.map { $0.intersection(capabilities) } ?? capabilities
    }
    let plan = try registry.plan(providing: capabilities, available: (done ?? []).intersection(cacheable))
    guard !plan.plugins.isEmpty else { return PipelineResult(corpus: Corpus(current), failures: []) }
    let bar = progressBar("analysing")
    let pipeline = Pipeline(
      plan: plan,
      options: .init(
        maxConcurrency: settings.concurrency, pluginSettings: settings.pluginSettings,
        progress: { progress in
          if let total = progress.total { bar?.update(completed: progress.completed, total: total) }
        }))
    let result = try await pipeline.run(Corpus(current))
    bar?.finish()
    let failed = Set(result.failures.compactMap { $0.articleID })
    let provided = plan.provides.intersection(cacheable)
    for article in result.corpus.articles {
      guard let position = positions[article.id] else { continue }
      corpus.articles[position] = article
      if !failed.contains(article.id) { analyzedCapabilities[article.id, default: []].formUnion(provided) }
    }
    return result
  }

  // MARK: - Session changes for built-in commands

  func quit() { hasQuit = true }

  /// Forgets which analysis is done, so that the next command runs the plugins again (after a
  /// plugin setting changed, for instance).
  func forgetAnalysis() { analyzedCapabilities = [:] }

  /// Runs `body` on the shell: how a built-in command, given the shell as its context's session,
  /// reaches the session's state.
  func perform<Result: Sendable>(_ body: @Sendable (isolated Shell) async throws -> Result) async rethrows
    -> Result
  {
    try await body(self)
  }

  /// Adds `articles` to the session as if loaded (those whose id it holds already are skipped),
  /// e.g. an in-memory corpus for tests.
  public func add(_ articles: [NewsArticle]) {
    for article in articles where positions[article.id] == nil {
      positions[article.id] = corpus.articles.count
      corpus.articles.append(article)
    }
  }

  /// Replaces the history, e.g. with the lines of the history file at start-up.
  public func setHistory(_ lines: [String]) { history = lines }
}
