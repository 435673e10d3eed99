/// A typed setting of a plugin: its name, type, default, help and allowed values. A plugin lists
/// its settings in ``Plugin/settings``; `set PLUGIN.NAME VALUE` in the shell checks values
/// against them, and the plugin reads the value in force from its ``AnalysisContext``:
///
/// ```swift
/// struct ThresholdPlugin: Plugin {
///   static let threshold = Setting<Double>(
///     "threshold", default: 0.05, in: 0...1, help: "Scores beyond this are positive or negative.")
///   var name: String { "tone" }
///   var settings: [any SettingDeclaration] { [Self.threshold] }
///   func analyze(_ article: inout NewsArticle, context: AnalysisContext) async throws {
///     let threshold = context.settings[Self.threshold]   // a Double: the setting or 0.05
///     ...
///   }
/// }
/// ```
public struct Setting<Value: SettingValue>: SettingDeclaration {
  public let name: String
  public let help: String
  /// The value when none is set.
  public let defaultValue: Value
  /// Says what values are allowed beyond the type, e.g. `from 0 to 1`; nil when any is.
  public let constraint: String?
  private let accepts: @Sendable (Value) -> Bool

  /// Declares a setting that takes any value of its type.
  public init(_ name: String, default defaultValue: Value, help: String) {
    self.name = name
    self.defaultValue = defaultValue
    self.help = help
    self.constraint = nil
    self.accepts = { _ in true }
  }

  /// Declares a setting whose value must lie in `range`.
  public init(_ name: String, default defaultValue: Value, in range: ClosedRange<Value>, help: String)
  where Value: Comparable {
    self.name = name
    self.defaultValue = defaultValue
    self.help = help
    self.constraint = "from \(range.lowerBound.settingText) to \(range.upperBound.settingText)"
    self.accepts = { range.contains($0) }
  }

  public var typeDescription: String {
    let allowed = Value.allowedSettingValues
    if !allowed.isEmpty { return allowed.joined(separator: ", ") }
    return Value.settingTypeName + (constraint.map { " " + $0 } ?? "")
  }

  public var defaultText: String { defaultValue.settingText }

  public var allowedValues: [String] { Value.allowedSettingValues }

  /// The value of `text`, or nil when it is not a valid value of this setting.
  public func value(of text: String) -> Value? {
    guard let value = Value(settingText: text), accepts(value) else { return nil }
    return value
  }

  public func validate(_ text: String) throws -> String {
    guard let value = value(of: text) else {
      throw BylineError(
        .invalidSetting, "'\(text)' is not a valid value for \(name)",
        hint: "\(name) takes " + (allowedValues.isEmpty ? "a " : "one of: ") + typeDescription)
    }
    return value.settingText
  }
}
