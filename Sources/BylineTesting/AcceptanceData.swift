import Foundation

/// Data that acceptance tests read from outside the repository: public benchmark sets and real
/// articles, kept in a folder named `shared` beside the package (or wherever the
/// `BYLINE_SHARED_DIR` environment variable points).
///
/// A clone without that folder still passes its tests: acceptance tests skip, with a message that
/// names the missing folder. Where the data must be there (continuous integration), set
/// `BYLINE_REQUIRE_SHARED=1`: the tests then run and fail on what is missing, so a skip can never
/// pass for a success.
///
/// ```swift
/// @Suite(.enabled(if: AcceptanceData.isAvailable("data/vader"), Comment(rawValue: AcceptanceData.skipMessage)))
/// struct SharedVaderAcceptanceTests {
///   let folder = AcceptanceData.url("data/vader")
/// }
/// ```
public enum AcceptanceData {
  /// The environment variable that moves the shared folder.
  public static let directoryVariable = "BYLINE_SHARED_DIR"
  /// The environment variable that turns a missing folder from a skip into a failure.
  public static let requiredVariable = "BYLINE_REQUIRE_SHARED"
  /// Why an acceptance test was skipped.
  public static let skipMessage =
    "acceptance data is missing: put the shared folder beside the package or set BYLINE_SHARED_DIR; "
    + "BYLINE_REQUIRE_SHARED=1 makes this a failure"

  /// Whether missing acceptance data must fail the tests rather than skip them.
  public static var isRequired: Bool {
    let value = ProcessInfo.processInfo.environment[requiredVariable] ?? ""
    return !value.isEmpty && value != "0"
  }

  /// The shared folder: `BYLINE_SHARED_DIR`, else `shared` beside the package that holds `file`.
  public static func root(file: StaticString = #filePath) -> URL {
    if let override = ProcessInfo.processInfo.environment[directoryVariable], !override.isEmpty {
      return URL(fileURLWithPath: override, isDirectory: true)
    }
    return packageRoot(file: file).deletingLastPathComponent().appendingPathComponent("shared")
  }

  /// The file or folder at `relativePath` inside the shared folder, e.g. `"seeds"` or
  /// `"data/conll2003/eng.testb"`.
  public static func url(_ relativePath: String, file: StaticString = #filePath) -> URL {
    root(file: file).appendingPathComponent(relativePath)
  }

  /// Whether a test that reads `relativePaths` should run: they all exist, or the data is
  /// required (``isRequired``), in which case the test runs and reports what is missing.
  public static func isAvailable(_ relativePaths: String..., file: StaticString = #filePath) -> Bool {
    if isRequired { return true }
    return relativePaths.allSatisfy { FileManager.default.fileExists(atPath: url($0, file: file).path) }
  }

  /// The nearest folder above `file` that holds a `Package.swift`.
  static func packageRoot(file: StaticString) -> URL { PackageRoot.url(file: file) }
}
