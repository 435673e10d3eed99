import BylineCommands
import BylineCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The options of the `byline` command line.
public struct LaunchOptions: ParsableArguments {
  @Option(name: [.customShort("c"), .customLong("command")], help: "Run one command line and exit.")
  public var command: String?

  @Flag(help: "Start the interactive shell with no articles instead of the sample corpus.")
  public var empty = false

  @Flag(help: "In scripts, go on after a failing command (the exit status is still non-zero).")
  public var keepGoing = false

  @Option(help: "The default output format: table, json, jsonl, csv or markdown.")
  public var format: OutputFormat?

  @Option(help: "When to colour tables: auto, always or never.")
  public var color: ColorMode?

  @Argument(
    help: ArgumentHelp(
      "Files, directories or globs to load; FILE.byline runs a script; - runs a script from standard input.",
      valueName: "path"),
    completion: .file())
  public var paths: [String] = []

  public init() {}
}

/// Starts the shell the way `byline` does: loads the starting corpus, then runs `-c`, scripts,
/// standard input, or an interactive session.
public enum ShellLauncher {
  /// The version `byline --version` prints.
  public static let version = "0.1.0"

  /// Runs the shell and returns the process exit status.
  ///
  /// The paths given are loaded first. Without paths, only the interactive shell (no `-c`, no
  /// script, standard input a terminal) starts on the sample corpus, unless `--empty`; `-c`
  /// lines and scripts start with no articles, so what they print depends only on what they
  /// load. The status is 1 when any command failed or a path given could not be loaded.
  /// - Parameters:
  ///   - registry: the plugins to offer.
  ///   - sampleCorpus: the directory the interactive shell loads when no path is given and
  ///     `--empty` is not.
  public static func run(_ options: LaunchOptions, registry: PluginRegistry, sampleCorpus: String?) async
    -> Int32
  {
    var settings = ShellSettings()
    if let format = options.format { settings.format = format }
    if let color = options.color { settings.color = color }
    let shell = Shell(registry: registry, environment: .process, settings: settings)
    let interrupts = InterruptHandler()

    let scripts = options.paths.filter { $0 == "-" || $0.hasSuffix(".byline") }
    let dataPaths = options.paths.filter { !scripts.contains($0) }
    let isInteractive = options.command == nil && scripts.isEmpty && isatty(STDIN_FILENO) == 1
    let startingPaths: [String]
    if !dataPaths.isEmpty {
      startingPaths = dataPaths
    } else if isInteractive && !options.empty, let sampleCorpus {
      startingPaths = [sampleCorpus]
    } else {
      startingPaths = []
    }
    var status: Int32 = 0
    if !startingPaths.isEmpty, await !load(startingPaths, into: shell, interrupts: interrupts) { status = 1 }

    if isInteractive {
      return await interactive(shell, interrupts: interrupts)
    }
    if let line = options.command {
      let succeeded = await interrupts.cancellingOnInterrupt { await shell.execute(line) }
      return succeeded ? status : 1
    }
    if status != 0 && !options.keepGoing { return status }
    let result = await runScripts(scripts, in: shell, interrupts: interrupts, keepGoing: options.keepGoing)
    return result != 0 ? result : status
  }

  /// Loads the paths the shell starts with; returns whether all of them loaded.
  private static func load(_ paths: [String], into shell: Shell, interrupts: InterruptHandler) async -> Bool {
    await interrupts.cancellingOnInterrupt { () -> Bool in
      do {
        return try await shell.loadReporting(paths).succeeded
      } catch is CancellationError {
        shell.diagnose("cancelled")
        return false
      } catch {
        shell.diagnose("error: \(error)")
        return false
      }
    }
  }

  /// Runs the scripts given (`-` is standard input), or standard input when none is; returns the
  /// status of the last one that failed, or 0.
  private static func runScripts(
    _ scripts: [String], in shell: Shell, interrupts: InterruptHandler, keepGoing: Bool
  ) async -> Int32 {
    if scripts.isEmpty {
      let lines = readAllLines()
      return await interrupts.cancellingOnInterrupt {
        await shell.runScript(lines, source: "<stdin>", keepGoing: keepGoing)
      }
    }
    var status: Int32 = 0
    for script in scripts {
      let lines: [String]
      if script == "-" {
        lines = readAllLines()
      } else {
        guard let data = FileManager.default.contents(atPath: script) else {
          shell.diagnose("error: cannot read script \(script): \(String(cString: strerror(errno)))")
          return 1
        }
        lines = TextDecoding.decode(data).text.components(separatedBy: "\n")
      }
      let source = script == "-" ? "<stdin>" : script
      let result = await interrupts.cancellingOnInterrupt {
        await shell.runScript(lines, source: source, keepGoing: keepGoing)
      }
      if result != 0 {
        status = result
        if !keepGoing { return status }
      }
      if await shell.hasQuit { break }
    }
    return status
  }

  /// The names of every command a shell with `registry` offers: the built-ins and the plugins'.
  public static func commandNames(registry: PluginRegistry) -> Set<String> {
    Set(CommandCatalog(builtins: Shell.builtins, registry: registry).names)
  }

  /// Runs one command given as separate words, as in `byline train ner --data eng.train`: the
  /// words are quoted back into a command line and run like `byline -c`, with `options` (the
  /// launch options given before the command; `--empty` to load nothing).
  /// - Returns: the process exit status.
  public static func runCommand(
    _ words: [String], options: LaunchOptions, registry: PluginRegistry, sampleCorpus: String?
  ) async -> Int32 {
    var options = options
    options.command = words.map(quotedWord).joined(separator: " ")
    return await run(options, registry: registry, sampleCorpus: sampleCorpus)
  }

  /// `word` quoted for the shell's lexer when it needs to be.
  static func quotedWord(_ word: String) -> String {
    let plain = !word.isEmpty && word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,+@%".contains($0) }
    return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// Reads standard input to the end, as lines.
  static func readAllLines() -> [String] {
    var reader = PlainLineReader()
    var lines: [String] = []
    while let line = reader.readLine(prompt: "") { lines.append(line) }
    return lines
  }

  /// The prompt loop: read a line with the line editor, run it, until Ctrl-D or `quit`.
  static func interactive(_ shell: Shell, interrupts: InterruptHandler) async -> Int32 {
    var editor = LineEditor()
    await shell.setHistory(editor.historyLines)
    let count = await shell.corpus.count
    shell.diagnose(
      "Byline \(version) — \(count) article\(count == 1 ? "" : "s") loaded. "
        + "Type 'help' for commands, Tab to complete, Ctrl-D to leave.")
    while true {
      editor.setCompleter(await completer(for: shell))
      guard let line = editor.readLine(prompt: "byline> ") else {
        shell.diagnose("")
        break
      }
      _ = await interrupts.cancellingOnInterrupt { await shell.execute(line) }
      if await shell.hasQuit { break }
    }
    return 0
  }

  /// A completer that knows the shell's commands, options, plugins and articles.
  public static func completer(for shell: Shell) async -> Completer {
    let catalog = shell.catalog
    let articles = await shell.corpus.articles
    var keys = articles.map(\.id.rawValue)
    keys += articles.compactMap {
      $0.provenance.map { (($0.source as NSString).lastPathComponent as NSString).deletingPathExtension }
    }
    return Completer(
      commandNames: catalog.names + catalog.entries.flatMap { $0.type.configuration.aliases },
      optionNames: Dictionary(uniqueKeysWithValues: catalog.entries.map { ($0.name, $0.optionNames) }),
      optionValues: Dictionary(uniqueKeysWithValues: catalog.entries.map { ($0.name, $0.optionValues) }),
      pluginNames: shell.registry.plugins.map(\.name),
      settings: Dictionary(
        shell.registry.settings.map { ($0.name, $0.declaration.allowedValues) },
        uniquingKeysWith: { a, _ in a }),
      articleKeys: keys)
  }
}
