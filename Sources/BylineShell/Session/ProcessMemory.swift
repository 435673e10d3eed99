import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// How much memory this process uses.
enum ProcessMemory {
  /// The resident set size in bytes — the memory the process holds in RAM now — read from
  /// `/proc/self/statm`; nil where that file does not exist.
  static func residentBytes() -> Int? {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
    let fields = statm.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }
}
