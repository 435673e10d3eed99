import Foundation

/// The `shared` folder beside the package: public benchmark data and real articles that only
/// tests whose names start with `Shared` and end in `AcceptanceTests` read.
///
/// Without the folder those tests are skipped with ``skipMessage``; with
/// `BYLINE_REQUIRE_SHARED=1` (as continuous integration sets) they run and fail instead, so a
/// skip never passes for a success. `BYLINE_SHARED_DIR` points elsewhere.
enum SharedData {
  /// The shared folder: `BYLINE_SHARED_DIR`, else `shared` beside the package.
  static var root: URL {
    if let override = ProcessInfo.processInfo.environment["BYLINE_SHARED_DIR"], !override.isEmpty {
      return URL(fileURLWithPath: override, isDirectory: true)
    }
    return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
  }

  /// Whether missing shared data must fail the tests rather than skip them.
  static var isRequired: Bool {
    let value = ProcessInfo.processInfo.environment["BYLINE_REQUIRE_SHARED"] ?? ""
    return !value.isEmpty && value != "0"
  }

  /// Whether the shared tests should run: the folder is there, or it is required.
  static var shouldRun: Bool { isRequired || FileManager.default.fileExists(atPath: root.path) }

  /// Why a shared test was skipped.
  static var skipMessage: String {
    "\(root.path) is missing: put the shared folder beside the package or set BYLINE_SHARED_DIR; "
      + "BYLINE_REQUIRE_SHARED=1 makes this a failure"
  }
}
