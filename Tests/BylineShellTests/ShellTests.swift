import BylineCommands
import BylineCore
import BylineShell
import BylineTesting
import Foundation
import Testing

enum LengthKey: AnnotationKey { typealias Value = Int }

/// A plugin with a command and a setting, as a third party would write it, counting how often it
/// analyses.
struct LengthPlugin: Plugin, CommandContributing {
  static let factor = Setting<Int>("factor", default: 1, in: 1...100, help: "What to multiply lengths by")

  let calls: Counter
  let delay: Duration?
  var name: String { "length" }
  var provides: [Capability] { [.annotation(LengthKey.self)] }
  var settings: [any SettingDeclaration] { [Self.factor] }
  var commands: [any ShellCommand.Type] { [LengthCommand.self] }

  func analyze(_ article: inout NewsArticle, context: AnalysisContext) async throws {
    calls.increment()
    if let delay { try await Task.sleep(for: delay) }
    article.annotations[LengthKey.self] = article.body.count * context.settings[Self.factor]
  }
}

struct LengthCommand: ShellCommand {
  static let configuration = CommandConfiguration(commandName: "lengths", abstract: "Body lengths.")
  static let examples = ["lengths --minimum 10"]

  @Option(help: "Only show articles at least this long.")
  var minimum = 0

  func run(in context: CommandContext) async throws -> CommandValue {
    let corpus = try await context.analyze(context.inputArticles, providing: [.annotation(LengthKey.self)])
    return .table(
      DataTable(
        columns: ["id", "length"],
        rows: corpus.articles.compactMap { article in
          let length = article.annotations[LengthKey.self] ?? 0
          return length >= minimum ? [.string(article.id.rawValue), .number(Double(length))] : nil
        }))
  }
}

/// A shell over three articles from a JSON Lines fixture, with its output captured.
struct ShellFixture {
  static let records = [
    #"{"id":"fire-1","title":"Fire at the port","body":"A fire broke out at the chemical plant. Thousands left.","outlet":"Harbour Courier","published":{"date":"2025-03-14"},"authors":["Ana Lind"]}"#,
    #"{"id":"fire-2","title":"Port blaze","body":"The blaze at the plant was contained.","outlet":"Meridian Wire","published":{"date":"2025-03-15T10:32Z"}}"#,
    #"{"id":"rates-1","title":"Bank raises rates","body":"The central bank raised interest rates by half a point.","outlet":"Meridian Wire","published":{"date":"2025-05-08"},"language":"en"}"#,
  ]

  let harness: ShellHarness
  /// A scratch directory for files the tests write.
  let directory: String
  let calls: Counter

  var shell: Shell { harness.shell }
  var captured: CapturedOutput { harness.captured }

  init(delay: Duration? = nil) async throws {
    directory = NSTemporaryDirectory() + "byline-shell-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let calls = Counter()
    self.calls = calls
    harness = try await ShellHarness(
      plugins: [LengthPlugin(calls: calls, delay: delay)], records: Self.records, width: 120)
  }

  /// Runs `line` and returns (succeeded, stdout, stderr), resetting the capture.
  func run(_ line: String) async -> (ok: Bool, output: String, error: String) {
    let run = await harness.run(line)
    return (run.succeeded, run.output, run.error)
  }

  func json(_ line: String) async throws -> [[String: Any]] {
    try await harness.json(line)
  }
}

@Suite struct ShellTests {
  @Test func articlesAsJSONCarryTheDocumentedFields() async throws {
    let fixture = try await ShellFixture()
    let articles = try await fixture.json("articles --format json")
    #expect(articles.map { $0["id"] as? String } == ["fire-1", "fire-2", "rates-1"])
    #expect(Set(articles[0].keys) == ["id", "title", "outlet", "published", "words", "file"])
    #expect(articles[0]["published"] as? String == "2025-03-14")
    #expect(articles[1]["published"] as? String == "2025-03-15T10:32Z")
    #expect(articles[0]["words"] as? Int == 10)
    #expect((articles[0]["file"] as? String)?.hasSuffix(".jsonl") == true)
  }

  @Test func pipelinesNarrowTheSelection() async throws {
    let fixture = try await ShellFixture()
    let ids = { (line: String) async throws -> [String] in
      try await fixture.json(line + " | articles --format json").compactMap { $0["id"] as? String }
    }
    #expect(try await ids("filter outlet='meridian wire'") == ["fire-2", "rates-1"])
    #expect(try await ids("filter outlet!=Meridian\\ Wire") == ["fire-1"])
    #expect(try await ids("filter date>=2025-03-15") == ["fire-2", "rates-1"])
    #expect(try await ids("filter date=2025-03") == ["fire-1", "fire-2"])
    #expect(try await ids("filter words<9 title~blaze") == ["fire-2"])
    #expect(try await ids("filter author=ana\\ lind") == ["fire-1"])
    #expect(try await ids("search plant") == ["fire-1", "fire-2"])
    #expect(try await ids("search PLANT thousands") == ["fire-1"])
    #expect(try await ids("search --any rates blaze") == ["fire-2", "rates-1"])
    #expect(try await ids("search plant | filter outlet=Meridian\\ Wire") == ["fire-2"])
    #expect(try await ids("sort date --reverse | head 2") == ["rates-1", "fire-2"])
    #expect(try await ids("sort words") == ["fire-2", "fire-1", "rates-1"])
    #expect(try await ids("head 0").isEmpty)
  }

  @Test func everyFormatPrintsTheSameRows() async throws {
    let fixture = try await ShellFixture()
    let csv = await fixture.run("filter outlet=Meridian\\ Wire | articles --format csv")
    #expect(csv.output.hasPrefix("id,title,outlet,published,words,file\r\nfire-2,Port blaze,Meridian Wire,"))
    let markdown = await fixture.run("articles --format=markdown")
    #expect(markdown.output.hasPrefix("| id | title | outlet | published | words | file |\n| --- |"))
    let jsonl = await fixture.run("articles --format jsonl")
    #expect(jsonl.output.split(separator: "\n").count == 3)
    let table = await fixture.run("articles")
    #expect(
      table.output.hasPrefix("id       title              outlet           published          words  file\n"))
    #expect(await fixture.run("set format jsonl").ok)
    #expect(await fixture.run("articles").output.split(separator: "\n").count == 3)
    #expect(await fixture.shell.settings.format == .jsonl)
  }

  @Test func exportWritesFullRecordsThatLoadBack() async throws {
    let fixture = try await ShellFixture()
    let exported = await fixture.run("filter outlet=Meridian\\ Wire | export")
    #expect(exported.ok)
    let records = exported.output.split(separator: "\n").map {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
    #expect(records.count == 2)
    #expect(records[0]?["body"] as? String == "The blaze at the plant was contained.")
    #expect((records[0]?["published"] as? [String: Any])?["precision"] as? String == "minute")
    let file = fixture.directory + "/out.jsonl"
    let written = await fixture.run("export --to '\(file)'")
    #expect(written.ok && written.output.isEmpty && written.error == "wrote 3 articles to \(file)\n")
    let reloaded = await fixture.run("load --replace '\(file)' | articles --format json")
    #expect(reloaded.ok)
    #expect(await fixture.shell.corpus.articles.map(\.id) == ["fire-1", "fire-2", "rates-1"])
    let csv = await fixture.run("head 1 | export --format csv")
    #expect(
      csv.output.hasPrefix(
        "id,file,title,outlet,url,authors,published,language,words,body,removed,sentences\r\nfire-1,"))
    let refused = await fixture.run("export --format table")
    #expect(!refused.ok && refused.error.contains("export writes jsonl, json or csv"))
  }

  @Test func showFindsArticlesByIdPrefixOrFile() async throws {
    let fixture = try await ShellFixture()
    let text = await fixture.run("show rates")
    #expect(text.ok)
    #expect(
      text.output.hasPrefix(
        "Bank raises rates\n=================\nid:        rates-1\noutlet:    Meridian Wire"))
    #expect(text.output.hasSuffix("The central bank raised interest rates by half a point.\n"))
    let json = try await fixture.json("show fire-2 --format json")
    #expect(json.first?["body"] as? String == "The blaze at the plant was contained.")
    let ambiguous = await fixture.run("show fire")
    #expect(!ambiguous.ok && ambiguous.error.contains("matches 2 articles"))
    let missing = await fixture.run("show nothing")
    #expect(
      missing.error == """
        error: show: no article with id or file 'nothing'
        show nothing
             ^~~~~~~
        hint: list them with 'articles'

        """)
    #expect(await fixture.run("search blaze | show").output.hasPrefix("Port blaze"))
  }

  @Test func errorsSayWhatIsWrongAndSuggest() async throws {
    let fixture = try await ShellFixture()
    let unknown = await fixture.run("artcles")
    #expect(!unknown.ok)
    #expect(
      unknown.error == """
        error: unknown command 'artcles'
        artcles
        ^~~~~~~
        hint: did you mean 'articles'? (type 'help' for a list)

        """)
    let option = await fixture.run("filter outlet=x --bogus")
    #expect(
      option.error.hasPrefix(
        """
        error: filter: Unknown option '--bogus'
        filter outlet=x --bogus
                        ^~~~~~~
        hint: usage: filter <conditions> ...
        """))
    let field = await fixture.run("head 2 | filter colour=red")
    #expect(
      field.error.hasPrefix(
        """
        error: filter: unknown field 'colour'
        head 2 | filter colour=red
                        ^~~~~~~~~~
        hint: fields are id, title, outlet
        """))
    let date = await fixture.run("filter date>=yesterday")
    #expect(date.error.contains("'yesterday' is not a date"))
    let quote = await fixture.run("search 'unterminated")
    #expect(quote.error == "error: unterminated single quote\nsearch 'unterminated\n       ^\n")
    let format = await fixture.run("articles --format yaml")
    #expect(
      format.error.contains("'yaml' is not an output format\narticles --format yaml\n                  ^~~~"))
    #expect(format.error.contains("hint: use one of: table, json"))
    let setting = await fixture.run("set colour purple")
    #expect(setting.error.contains("'purple' is not a valid colour"))
    let missing = await fixture.run("load /no/such/file.txt")
    #expect(!missing.ok)
    #expect(missing.error.contains("/no/such/file.txt: error: no such file or directory"))
    let bogus = await fixture.run("filter --bogus")
    #expect(!bogus.ok)
    #expect(
      bogus.error.hasPrefix("error: filter: Unknown option '--bogus'\nfilter --bogus\n       ^~~~~~~\n"))
    let bogusShort = await fixture.run("sort date -x")
    #expect(bogusShort.error.hasPrefix("error: sort: Unknown option '-x'"))
    let wrongInput = await fixture.run("plugins | filter outlet=x")
    #expect(wrongInput.error.contains("filter works on articles, but the previous command produced a table"))
    // A failing late stage stops the line before anything runs.
    let late = await fixture.run("export --to /tmp/never.jsonl | nonsense")
    #expect(!late.ok && !FileManager.default.fileExists(atPath: "/tmp/never.jsonl"))
  }

  @Test func helpIsGeneratedFromTheParsers() async throws {
    let fixture = try await ShellFixture()
    let overview = await fixture.run("help")
    for name in [
      "load", "articles", "show", "export", "filter", "search", "stats", "plugins", "set", "history", "quit",
      "lengths",
    ] {
      #expect(overview.output.contains("\n  \(name) "), "help lacks \(name)")
    }
    let filter = await fixture.run("help filter")
    #expect(filter.output.contains("USAGE: filter <conditions> ..."))
    #expect(filter.output.contains("--format <format>"))
    #expect(filter.output.contains("EXAMPLES:\n  filter outlet='Meridian Wire'"))
    let builtinHelp = await fixture.run("stats -h")
    #expect(builtinHelp.ok && builtinHelp.output.contains("USAGE: stats"))
    let plugin = await fixture.run("lengths --help")
    #expect(plugin.output.contains("--minimum <minimum>"))
    #expect(plugin.output.contains("FROM PLUGIN: length"))
  }

  @Test func pluginCommandsRunAnalysisOnceAndReuseIt() async throws {
    let fixture = try await ShellFixture()
    let first = await fixture.run("lengths --format json")
    #expect(first.ok, "\(first.error)")
    #expect(fixture.calls.value == 3)
    let second = await fixture.run("filter outlet=Meridian\\ Wire | lengths --minimum 40 --format csv")
    #expect(second.output == "id,length\r\nrates-1,55\r\n")
    #expect(fixture.calls.value == 3)
    #expect(await fixture.shell.corpus.articles.allSatisfy { $0.annotations[LengthKey.self] != nil })
    let exported = await fixture.run("head 1 | export")
    #expect(exported.output.contains(#""annotations":{"LengthKey":55}"#))
  }

  @Test func pluginSettingsReachThePlugin() async throws {
    let fixture = try await ShellFixture()
    #expect(await fixture.run("set length.factor 2").ok)
    #expect(await fixture.run("head 1 | lengths --format csv").output == "id,length\r\nfire-1,110\r\n")
    let listing = await fixture.run("set --format csv")
    #expect(listing.output.hasPrefix("setting,value,default,help\r\nformat,table,table,"))
    #expect(
      listing.output.contains(
        "length.factor,2,1,What to multiply lengths by (whole number from 1 to 100)\r\n"))
    // The value reaches the plugin as an Int, and results made with the old value are not reused.
    #expect(await fixture.run("set length.factor 3").ok)
    #expect(await fixture.run("head 1 | lengths --format csv").output == "id,length\r\nfire-1,165\r\n")
  }

  @Test func statsPluginsAndHistory() async throws {
    let fixture = try await ShellFixture()
    let stats = await fixture.run("stats --format csv")
    #expect(stats.output.contains("articles,3\r\n"))
    #expect(stats.output.contains("outlets,2\r\n"))
    #expect(stats.output.contains("earliest,2025-03-14\r\n"))
    #expect(stats.output.contains("outlet: Meridian Wire,2\r\n"))
    let plugins = try await fixture.json("plugins --format json")
    #expect(plugins.first?["name"] as? String == "length")
    #expect(plugins.first?["commands"] as? [String] == ["lengths"])
    let history = await fixture.run("history --format jsonl")
    #expect(history.output.split(separator: "\n").count == 3)
    #expect(history.output.contains(#""line":"plugins --format json""#))
  }

  @Test func ctrlCCancelsACommandAndTheShellGoesOn() async throws {
    let fixture = try await ShellFixture(delay: .seconds(30))
    let shell = fixture.shell
    let task = Task { await shell.execute("lengths") }
    while fixture.calls.value == 0 { try await Task.sleep(for: .milliseconds(2)) }
    task.cancel()
    #expect(await task.value == false)
    #expect(fixture.captured.standardError.contains("cancelled"))
    #expect(await fixture.run("articles --format jsonl").output.split(separator: "\n").count == 3)
  }

  @Test func scriptsStopAtTheFirstFailureUnlessKeepGoing() async throws {
    let fixture = try await ShellFixture()
    let lines = ["# comment", "head 1 | articles --format jsonl", "bogus", "stats"]
    #expect(await fixture.shell.runScript(lines, source: "test.byline") == 1)
    #expect(
      fixture.captured.standardError.contains(
        "test.byline:3:1: error: unknown command 'bogus'\nbogus\n^~~~~\n"))
    #expect(fixture.captured.standardError.contains("test.byline:3: the command above failed"))
    #expect(!fixture.captured.standardOutput.contains("statistic"))
    fixture.captured.reset()
    #expect(await fixture.shell.runScript(lines, source: "test.byline", keepGoing: true) == 1)
    #expect(fixture.captured.standardOutput.contains("statistic"))
    #expect(await fixture.shell.runScript(["quit", "stats"], source: "q") == 0)
    #expect(await fixture.shell.hasQuit)
  }
}

@Suite struct ShellRobustnessTests {
  /// Odd and hostile lines: each must fail or succeed cleanly, never crash the shell.
  @Test func noInputCrashesTheShell() async throws {
    let fixture = try await ShellFixture()
    let lines = [
      "|", "||", "| |", "show", "head -1", "head abc", "head 99999999999999999999", "set", "set format",
      "set format", "filter =", "filter date>=", "filter words>abc", "filter ~", "filter 'outlet'",
      "load", "export --to /nonexistent/dir/x.jsonl", "help nothing", "sort", "sort nothing",
      "search", "search ''", "show ''", "articles extra words", "quit now", "\u{0}", "é|ü|ß",
      String(repeating: "a", count: 100_000), String(repeating: "| articles ", count: 200),
      "articles --format", "articles --format=", "--format json", "-- articles", "\"", "'",
      "\\", "history --last -5", "stats --help --format json", "lengths --minimum x",
      "lengths --minimum 99999999999999999999", "set concurrency 0", "set progress maybe", "set a. b",
      "load '[' ", "load /dev/null", "load /proc/self/mem",
    ]
    for line in lines {
      _ = await fixture.run(line)
    }
    #expect(await fixture.run("articles --format jsonl").output.split(separator: "\n").count == 3)
  }
}
