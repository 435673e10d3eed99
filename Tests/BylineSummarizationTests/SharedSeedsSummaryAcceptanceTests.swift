import BylineCore
import BylineParsing
import BylineSummarization
import BylineTesting
import Foundation
import Testing

/// Acceptance on ../shared/seeds: one summary of the five reports of the same event.
@Suite(.enabled(if: AcceptanceData.isAvailable("seeds"), Comment(rawValue: AcceptanceData.skipMessage)))
struct SharedSeedsSummaryAcceptanceTests {
  static let seeds = AcceptanceData.url("seeds").path

  @Test func namesTheCallItsDayAndBothPresidentsWithoutRepeatingAFact() async throws {
    try #require(FileManager.default.fileExists(atPath: Self.seeds), "../shared/seeds is missing")
    let report = try await ArticleLoader(readers: ParsingPlugin().readers).load([Self.seeds])
    let summary = Summarizer().summarize(report.articles, length: .words(120), about: nil)
    let text = summary.map(\.text).joined(separator: " ")
    #expect(summary.count >= 3, "\(text)")
    #expect(text.contains("call"), "\(text)")
    #expect(text.contains("Thursday") || text.contains("December 30") || text.contains("Dec 30"), "\(text)")
    #expect(text.contains("Putin"), "\(text)")
    #expect(text.contains("Biden"), "\(text)")
    #expect(
      summary.map(\.text).split(separator: " ").joined().count <= 120
        || text.split(separator: " ").count <= 120)
    // No fact twice: no two chosen sentences share most of their words.
    let words = summary.map { Set($0.text.lowercased().split { !$0.isLetter }.map(String.init)) }
    for first in words.indices {
      for second in words.indices where second > first {
        let overlap = Double(words[first].intersection(words[second]).count)
        #expect(
          overlap / Double(min(words[first].count, words[second].count)) < 0.6,
          "\(summary[first].text) / \(summary[second].text)")
      }
    }
  }
}
