import BylineCommands
import BylineCore
import BylineTesting
import Testing

@testable import BylineShell

@Suite struct CommandProtocolTests {
  @Test func builtInAndPluginCommandsAreOneProtocol() async throws {
    let builtins: [any ShellCommand.Type] = Shell.builtins
    #expect(builtins.contains { $0.configuration.commandName == "filter" })
    let calls = Counter()
    let harness = try await ShellHarness(
      plugins: [LengthPlugin(calls: calls, delay: nil)], records: ShellFixture.records)
    let catalog = await harness.shell.catalog
    let filter = try #require(catalog.entry(named: "filter"))
    let lengths = try #require(catalog.entry(named: "lengths"))
    #expect(filter.source == .builtin && lengths.source == .plugin(name: "length"))
    // Both kinds take the same context and return the same kind of value.
    let filtering = try #require(try filter.type.parseAsRoot(["outlet=Meridian Wire"]) as? any ShellCommand)
    let context = CommandContext(
      input: .articles(await harness.shell.corpus.articles), corpus: await harness.shell.corpus,
      registry: await harness.shell.registry, session: harness.shell)
    guard case .articles(let kept) = try await filtering.run(in: context) else {
      Issue.record("filter did not return articles")
      return
    }
    #expect(kept.map(\.id.rawValue) == ["fire-2", "rates-1"])
    let plugin = try #require(try lengths.type.parseAsRoot(["--minimum", "50"]) as? any ShellCommand)
    guard case .table(let table) = try await plugin.run(in: context) else {
      Issue.record("lengths did not return a table")
      return
    }
    #expect(table.rows == [[.string("fire-1"), .number(55)], [.string("rates-1"), .number(55)]])
  }

  @Test func aBuiltInOutsideAShellSaysSo() async throws {
    let command = try #require(try Shell.builtins[0].parseAsRoot(["x.txt"]) as? any ShellCommand)
    let context = CommandContext(input: .empty, corpus: Corpus(), registry: PluginRegistry())
    do {
      _ = try await command.run(in: context)
      Issue.record("load ran without a shell")
    } catch let error as BylineError {
      #expect(error.code == .unavailable)
    }
  }

  @Test func theSessionGivesFormatSettingsAndHistory() async throws {
    let calls = Counter()
    let harness = try await ShellHarness(
      plugins: [LengthPlugin(calls: calls, delay: nil)], records: ShellFixture.records)
    #expect(await harness.run("set length.factor 4").succeeded)
    let session: any CommandSession = harness.shell
    #expect(await session.settings(for: "length")[LengthPlugin.factor] == 4)
    #expect(await session.history == ["set length.factor 4"])
    #expect(await session.outputFormatName == "table")
  }

  @Test func setChecksNamesAndValuesAndListsDefaults() async throws {
    let calls = Counter()
    let harness = try await ShellHarness(
      plugins: [LengthPlugin(calls: calls, delay: nil)], records: ShellFixture.records, width: nil)
    let unknown = await harness.run("set lenght.factor 2")
    #expect(!unknown.succeeded)
    #expect(
      unknown.error == """
        error: set: no setting named 'lenght.factor'
        set lenght.factor 2
            ^~~~~~~~~~~~~
        hint: plugin settings are length.factor

        """)
    let bad = await harness.run("set length.factor many")
    #expect(bad.error.contains("error: set: 'many' is not a valid value for length.factor\n"))
    #expect(bad.error.contains("                  ^~~~\nhint: factor takes a whole number from 1 to 100\n"))
    let builtin = await harness.run("set colour purple")
    #expect(builtin.error.contains("hint: use one of: auto, always, never"))
    let plain = await harness.run("set nothing 1")
    #expect(
      plain.error.contains(
        "hint: settings are format, color, progress, concurrency, and the plugins' length.factor"))
    let table = try await harness.table("set")
    #expect(table.columns == ["setting", "value", "default", "help"])
    #expect(
      table.rows.last == [
        .string("length.factor"), .string("1"), .string("1"),
        .string("What to multiply lengths by (whole number from 1 to 100)"),
      ])
  }

  @Test func tabCompletesSettingNamesAndChoices() async throws {
    let harness = try await ShellHarness(plugins: [ChoicePlugin()])
    let completer = await ShellLauncher.completer(for: harness.shell)
    #expect(completer.completions(for: "set choice.m") == ["choice.mode"])
    #expect(completer.completions(for: "set choice.mode ") == ["fast", "slow"])
    #expect(completer.completions(for: "set choice.mode s") == ["slow"])
    // An option whose type is an enum completes its values.
    #expect(completer.completions(for: "pace --mode ") == ["fast", "slow"])
    #expect(completer.completions(for: "pace --mode f") == ["fast"])
    #expect(completer.completions(for: "pace --") == ["--format", "--help", "--mode"])
  }
}

/// A plugin with a setting whose values are a short list.
private struct ChoicePlugin: Plugin, CommandContributing {
  enum Mode: String, CaseIterable, SettingValue, ExpressibleByArgument { case fast, slow }
  static let mode = Setting<Mode>("mode", default: .fast, help: "Speed")
  var name: String { "choice" }
  var settings: [any SettingDeclaration] { [Self.mode] }
  var commands: [any ShellCommand.Type] { [PaceCommand.self] }
}

/// A command with an option of an enum type.
private struct PaceCommand: ShellCommand {
  static let configuration = CommandConfiguration(commandName: "pace", abstract: "Say the pace.")
  @Option(help: "The pace.") var mode: ChoicePlugin.Mode = .fast
  func run(in context: CommandContext) async throws -> CommandValue { .message(mode.rawValue) }
}
