import BylineCore
import Testing

private enum Weighting: String, CaseIterable, SettingValue {
  case flat, position
}

private struct TunedPlugin: Plugin {
  static let threshold = Setting<Double>("threshold", default: 0.05, in: 0...1, help: "Cut-off")
  static let weighting = Setting<Weighting>("weighting", default: .flat, help: "How to weigh")
  static let verbose = Setting<Bool>("verbose", default: false, help: "Say more")
  var name: String { "tuned" }
  var settings: [any SettingDeclaration] { [Self.threshold, Self.weighting, Self.verbose] }
}

@Suite struct PluginSettingTests {
  @Test func typedValuesOrTheirDefaults() {
    let settings = PluginSettings(["threshold": "0.2", "weighting": "Position", "verbose": "on"])
    #expect(settings[TunedPlugin.threshold] == 0.2)
    #expect(settings[TunedPlugin.weighting] == .position)
    #expect(settings[TunedPlugin.verbose])
    let empty = PluginSettings()
    #expect(empty[TunedPlugin.threshold] == 0.05 && empty[TunedPlugin.weighting] == .flat)
    #expect(empty.value(of: TunedPlugin.threshold) == nil)
    // A value that is not valid reads as the default.
    #expect(PluginSettings(["threshold": "3"])[TunedPlugin.threshold] == 0.05)
    #expect(
      AnalysisContext(pluginName: "tuned", settings: ["threshold": "0.5"]).settings[TunedPlugin.threshold]
        == 0.5)
  }

  @Test func declarationsDescribeAndCheckValues() throws {
    #expect(TunedPlugin.threshold.typeDescription == "number from 0 to 1")
    #expect(TunedPlugin.threshold.defaultText == "0.05")
    #expect(TunedPlugin.weighting.allowedValues == ["flat", "position"])
    #expect(TunedPlugin.verbose.allowedValues == ["on", "off"])
    #expect(try TunedPlugin.weighting.validate("POSITION") == "position")
    #expect(try TunedPlugin.threshold.validate("1") == "1")
    #expect(throws: BylineError.self) { try TunedPlugin.threshold.validate("-0.5") }
    #expect(throws: BylineError.self) { try TunedPlugin.threshold.validate("nan") }
  }

  @Test func theRegistryValidatesQualifiedNamesWithHints() throws {
    let registry = try PluginRegistry([TunedPlugin()])
    #expect(registry.settings.map(\.name) == ["tuned.threshold", "tuned.weighting", "tuned.verbose"])
    let checked = try registry.validateSetting("tuned.weighting", value: "Position")
    #expect(checked.plugin == "tuned" && checked.name == "weighting" && checked.value == "position")
    do {
      _ = try registry.validateSetting("tuned.weighting", value: "steep")
      Issue.record("accepted a value that is not allowed")
    } catch let error as BylineError {
      #expect(error.code == .invalidSetting)
      #expect(error.message == "'steep' is not a valid value for tuned.weighting")
      #expect(error.hint == "weighting takes one of: flat, position")
    }
    do {
      _ = try registry.validateSetting("tuned.treshold", value: "0.1")
      Issue.record("accepted an unknown setting")
    } catch let error as BylineError {
      #expect(error.code == .unknownSetting)
      #expect(error.hint == "plugin settings are tuned.threshold, tuned.weighting, tuned.verbose")
    }
    #expect(throws: BylineError.self) { try registry.validateSetting("other.threshold", value: "0.1") }
  }
}
