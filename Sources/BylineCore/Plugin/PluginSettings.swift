/// The settings in force for one plugin: what was set with `set PLUGIN.NAME VALUE` (or
/// ``Pipeline/Options/pluginSettings``), read through the plugin's typed ``Setting`` declarations.
///
/// ```swift
/// let threshold = context.settings[SentimentPlugin.threshold]   // Double, default when unset
/// ```
public struct PluginSettings: Hashable, Sendable {
  /// The values set, as text, by setting name.
  public var values: [String: String]

  /// Creates settings from values set as text.
  public init(_ values: [String: String] = [:]) { self.values = values }

  /// The value of `setting`: the one set when it is valid, the default otherwise.
  public subscript<Value>(_ setting: Setting<Value>) -> Value {
    values[setting.name].flatMap(setting.value(of:)) ?? setting.defaultValue
  }

  /// The value set for `setting`, nil when none is (or what is set is not valid), for plugins
  /// whose default depends on how they were made: `context.settings.value(of: Self.limit) ?? limit`.
  public func value<Value>(of setting: Setting<Value>) -> Value? {
    values[setting.name].flatMap(setting.value(of:))
  }

  /// The value set for `name`, as text; nil when none is.
  public subscript(_ name: String) -> String? { values[name] }

  /// Whether no value is set.
  public var isEmpty: Bool { values.isEmpty }
}
