import BylineCore
import Foundation
import Testing

/// A fresh temporary directory, removed when the test's scope ends.
final class TemporaryDirectory {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "byline-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, Data(text.utf8))
  }

  @discardableResult
  func write(_ name: String, _ data: Data) throws -> String {
    let file = (path as NSString).appendingPathComponent(name)
    try FileManager.default.createDirectory(
      atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try data.write(to: URL(fileURLWithPath: file))
    return file
  }
}

@Suite struct PlainTextReaderTests {
  @Test func titleBodyAndParagraphs() throws {
    let text = "\n\n  Fire at the port  \n\nFirst paragraph,\nstill first.\n\n\nSecond one.\n"
    let outcome = PlainTextArticleReader().read(Data(text.utf8), source: "a.txt")
    let article = try #require(outcome.articles.first)
    #expect(outcome.problems.isEmpty)
    #expect(article.title == "Fire at the port")
    #expect(article.body == "First paragraph,\nstill first.\n\n\nSecond one.")
    #expect(
      article.paragraphs.map { String(article.text(of: $0)) } == [
        "First paragraph,\nstill first.", "Second one.",
      ])
    #expect(article.provenance == Provenance(source: "a.txt", line: 1))
  }

  @Test func linesAreParagraphsWhenThereAreNoBlankLines() throws {
    let outcome = PlainTextArticleReader().read(Data("Title\nOne.\nTwo.\nThree.".utf8), source: "b.txt")
    let article = try #require(outcome.articles.first)
    #expect(article.paragraphs.map { String(article.text(of: $0)) } == ["One.", "Two.", "Three."])
  }

  @Test func normalisesLineEndingsAndDropsTheByteOrderMark() throws {
    let data = Data([0xEF, 0xBB, 0xBF]) + Data("Title\r\n\r\nBody one.\r\n\r\nBody\rtwo.".utf8)
    let article = try #require(PlainTextArticleReader().read(data, source: "c.txt").articles.first)
    #expect(article.title == "Title")
    #expect(article.body == "Body one.\n\nBody\ntwo.")
  }

  @Test func fallsBackToWindows1252WithAWarning() throws {
    let data =
      Data("Caf".utf8) + Data([0xE9]) + Data(" news\n\nPrices ".utf8) + Data([0x93]) + Data("rose".utf8)
      + Data([0x94, 0x2E])
    let outcome = PlainTextArticleReader().read(data, source: "d.txt")
    #expect(outcome.articles.first?.title == "Café news")
    #expect(outcome.problems.map(\.description) == ["d.txt: warning: not valid UTF-8; read as Windows-1252"])
  }

  @Test func emptyFileIsAnError() {
    let outcome = PlainTextArticleReader().read(Data(" \n\n \n".utf8), source: "e.txt")
    #expect(outcome.articles.isEmpty)
    #expect(outcome.problems.map(\.description) == ["e.txt: error: the file has no text"])
  }
}

@Suite struct JSONReaderTests {
  @Test func readsJSONLinesAndReportsBadLinesWithTheirNumbers() throws {
    let text = """
      {"id":"one","title":"First","body":"Body one.","outlet":"Meridian Wire"}

      {"title":"Broken" "body":"x"}
      {"title":"No body"}
      {"id":"two","title":"Second","body":"Body two.","published":{"date":"2025-03-14"}}
      """
    let outcome = JSONArticleReader().read(Data(text.utf8), source: "dump.jsonl")
    #expect(outcome.articles.map(\.id) == ["one", "two"])
    #expect(outcome.articles[1].provenance == Provenance(source: "dump.jsonl", line: 5, record: 3))
    #expect(outcome.articles[1].published?.iso8601 == "2025-03-14")
    #expect(outcome.problems.map(\.line) == [3, 4])
    // The parser stops at the second key's quote, character 19 of line 3; a missing field has no column.
    #expect(outcome.problems.map(\.column) == [19, nil])
    #expect(outcome.problems[0].description.hasPrefix("dump.jsonl:3:19: error: invalid JSON"))
    #expect(outcome.problems[1].description == "dump.jsonl:4: error: missing field 'body'")
  }

  @Test func aJSONArrayThatIsNotJSONNamesTheLineAndColumn() {
    let text = "[\n  {\"body\": \"Café opens.\"},\n  {\"body\": \"Ünal\" \"x\"}\n]"
    let outcome = JSONArticleReader().read(Data(text.utf8), source: "dump.json")
    #expect(outcome.articles.isEmpty)
    #expect(outcome.problems.map(\.location) == [InputLocation(file: "dump.json", line: 3, column: 19)])
    #expect(outcome.problems.first?.error.code == .invalidData)
    #expect(outcome.problems.first?.error.location?.column == 19)
  }

  @Test func readsAJSONArray() throws {
    let articles = [NewsArticle(title: "A", body: "a"), NewsArticle(title: "B", body: "b")]
    let data = try JSONEncoder().encode(articles)
    let outcome = JSONArticleReader().read(data, source: "all.json")
    #expect(outcome.articles.map(\.title) == ["A", "B"])
    #expect(outcome.articles[1].provenance == Provenance(source: "all.json", record: 1))
  }
}

@Suite struct ArticleLoaderTests {
  @Test func loadsDirectoriesRecursivelyInNameOrderAndReportsBadFiles() async throws {
    let directory = try TemporaryDirectory()
    try directory.write("b.txt", "Second\n\nBody b.")
    try directory.write("a.txt", "First\n\nBody a.")
    try directory.write("nested/c.txt", "Third\n\nBody c.")
    try directory.write("nested/notes.md", "# not an article")
    try directory.write(".hidden/d.txt", "Hidden\n\nBody d.")
    try directory.write("empty.txt", "")
    try directory.write("feed.jsonl", "{\"title\":\"Fourth\",\"body\":\"Body d.\"}\nnot json\n")
    let report = try await ArticleLoader().load(
      [directory.path, directory.path + "/missing.txt"], maxConcurrency: 3)
    #expect(report.articles.map(\.title) == ["First", "Second", "Fourth", "Third"])
    #expect(report.fileCount == 5)
    let problems = report.problems.map(\.description)
    #expect(problems.count == 3)
    #expect(problems.contains(directory.path + "/missing.txt: error: no such file or directory"))
    #expect(problems.contains(directory.path + "/empty.txt: error: the file has no text"))
    #expect(problems.contains { $0.hasPrefix(directory.path + "/feed.jsonl:2:2: error: invalid JSON") })
  }

  @Test func expandsGlobsAndSniffsUnknownExtensions() async throws {
    let directory = try TemporaryDirectory()
    try directory.write("one.txt", "One\n\nBody.")
    try directory.write("two.txt", "Two\n\nBody.")
    try directory.write("three.dat", "{\"title\":\"Three\",\"body\":\"Body.\"}")
    try directory.write("four", "Four\n\nBody.")
    try directory.write("binary.bin", Data([0x00, 0x01, 0x02]))
    let loader = ArticleLoader()
    let report = try await loader.load([
      directory.path + "/*.txt", directory.path + "/three.dat", directory.path + "/four",
      directory.path + "/binary.bin", directory.path + "/*.none",
    ])
    #expect(report.articles.map(\.title) == ["One", "Two", "Three", "Four"])
    #expect(
      report.problems.map(\.message) == [
        "no files match this pattern", "binary data in no format Byline reads",
      ])
  }

  @Test func namesTheReasonAFileCannotBeRead() throws {
    let directory = try TemporaryDirectory()
    let outcome = ArticleLoader().read(file: directory.path)
    #expect(outcome.problems.map(\.message) == ["is a directory"])
    var limited = ArticleLoader()
    limited.maximumFileSize = 4
    let file = try directory.write("big.txt", "Title\n\nA body longer than four bytes.")
    #expect(limited.read(file: file).problems.first?.message.contains("more than the limit") == true)
  }

  @Test func pluginReadersComeFirst() throws {
    struct UpperReader: ArticleReader {
      var format: String { "upper" }
      var fileExtensions: Set<String> { ["txt"] }
      func read(_ data: Data, source: String) -> ReadOutcome {
        ReadOutcome(articles: [NewsArticle(title: "UPPER", body: String(decoding: data, as: UTF8.self))])
      }
    }
    let outcome = ArticleLoader(readers: [UpperReader()]).read(Data("x".utf8), source: "x.txt")
    #expect(outcome.articles.first?.title == "UPPER")
  }
}

@Suite struct ParagraphSplitterTests {
  @Test func trimsUnicodeSpacesAndTreatsSpaceOnlyLinesAsBlank() {
    let text = "\u{00A0}First para.\u{00A0}\u{2009}\n\u{00A0} \n\u{3000}Second.\u{FEFF}"
    let spans = ParagraphSplitter.paragraphs(in: text)
    #expect(spans.map { String($0.text(in: text)) } == ["First para.", "Second."])
  }
}

@Suite struct TextDecodingTests {
  @Test func readsUTF16WithByteOrderMarks() {
    let text = "Zürich — «news»\r\nline two"
    let little = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
    let big = Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!
    for data in [little, big] {
      let (decoded, outcome) = TextDecoding.decodeReporting(data)
      #expect(decoded == "Zürich — «news»\nline two")
      #expect(outcome == .clean)
    }
  }

  @Test func replacesAFewInvalidBytesInUTF8AndSaysSo() {
    let data = Data("Café ".utf8) + Data([0xFF]) + Data(" naïve".utf8)
    let (text, outcome) = TextDecoding.decodeReporting(data)
    #expect(text == "Café \u{FFFD} naïve")
    #expect(outcome == .replacedInvalidBytes(1))
    #expect(outcome.warning == "1 invalid UTF-8 byte replaced with U+FFFD")
  }

  @Test func readsLatin1AsWindows1252() {
    let (text, outcome) = TextDecoding.decodeReporting(Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x80]))
    #expect(text == "Café €")
    #expect(outcome == .windows1252)
  }
}
