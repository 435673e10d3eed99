import BylineTesting
import Foundation
import Testing

/// Acceptance through the binary on ../shared (skipped without it, unless required).
@Suite(.enabled(if: AcceptanceData.isAvailable(""), Comment(rawValue: AcceptanceData.skipMessage)))
struct SharedSeedsBinaryAcceptanceTests {
  /// Acceptance on ../shared/seeds (five real articles): JSON listing and JSON Lines export.
  @Test func listsAndExportsEveryFile() throws {
    let seeds = AcceptanceData.root().appendingPathComponent("seeds").path
    try #require(FileManager.default.fileExists(atPath: seeds), "\(seeds) is missing")
    let listed = try runByline(["-c", "load '\(seeds)' | articles --format json"])
    #expect(listed.status == 0, "\(listed.error)")
    let articles = try jsonArray(listed.output)
    #expect(articles.count == 5)
    for article in articles {
      for field in ["id", "file", "title", "outlet", "published", "words"] {
        #expect(article.keys.contains(field), "missing \(field)")
      }
    }
    let exported = try runByline(["-c", "load '\(seeds)' | export --format jsonl"])
    #expect(exported.status == 0)
    let records = exported.output.split(separator: "\n").compactMap {
      try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
    #expect(records.count == 5)
    #expect(records.allSatisfy { ($0["body"] as? String)?.isEmpty == false })
    let fields = [
      "title", "outlet", "published", "url", "authors", "language", "body", "removed", "sentences",
    ]
    for record in records {
      for field in fields { #expect(record.keys.contains(field), "export lacks \(field)") }
      #expect((record["sentences"] as? [Any])?.isEmpty == false)
      #expect((record["removed"] as? [Any])?.isEmpty == false)
    }
    let shown = try runByline(["-c", "load '\(seeds)' | show 003 --format json"])
    let record = try #require(try jsonArray(shown.output).first)
    for field in fields { #expect(record.keys.contains(field), "show lacks \(field)") }
    #expect(record["title"] as? String == "Putin tells Biden new sanctions could rupture USRussia ties")
  }
}
