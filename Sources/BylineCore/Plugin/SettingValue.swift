/// A type a plugin setting can have: it reads itself from the text typed after `set NAME` and
/// writes itself back as text.
///
/// `Double`, `Int`, `Bool` (`on`/`off`, `true`/`false`, `yes`/`no`) and `String` are settings
/// values; so is any `String` enum that is `CaseIterable`, whose cases are the allowed values:
///
/// ```swift
/// enum Weighting: String, CaseIterable, SettingValue { case flat, position }
/// ```
public protocol SettingValue: Sendable {
  /// Reads a value from text; nil when the text is not one.
  init?(settingText: String)
  /// The value as `set` shows and accepts it.
  var settingText: String { get }
  /// What kind of value it is, for `set` and error messages: `number`, `whole number`, ...
  static var settingTypeName: String { get }
  /// The values allowed, when they are a short list (for hints and Tab completion); empty for
  /// any value of the type.
  static var allowedSettingValues: [String] { get }
}

extension SettingValue {
  public static var allowedSettingValues: [String] { [] }
}

extension SettingValue where Self: RawRepresentable & CaseIterable, RawValue == String {
  public init?(settingText: String) {
    guard let value = Self(rawValue: settingText) ?? Self(rawValue: settingText.lowercased()) else {
      return nil
    }
    self = value
  }
  public var settingText: String { rawValue }
  public static var settingTypeName: String { "choice" }
  public static var allowedSettingValues: [String] { allCases.map(\.rawValue) }
}

extension Double: SettingValue {
  public init?(settingText: String) {
    guard let value = Double(settingText), value.isFinite else { return nil }
    self = value
  }
  public var settingText: String {
    self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
  }
  public static var settingTypeName: String { "number" }
}

extension Int: SettingValue {
  public init?(settingText: String) { self.init(settingText) }
  public var settingText: String { String(self) }
  public static var settingTypeName: String { "whole number" }
}

extension Bool: SettingValue {
  public init?(settingText: String) {
    switch settingText.lowercased() {
    case "on", "true", "yes": self = true
    case "off", "false", "no": self = false
    default: return nil
    }
  }
  public var settingText: String { self ? "on" : "off" }
  public static var settingTypeName: String { "on or off" }
  public static var allowedSettingValues: [String] { ["on", "off"] }
}

extension String: SettingValue {
  public init?(settingText: String) { self = settingText }
  public var settingText: String { self }
  public static var settingTypeName: String { "text" }
}
