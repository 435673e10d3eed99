/// A setting a plugin declares, whatever its type: what `set` lists, checks and completes.
/// Plugins declare ``Setting`` values, which conform.
public protocol SettingDeclaration: Sendable {
  /// The name within the plugin, e.g. `threshold` (set as `sentiment.threshold`).
  var name: String { get }
  /// One line saying what it changes.
  var help: String { get }
  /// What kind of value it takes, e.g. `number from 0 to 1`.
  var typeDescription: String { get }
  /// The default value, as text.
  var defaultText: String { get }
  /// The values allowed when they are a short list, for hints and Tab completion; empty otherwise.
  var allowedValues: [String] { get }

  /// The value `text` stands for, as text in its usual spelling.
  /// - Throws: ``BylineError`` with code ``BylineError/Code/invalidSetting`` saying what is allowed.
  func validate(_ text: String) throws -> String
}
