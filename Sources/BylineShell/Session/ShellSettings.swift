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

  /// Applies `set name value`.
  /// - Throws: ``ShellError`` naming the valid names or values.
  public mutating func set(_ name: String, to value: String) throws {
    func choose<Value: RawRepresentable & CaseIterable>(_ type: Value.Type) throws -> Value
    where Value.RawValue == String {
      guard let chosen = Value(rawValue: value.lowercased()) else {
        throw ShellError(
          "'\(value)' is not a valid \(name); use one of: "
            + Value.allCases.map(\.rawValue).joined(separator: ", "))
      }
      return chosen
    }
    switch name {
    case "format": format = try choose(OutputFormat.self)
    case "color", "colour": color = try choose(ColorMode.self)
    case "progress":
      guard
        let flag = ["on": true, "true": true, "yes": true, "off": false, "false": false, "no": false][
          value.lowercased()]
      else { throw ShellError("'\(value)' is not valid for progress; use on or off") }
      showsProgress = flag
    case "concurrency":
      guard let count = Int(value), (1...256).contains(count) else {
        throw ShellError("concurrency must be a whole number from 1 to 256")
      }
      concurrency = count
    default:
      let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw ShellError(
          "no setting named '\(name)'; settings are \(Self.names.joined(separator: ", ")), "
            + "or PLUGIN.NAME for a plugin's own")
      }
      pluginSettings[parts[0], default: [:]][parts[1]] = value
    }
  }

  /// Every setting as name and value, for `set` without arguments.
  public var listing: [(name: String, value: String)] {
    var rows = [
      ("format", format.rawValue), ("color", color.rawValue),
      ("progress", showsProgress ? "on" : "off"), ("concurrency", String(concurrency)),
    ]
    for (plugin, settings) in pluginSettings.sorted(by: { $0.key < $1.key }) {
      for (key, value) in settings.sorted(by: { $0.key < $1.key }) {
        rows.append(("\(plugin).\(key)", value))
      }
    }
    return rows.map { (name: $0.0, value: $0.1) }
  }
}

/// An error the shell reports as `error: message`.
public struct ShellError: Error, Equatable, CustomStringConvertible {
  /// What went wrong, for a person.
  public let description: String

  /// Creates an error.
  public init(_ description: String) { self.description = description }
}
