import BylineCore
import Foundation

/// Word clusters learned from unlabelled news text: words that occur in similar contexts share
/// a cluster, at three granularities (64, 256 and 1,024 clusters, each nested in the coarser).
///
/// The recognizer uses a word's clusters, and its neighbours', as features, so that a name it
/// never saw in training still looks like the names it did see. The bundled clusters are made by
/// `scripts/make_word_clusters.py`; see `docs/data.md`.
public struct WordClusters: Sendable {
  private var byWord: [String: [Int32]] = [:]

  /// No clusters.
  public init() {}

  /// Reads a file of `word<TAB>c64<TAB>c256<TAB>c1024` lines after a header line.
  /// - Throws: when the file cannot be read; malformed lines are an error naming the line.
  public init(contentsOf url: URL) throws {
    let text = try String(contentsOf: url, encoding: .utf8)
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where index > 0 && !line.isEmpty {
      let fields = line.split(separator: "\t")
      let levels = fields.dropFirst().compactMap { Int32($0) }
      guard fields.count == 4, levels.count == 3 else {
        throw BylineError.malformedRow(
          file: url.lastPathComponent, line: index + 1, "expected a word and three cluster numbers",
          text: line)
      }
      byWord[String(fields[0])] = levels
    }
  }

  /// The bundled clusters, or none if the resource is missing.
  public static let bundled: WordClusters = {
    guard
      let url = Bundle.module.url(
        forResource: "word-clusters", withExtension: "tsv", subdirectory: "Resources/clusters")
    else { return WordClusters() }
    return (try? WordClusters(contentsOf: url)) ?? WordClusters()
  }()

  /// The number of words with clusters.
  public var count: Int { byWord.count }

  /// The clusters of `word` from coarse to fine: as written, else capitalised (for words in
  /// capitals), else in lower case; `nil` when the word is unknown.
  public func clusters(of word: String) -> [Int32]? {
    clusters(of: word, isAllCaps: true)
  }

  /// ``clusters(of:)``, trying the capitalised form only for words in capitals.
  func clusters(of word: String, isAllCaps: Bool) -> [Int32]? {
    if let levels = byWord[word] { return levels }
    guard word.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") || $0 >= 0x80 })
    else {
      return nil
    }
    if !isAllCaps { return byWord[word.lowercased()] }
    let lower = word.lowercased()
    return byWord[lower.prefix(1).uppercased() + lower.dropFirst()] ?? byWord[lower]
  }
}
