import BylineCore
import BylineShell
import BylineTesting
import Foundation
import Testing

/// `ArticleField`, the core's named fields for grouping (`--by FIELD`) and conditions, and the
/// shell commands that use it.
@Suite struct ArticleFieldTests {
  static let articles = [
    NewsArticle(
      id: "b1", title: "Markets", body: "Shares rose.", outlet: "BBC", authors: ["Ana Lind", "Bo Ek"],
      published: PublicationDate(iso8601: "2025-03-14T10:32Z"), language: "en",
      provenance: Provenance(source: "data/bbc/business/001.txt", line: 1)),
    NewsArticle(
      id: "s1", title: "Cup final", body: "A late goal.", outlet: "BBC", authors: ["Bo Ek"],
      published: PublicationDate(iso8601: "2025-04"),
      provenance: Provenance(source: "data/bbc/sport/001.txt", line: 1)),
    NewsArticle(id: "x1", title: "Undated", body: "No date, no outlet."),
  ]

  @Test func valuesOfEachField() {
    let article = Self.articles[0]
    #expect(ArticleField.folder.values(of: article) == ["business"])
    #expect(ArticleField.author.values(of: article) == ["Ana Lind", "Bo Ek"])
    #expect(ArticleField.date.values(of: article) == ["2025-03-14"])
    #expect(ArticleField.month.values(of: article) == ["2025-03"])
    #expect(ArticleField.year.values(of: article) == ["2025"])
    #expect(ArticleField.date.values(of: Self.articles[1]) == ["2025-04"])
    #expect(ArticleField.file.values(of: article) == ["data/bbc/business/001.txt"])
    #expect(ArticleField.outlet.values(of: Self.articles[2]).isEmpty)
    #expect(ArticleField.folder.values(of: Self.articles[2]).isEmpty)
  }

  @Test func namesAndAliases() {
    #expect(ArticleField(named: "Folder") == .folder)
    #expect(ArticleField(named: "published") == .date)
    #expect(ArticleField(named: "authors") == .author)
    #expect(ArticleField(named: "colour") == nil)
    #expect(ArticleField(argument: "month") == .month)
  }

  @Test func groupsInOrderWithAuthorsInEachOfTheirGroups() {
    let byAuthor = ArticleField.author.groups(of: Self.articles)
    #expect(byAuthor.map(\.label) == ["Ana Lind", "Bo Ek", "(no author)"])
    #expect(byAuthor.map { $0.articles.map(\.id.rawValue) } == [["b1"], ["b1", "s1"], ["x1"]])
    let byFolder = ArticleField.folder.groups(of: Self.articles)
    #expect(byFolder.map(\.value) == ["business", "sport", nil])
  }

  @Test func filterAndStatsUseTheFields() async throws {
    let directory = NSTemporaryDirectory() + "byline-fields-" + UUID().uuidString
    for folder in ["business", "sport"] {
      try FileManager.default.createDirectory(
        atPath: "\(directory)/bbc/\(folder)", withIntermediateDirectories: true)
      try "\(folder.capitalized) headline\n\nText about \(folder)."
        .write(toFile: "\(directory)/bbc/\(folder)/001.txt", atomically: true, encoding: .utf8)
    }
    try "Second business headline\n\nMore text."
      .write(toFile: "\(directory)/bbc/business/002.txt", atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let harness = try await ShellHarness(width: nil)
    let (shell, captured) = (harness.shell, harness.captured)
    try await shell.load([directory + "/bbc"])

    captured.reset()
    #expect(await shell.execute("filter folder=business | articles --format jsonl"))
    #expect(captured.standardOutput.split(separator: "\n").count == 2)
    captured.reset()
    #expect(await shell.execute("filter folder!=business | articles --format jsonl"))
    #expect(captured.standardOutput.split(separator: "\n").count == 1)

    captured.reset()
    #expect(await shell.execute("stats --by folder --format csv"))
    #expect(captured.standardOutput.contains("folder: business,2\r\nfolder: sport,1\r\n"))
    captured.reset()
    #expect(await shell.execute("stats --by colour") == false)
    #expect(captured.standardError.contains("error: stats: The value 'colour' is invalid for '--by <by>'"))
  }

  @Test func statsSaysWhatTheSessionHolds() async throws {
    let fixture = try await ShellFixture()
    #expect(await fixture.run("lengths").ok)
    let result = await fixture.run("filter outlet='Meridian Wire' | stats --format csv")
    #expect(result.ok)
    for row in [
      "articles,2\r\n", "session: articles,3\r\n", "session: outlets,2\r\n",
      "session: analysed by length,3\r\n",
    ] {
      #expect(result.output.contains(row), "no \(row) in \(result.output)")
    }
    #expect(result.output.contains("session: article text (MiB),0\r\n"))
    let memory = result.output.split(separator: "\r\n").first {
      $0.hasPrefix("session: resident memory (MiB),")
    }
    let megabytes = memory.flatMap { Double($0.split(separator: ",").last ?? "") } ?? 0
    #expect(megabytes > 1, "\(result.output)")
  }
}
