import BylineCore
import BylineParsing
import BylineSentiment
import BylineShell
import BylineTesting
import Foundation
import Testing

/// A shell with the parsing and sentiment plugins over three small articles from two outlets.
struct SentimentShell {
  static let records = [
    #"{"id":"good","title":"Park reopens","body":"The new park is wonderful. Families loved it.","outlet":"Daily Ledger"}"#,
    #"{"id":"bad","title":"Fire","body":"The fire was a terrible disaster. Nobody was hurt, thankfully.","outlet":"Daily Ledger"}"#,
    #"{"id":"flat","title":"Meeting","body":"The council met on Tuesday.","outlet":"Coastal Wire"}"#,
  ]

  let harness: ShellHarness
  /// A scratch directory for files the tests write.
  let directory: String

  var shell: Shell { harness.shell }
  var captured: CapturedOutput { harness.captured }

  init() async throws {
    directory = NSTemporaryDirectory() + "byline-sentiment-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    harness = try await ShellHarness(plugins: [ParsingPlugin(), SentimentPlugin()], records: Self.records)
  }

  func json(_ line: String) async throws -> [[String: Any]] { try await harness.json(line) }
}

@Suite struct SentimentCommandTests {
  let scorer = SentimentScorer()

  @Test func bySentenceGivesEverySentenceWithItsScores() async throws {
    let fixture = try await SentimentShell()
    let rows = try await fixture.json("sentiment --by sentence --format json")
    #expect(rows.count == 5)
    #expect(Set(rows[0].keys) == ["article", "index", "text", "neg", "neu", "pos", "compound", "label"])
    #expect(rows[0]["label"] as? String == "positive")
    #expect(rows[0]["text"] as? String == "The new park is wonderful.")
    #expect(rows[0]["compound"] as? Double == scorer.scores(for: "The new park is wonderful.").compound)
    #expect(rows[1]["index"] as? Int == 1)
  }

  @Test func byArticleGivesTheMeanAndTheWholeText() async throws {
    let fixture = try await SentimentShell()
    let rows = try await fixture.json("sentiment --format json")
    #expect(rows.map { $0["article"] as? String } == ["good", "bad", "flat"])
    #expect(
      Set(rows[0].keys) == ["article", "title", "outlet", "sentences", "meanCompound", "compound", "label"])
    #expect(rows.map { $0["label"] as? String } == ["positive", "negative", "neutral"])
    let first = scorer.scores(for: "The new park is wonderful.").compound
    let second = scorer.scores(for: "Families loved it.").compound
    #expect(abs((rows[0]["meanCompound"] as? Double ?? 9) - (first + second) / 2) < 1e-4)
    #expect(
      rows[0]["compound"] as? Double
        == scorer.scores(for: "The new park is wonderful. Families loved it.").compound)
    #expect((rows[1]["meanCompound"] as? Double ?? 0) < 0)
    #expect(rows[2]["compound"] as? Double == 0)
  }

  @Test func theThresholdSettingDecidesTheLabels() async throws {
    let fixture = try await SentimentShell()
    // "Families loved it." is positive at VADER's 0.05 and neutral at 0.6.
    let loved = scorer.scores(for: "Families loved it.").compound
    #expect(loved > 0.05 && loved < 0.6)
    let before = try await fixture.json("sentiment --by sentence --format json")
    #expect(before[1]["label"] as? String == "positive")
    #expect(await fixture.harness.run("set sentiment.threshold 0.6").succeeded)
    let after = try await fixture.json("sentiment --by sentence --format json")
    #expect(after[1]["label"] as? String == "neutral")
    // The stored annotation is labelled with the threshold in force when it was made.
    let whole = scorer.scores(for: "The new park is wonderful. Families loved it.").compound
    let articles = try await fixture.json("sentiment --format json")
    #expect(articles[0]["label"] as? String == (whole >= 0.6 ? "positive" : "neutral"))
    let refused = await fixture.harness.run("set sentiment.threshold 2")
    #expect(!refused.succeeded)
    #expect(refused.error.contains("'2' is not a valid value for sentiment.threshold"))
    #expect(refused.error.contains("hint: threshold takes a number from 0 to 1"))
    let unknown = await fixture.harness.run("set sentiment.treshold 0.1")
    #expect(unknown.error.contains("plugin 'sentiment' has no setting named 'treshold'"))
    #expect(unknown.error.contains("hint: plugin settings are sentiment.threshold"))
  }

  @Test func byOutletAggregatesWithCountsAndSpread() async throws {
    let fixture = try await SentimentShell()
    let rows = try await fixture.json("sentiment --by outlet --format json")
    #expect(rows.map { $0["outlet"] as? String } == ["Daily Ledger", "Coastal Wire"])
    #expect(Set(rows[0].keys) == ["outlet", "articles", "sentences", "meanCompound", "stdev"])
    #expect(rows[0]["articles"] as? Int == 2)
    #expect(rows[0]["sentences"] as? Int == 4)
    #expect((rows[0]["stdev"] as? Double ?? 0) > 0.3)
    #expect(rows[1]["stdev"] as? Double == 0)
  }

  @Test func groupsByAnyArticleField() async throws {
    let directory = NSTemporaryDirectory() + "byline-sentiment-fields-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let files = [
      "harbour/one.jsonl":
        #"{"id":"h1","title":"Quay","body":"The new quay is wonderful.","outlet":"Quay Herald","authors":["Ada Brill","Tom Vey"],"published":"2025-03-04"}"#,
      "harbour/two.jsonl":
        #"{"id":"h2","title":"Storm","body":"The storm was a terrible disaster.","authors":["Ada Brill"],"published":"2025-04-02"}"#,
      "markets/three.jsonl":
        #"{"id":"m1","title":"Shares","body":"Shares were flat. Traders waited.","outlet":"Quay Herald","published":"2025-03-20"}"#,
    ]
    for (path, record) in files {
      let file = directory + "/" + path
      try FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try record.write(toFile: file, atomically: true, encoding: .utf8)
    }
    let (environment, captured) = ShellEnvironment.capturing(width: 160)
    let shell = Shell(
      registry: try PluginRegistry([ParsingPlugin(), SentimentPlugin()]), environment: environment)
    try await shell.load([directory])
    func rows(_ line: String) async throws -> [[String: Any]] {
      captured.reset()
      #expect(await shell.execute(line), "\(captured.standardError)")
      return try #require(
        try JSONSerialization.jsonObject(with: Data(captured.standardOutput.utf8)) as? [[String: Any]])
    }

    let byFolder = try await rows("sentiment --by folder --format json")
    #expect(byFolder.map { $0["folder"] as? String } == ["harbour", "markets"])
    #expect(Set(byFolder[0].keys) == ["folder", "articles", "sentences", "meanCompound", "stdev"])
    #expect(byFolder.map { $0["articles"] as? Int } == [2, 1])
    #expect(byFolder.map { $0["sentences"] as? Int } == [2, 2])
    let wonderful = scorer.scores(for: "The new quay is wonderful.").compound
    let terrible = scorer.scores(for: "The storm was a terrible disaster.").compound
    #expect(abs((byFolder[0]["meanCompound"] as? Double ?? 9) - (wonderful + terrible) / 2) < 1e-4)
    let flat = scorer.scores(for: "Shares were flat.").compound
    let waited = scorer.scores(for: "Traders waited.").compound
    #expect(abs((byFolder[1]["meanCompound"] as? Double ?? 9) - (flat + waited) / 2) < 1e-4)

    let byOutlet = try await rows("sentiment --by outlet --format json")
    #expect(byOutlet.map { $0["outlet"] as? String } == ["Quay Herald", "(no outlet)"])

    let byAuthor = try await rows("sentiment --by authors --format json")
    #expect(byAuthor.map { $0["author"] as? String } == ["Ada Brill", "(no author)", "Tom Vey"])
    #expect(byAuthor.map { $0["articles"] as? Int } == [2, 1, 1])

    let byMonth = try await rows("sentiment --by month --format json")
    #expect(byMonth.map { $0["month"] as? String } == ["2025-03", "2025-04"])

    captured.reset()
    #expect(await shell.execute("sentiment --by colour") == false)
    #expect(captured.standardError.contains("colour"), "\(captured.standardError)")
    #expect(captured.standardOutput.isEmpty)
  }

  @Test func helpNamesTheFields() async throws {
    let fixture = try await SentimentShell()
    fixture.captured.reset()
    #expect(await fixture.shell.execute("help sentiment"))
    #expect(fixture.captured.standardOutput.contains("folder"))
    #expect(fixture.captured.standardOutput.contains("sentence|article|field"))
  }

  @Test func scoresOnlyTheSelectionAndAcceptsACustomLexicon() async throws {
    let fixture = try await SentimentShell()
    let selected = try await fixture.json("filter outlet='Coastal Wire' | sentiment --format json")
    #expect(selected.map { $0["article"] as? String } == ["flat"])
    let lexicon = fixture.directory + "/finance.txt"
    try "met\t2.5\t0.5\t[2, 3]\ncouncil\t-1.0\t0.4\t[-1, -1]\n".write(
      toFile: lexicon, atomically: true, encoding: .utf8)
    let custom = try await fixture.json(
      "filter outlet='Coastal Wire' | sentiment --lexicon '\(lexicon)' --format json")
    #expect((custom.first?["compound"] as? Double ?? 0) > 0)
    fixture.captured.reset()
    #expect(await fixture.shell.execute("sentiment --lexicon /no/such/lexicon.txt") == false)
    #expect(fixture.captured.standardError.contains("lexicon"))
  }
}
