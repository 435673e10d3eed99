import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Loads articles from files, directories (recursively) and glob patterns, choosing a reader per
/// file, reading files in parallel and keeping their order.
///
/// ```swift
/// let loader = ArticleLoader(readers: registry.readers)
/// let report = try await loader.load(["Examples/corpus"])
/// for problem in report.problems { print(problem) }   // file:line: error: ...
/// ```
///
/// A file that cannot be read is reported with the reason and skipped; the others still load.
public struct ArticleLoader: Sendable {
  /// The readers tried, in order: those given to the initializer, then the built-in ones.
  public let readers: [any ArticleReader]
  /// Files larger than this are refused rather than read into memory.
  public var maximumFileSize: Int = 512 << 20
  /// Whether each article gets its text layer (``NewsArticle/prepareText()``) as it is read, in
  /// parallel with reading, so that its sentences and tokens are there before any analysis (the
  /// shell loads this way). Otherwise the pipeline computes the layer when a plugin needs it.
  public var preparesText: Bool

  /// The formats Byline reads without plugins: plain text and its own JSON / JSON Lines.
  public static var builtInReaders: [any ArticleReader] {
    [PlainTextArticleReader(), JSONArticleReader()]
  }

  /// Creates a loader that tries `readers` before the built-in ones and, when `preparesText`,
  /// gives each article its text layer.
  public init(readers: [any ArticleReader] = [], preparesText: Bool = false) {
    self.readers = readers + Self.builtInReaders
    self.preparesText = preparesText
  }

  /// What one call to ``load(_:maxConcurrency:progress:)`` produced.
  public struct Report: Sendable {
    /// The articles, in the order of the paths given, files in a directory sorted by name.
    public var articles: [NewsArticle] = []
    /// Problems with paths, files and records.
    public var problems: [InputProblem] = []
    /// How many files were read.
    public var fileCount = 0
    /// How many bytes were read.
    public var byteCount = 0
  }

  /// Expands paths into files: a file stands for itself, a directory for every file below it
  /// that some reader claims by extension (hidden ones skipped), and a pattern with `*`, `?` or
  /// `[` for the paths it matches.
  public func files(for paths: [String]) -> (files: [String], problems: [InputProblem]) {
    var files: [String] = []
    var problems: [InputProblem] = []
    let claimed = Set(readers.flatMap(\.fileExtensions))
    for path in paths {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        if isDirectory.boolValue {
          files.append(contentsOf: Self.filesBelow(path, extensions: claimed))
        } else {
          files.append(path)
        }
      } else if path.contains(where: { "*?[".contains($0) }) {
        let matches = Self.glob(path)
        if matches.isEmpty {
          problems.append(InputProblem(source: path, message: "no files match this pattern"))
        }
        for match in matches {
          var matchIsDirectory: ObjCBool = false
          _ = FileManager.default.fileExists(atPath: match, isDirectory: &matchIsDirectory)
          if matchIsDirectory.boolValue {
            files.append(contentsOf: Self.filesBelow(match, extensions: claimed))
          } else {
            files.append(match)
          }
        }
      } else {
        problems.append(InputProblem(source: path, message: "no such file or directory"))
      }
    }
    return (files, problems)
  }

  /// Reads one file with the reader its extension or content calls for.
  public func read(file path: String) -> ReadOutcome {
    let data: Data
    do {
      data = try Self.contents(of: path, limit: maximumFileSize)
    } catch {
      return .failure(InputProblem(source: path, message: error.message))
    }
    return read(data, source: path)
  }

  /// Reads `data` that came from `source`, choosing the reader by extension, then by content.
  /// With ``preparesText``, the articles come with their text layer.
  public func read(_ data: Data, source: String) -> ReadOutcome {
    var outcome = readWithoutText(data, source: source)
    if preparesText {
      for index in outcome.articles.indices { outcome.articles[index].prepareText() }
    }
    return outcome
  }

  /// Reads `data` with the reader that claims it.
  private func readWithoutText(_ data: Data, source: String) -> ReadOutcome {
    let pathExtension = (source as NSString).pathExtension.lowercased()
    if let reader = readers.first(where: { $0.fileExtensions.contains(pathExtension) }) {
      return reader.read(data, source: source)
    }
    if let reader = readers.first(where: { $0.recognizes(data) }) {
      return reader.read(data, source: source)
    }
    if data.prefix(8192).contains(0) {
      return .failure(InputProblem(source: source, message: "binary data in no format Byline reads"))
    }
    return PlainTextArticleReader().read(data, source: source)
  }

  /// Loads every article under `paths`, reading up to `maxConcurrency` files at once.
  /// - Parameter progress: called with the files done and the total, after each file.
  /// - Throws: `CancellationError` when the calling task is cancelled.
  public func load(
    _ paths: [String],
    maxConcurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: (@Sendable (_ completed: Int, _ total: Int) -> Void)? = nil
  ) async throws -> Report {
    let (files, pathProblems) = files(for: paths)
    try Task.checkCancellation()
    var report = Report(problems: pathProblems)
    var outcomes = [ReadOutcome?](repeating: nil, count: files.count)
    var sizes = [Int](repeating: 0, count: files.count)
    try await withThrowingTaskGroup(of: (Int, ReadOutcome, Int).self) { group in
      var next = 0
      func addTask() {
        let index = next
        next += 1
        let path = files[index]
        group.addTask {
          try Task.checkCancellation()
          let size = Self.size(of: path)
          return (index, self.read(file: path), size)
        }
      }
      while next < min(files.count, max(1, maxConcurrency)) { addTask() }
      var completed = 0
      while let (index, outcome, size) = try await group.next() {
        outcomes[index] = outcome
        sizes[index] = size
        completed += 1
        progress?(completed, files.count)
        if next < files.count { addTask() }
      }
    }
    for outcome in outcomes {
      report.articles.append(contentsOf: outcome!.articles)
      report.problems.append(contentsOf: outcome!.problems)
    }
    report.fileCount = files.count
    report.byteCount = sizes.reduce(0, +)
    return report
  }

  // MARK: - Files

  static func filesBelow(_ directory: String, extensions: Set<String>) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      if Task.isCancelled { return files }
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") {
        if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory {
          enumerator.skipDescendants()
        }
        continue
      }
      guard extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
      let path = (directory as NSString).appendingPathComponent(relative)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        files.append(path)
      }
    }
    return files.sorted()
  }

  static func glob(_ pattern: String) -> [String] {
    var result = glob_t()
    defer { globfree(&result) }
    guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
    return (0..<Int(result.gl_pathc)).compactMap { index in
      result.gl_pathv[index].map { String(cString: $0) }
    }
  }

  static func size(of path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }

  /// Reads a whole file with POSIX calls, so errors carry the system's reason.
  /// - Throws: ``BylineError`` with code ``BylineError/Code/fileAccess`` and that reason.
  static func contents(of path: String, limit: Int) throws -> Data {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw BylineError(.fileAccess, String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      throw BylineError(.fileAccess, String(cString: strerror(errno)))
    }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw BylineError(.fileAccess, "is a directory") }
    let expected = Int(info.st_size)
    guard expected <= limit else {
      throw BylineError(.fileAccess, "file is \(expected) bytes, more than the limit of \(limit)")
    }
    var data = Data(count: max(expected, 0))
    var total = 0
    while true {
      if total == data.count {
        guard data.count < limit else {
          throw BylineError(.fileAccess, "file grew past the limit of \(limit) bytes")
        }
        data.count = min(limit, max(data.count * 2, 65536))
      }
      let count = data.withUnsafeMutableBytes { buffer in
        Glibc.read(descriptor, buffer.baseAddress! + total, buffer.count - total)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw BylineError(.fileAccess, String(cString: strerror(errno)))
      }
      if count == 0 { break }
      total += count
    }
    data.count = total
    return data
  }
}

extension Error {
  fileprivate var message: String {
    (self as? BylineError)?.message ?? "\(self)"
  }
}
