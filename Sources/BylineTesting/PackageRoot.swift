import Foundation

/// Finds the package a test belongs to, from the test file's own path, so that tests read
/// repository files (`Examples/corpus`, `docs/`) wherever the package is checked out.
///
/// ```swift
/// let corpus = PackageRoot.url("Examples/corpus")   // <package>/Examples/corpus
/// ```
public enum PackageRoot {
  /// The nearest folder above `file` that holds a `Package.swift`; the current directory when
  /// there is none.
  public static func url(file: StaticString = #filePath) -> URL {
    var folder = URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
    while folder.path != "/" {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
        return folder
      }
      folder = folder.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }

  /// `relativePath` inside the package that `file` belongs to.
  public static func url(_ relativePath: String, file: StaticString = #filePath) -> URL {
    url(file: file).appendingPathComponent(relativePath)
  }
}
