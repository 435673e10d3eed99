extension BylineError {
  /// What kind of error a ``BylineError`` is: an open set of names, like NIO's error codes, so
  /// that plugins can add their own (`extension BylineError.Code { static let modelTooOld =
  /// Code("modelTooOld") }`) and callers compare with `==` or `switch`.
  public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The code's name, e.g. `unknownCommand`.
    public var rawValue: String

    /// Creates a code.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates a code.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// A line of shell input could not be split into words (an unclosed quote, an empty stage).
    public static let syntax = Code("syntax")
    /// No command has this name.
    public static let unknownCommand = Code("unknownCommand")
    /// A command was given an option it does not take.
    public static let unknownOption = Code("unknownOption")
    /// An argument or option value is not valid.
    public static let invalidArgument = Code("invalidArgument")
    /// The previous command of a pipeline produced something this command cannot work on.
    public static let wrongInput = Code("wrongInput")
    /// No setting has this name.
    public static let unknownSetting = Code("unknownSetting")
    /// A value is not valid for a setting.
    public static let invalidSetting = Code("invalidSetting")
    /// What was asked for (an article, an entity, a file) was not found.
    public static let notFound = Code("notFound")
    /// A file's contents could not be read as its format.
    public static let invalidData = Code("invalidData")
    /// A file could not be read or written.
    public static let fileAccess = Code("fileAccess")
    /// A capability or plugin the work needs is not registered.
    public static let unavailable = Code("unavailable")
    /// A command failed for a reason of its own, given in the message.
    public static let commandFailed = Code("commandFailed")
  }
}
