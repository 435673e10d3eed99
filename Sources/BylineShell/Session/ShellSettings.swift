import BylineCore
import Foundation

/// The shell's settings, changed with `set NAME VALUE`.
public struct ShellSettings: Sendable, Equatable {
  /// The default output format (`set format json`).
  public var format: OutputFormat = .table
  /// When to colour tables (`set color never`).
  public var color: ColorMode = .auto
  /// Whether long work draws a progress bar on a terminal (`set progress off`).
  public var showsProgress = true
  /// How many articles are analysed or files read at once (`set concurrency 4`).
  public var concurrency = ProcessInfo.processInfo.activeProcessorCount
  /// Settings for plugins (`set sentiment.threshold 0.1`), by plugin name.
  public var pluginSettings: [String: [String: String]] = [:]

  /// Creates default settings.
  public init() {}

  /// The built-in setting names, for `set` and completion.
  public static let names = ["format", "color", "progress", "concurrency"]

  /// Applies `set name value`; a plugin's setting (`sentiment.threshold`) is checked against the
  /// declarations of the plugins in `registry`.
  /// - Throws: ``BylineError`` with code ``BylineError/Code/unknownSetting`` or
  ///   ``BylineError/Code/invalidSetting``, its hint naming the valid names or values.
  public mutating func set(_ name: String, to value: String, declaredBy registry: PluginRegistry) throws {
    func choose<Value: RawRepresentable & CaseIterable>(_ type: Value.Type) throws -> Value
    where Value.RawValue == String {
      guard let chosen = Value(rawValue: value.lowercased()) else {
        throw BylineError(
          .invalidSetting, "'\(value)' is not a valid \(name)", argument: value,
          hint: "use one of: " + Value.allCases.map(\.rawValue).joined(separator: ", "))
      }
      return chosen
    }
    switch name {
    case "format": format = try choose(OutputFormat.self)
    case "color", "colour": color = try choose(ColorMode.self)
    case "progress":
      guard let flag = Bool(settingText: value) else {
        throw BylineError(
          .invalidSetting, "'\(value)' is not valid for progress", argument: value, hint: "use on or off")
      }
      showsProgress = flag
    case "concurrency":
      guard let count = Int(value), (1...256).contains(count) else {
        throw BylineError(
          .invalidSetting, "concurrency must be a whole number from 1 to 256", argument: value)
      }
      concurrency = count
    default:
      guard name.contains(".") else {
        let plugins = registry.settings.map(\.name)
        throw BylineError(
          .unknownSetting, "no setting named '\(name)'", argument: name,
          hint: "settings are \(Self.names.joined(separator: ", "))"
            + (plugins.isEmpty ? "" : ", and the plugins' " + plugins.joined(separator: ", ")))
      }
      do {
        let checked = try registry.validateSetting(name, value: value)
        pluginSettings[checked.plugin, default: [:]][checked.name] = checked.value
      } catch var error as BylineError {
        error.argument = error.code == .unknownSetting ? name : value
        throw error
      }
    }
  }

  /// One row of `set`'s listing.
  public struct Entry: Sendable, Hashable {
    /// The name `set` takes.
    public var name: String
    /// The value in force.
    public var value: String
    /// The value when none is set.
    public var defaultValue: String
    /// What it changes and what values it takes.
    public var help: String
  }

  /// Every setting with its value, default and help, for `set` without arguments: the shell's
  /// own, then each plugin's declared ones.
  public func listing(declaredBy registry: PluginRegistry) -> [Entry] {
    let defaults = ShellSettings()
    var rows = [
      Entry(
        name: "format", value: format.rawValue, defaultValue: defaults.format.rawValue,
        help: "Output format: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")),
      Entry(
        name: "color", value: color.rawValue, defaultValue: defaults.color.rawValue,
        help: "When to colour tables: " + ColorMode.allCases.map(\.rawValue).joined(separator: ", ")),
      Entry(
        name: "progress", value: showsProgress.settingText, defaultValue: defaults.showsProgress.settingText,
        help: "Progress bars for long work on a terminal: on, off"),
      Entry(
        name: "concurrency", value: String(concurrency), defaultValue: String(defaults.concurrency),
        help: "Articles analysed or files read at once: 1 to 256"),
    ]
    for (name, declaration) in registry.settings {
      let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
      rows.append(
        Entry(
          name: name, value: pluginSettings[parts[0]]?[parts[1]] ?? declaration.defaultText,
          defaultValue: declaration.defaultText,
          help: declaration.help + " (" + declaration.typeDescription + ")"
        ))
    }
    return rows
  }
}
