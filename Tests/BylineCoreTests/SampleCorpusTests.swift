import BylineCore
import BylineSampleCorpus
import Foundation
import Testing

/// The bundled sample corpus is the shell's default input and the unit tests' fixture.
@Suite struct SampleCorpusTests {
  @Test func loadsEveryArticleCleanly() async throws {
    let directory = try #require(SampleCorpus.directory)
    let report = try await ArticleLoader().load([directory])
    #expect(report.problems.isEmpty, "\(report.problems)")
    #expect(report.articles.count >= 12)
    #expect(Set(report.articles.map(\.id)).count == report.articles.count)
    for article in report.articles {
      #expect(!article.title.isEmpty)
      #expect(article.wordCount > 150, "\(article.provenance!) has \(article.wordCount) words")
      #expect(article.paragraphs.count >= 5, "\(article.provenance!)")
      #expect(!article.body.contains("\r"), "\(article.provenance!) keeps a carriage return")
      #expect(!article.body.hasPrefix("\u{FEFF}") && !article.title.hasPrefix("\u{FEFF}"))
      for paragraph in article.paragraphs {
        let text = article.text(of: paragraph)
        #expect(text.first?.isWhitespace == false && text.last?.isWhitespace == false)
      }
    }
  }

  @Test func hasThreeOrMoreStoriesEachToldByThreeOrMoreOutlets() throws {
    let directory = try #require(SampleCorpus.directory)
    let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }
    let stories = Dictionary(grouping: files) { name in
      name.split(separator: "-").prefix(2).joined(separator: "-")
    }
    #expect(stories.count >= 3)
    #expect(stories.values.allSatisfy { $0.count >= 3 })
  }
}
