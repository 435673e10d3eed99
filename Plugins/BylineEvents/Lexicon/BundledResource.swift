import BylineCore
import Foundation

/// The events plugin's data files (`Plugins/BylineEvents/Resources`), copied into its bundle.
enum BundledResource {
  /// The text of `Resources/name`. A missing or unreadable file is a broken build, so it stops
  /// the program with the file's name (``Foundation/Bundle/requiredText(of:)``).
  static func text(_ name: String) -> String {
    Bundle.module.requiredText(of: "Resources/" + name)
  }

  /// The URL of `Resources/name` in the plugin's bundle, or nil when it is not there.
  static func url(_ name: String) -> URL? {
    Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")
  }
}

extension BundledResource {
  /// The rows of the tab-separated file `Resources/name`, its header line and `#` comment lines
  /// left out, each row's fields in order.
  static func rows(_ name: String) -> [[String]] {
    var rows: [[String]] = []
    var sawHeader = false
    for line in text(name).split(separator: "\n") where !line.hasPrefix("#") {
      guard sawHeader else {
        sawHeader = true
        continue
      }
      rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
    }
    return rows
  }
}
