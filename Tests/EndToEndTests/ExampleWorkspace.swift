import BylineTesting
import Foundation

/// A scratch copy of the package's surroundings in which documented examples run as written.
///
/// The examples' working directory is `main/`, where `Examples`, `docs` and `scripts` are links
/// to the package's own (read only), `../shared` is a link to the shared data when it exists,
/// and the files examples name as stand-ins for a reader's own data exist as small fixtures:
/// `news/`, `feed.jsonl`, `dump.jsonl`, `job.byline`, `analysis.byline`, CoNLL files
/// (`eng.train`, `eng.testa`, `eng.testb`, `mine.conll`), `my-model.bin`,
/// `finance-lexicon.txt`, TimeML folders (`TempEval-3/te3-platinum`, `TBAQ-cleaned/TimeBank`,
/// `te3-platinum`), and `~/news/` (the home folder is `home/`). What examples write lands there
/// too, never in the package.
struct ExampleWorkspace {
  /// The scratch folder; ``directory`` and ``home`` are inside it.
  let root: URL
  /// The examples' working directory.
  var directory: URL { root.appendingPathComponent("main") }
  /// The examples' home folder.
  var home: URL { root.appendingPathComponent("home") }

  /// Makes a fresh workspace.
  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "byline-examples-\(UUID().uuidString)")
    let files = FileManager.default
    try files.createDirectory(at: root.appendingPathComponent("main"), withIntermediateDirectories: true)
    for name in ["Examples", "docs", "scripts"] {
      try files.createSymbolicLink(
        at: directory.appendingPathComponent(name),
        withDestinationURL: packageRoot.appendingPathComponent(name))
    }
    if files.fileExists(atPath: AcceptanceData.root().path) {
      try files.createSymbolicLink(
        at: root.appendingPathComponent("shared"), withDestinationURL: AcceptanceData.root())
    }
    // Where the entities plugin's README writes a retrained model: here, not into the package.
    try files.createDirectory(
      at: directory.appendingPathComponent("Plugins/BylineEntities/Resources/model"),
      withIntermediateDirectories: true)
    try writeArticles()
    try writeScripts()
    try writeTrainingData()
  }

  /// Removes the workspace.
  func remove() { try? FileManager.default.removeItem(at: root) }

  /// Writes `text` to `path` under the working directory, making folders as needed.
  func write(_ text: String, to path: String, under base: URL? = nil) throws {
    let url = (base ?? directory).appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  /// Sample corpus files as `news/` and `~/news/`, and JSON Lines records as `feed.jsonl` and
  /// `dump.jsonl`.
  private func writeArticles() throws {
    let corpus = packageRoot.appendingPathComponent("Examples/corpus")
    for base in [directory, home] {
      for name in ["rate-rise-coastline-today.txt", "harbour-fire-meridian-wire.txt"] {
        try write(
          try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8), to: "news/\(name)",
          under: base)
      }
    }
    func record(_ id: String, _ title: String, _ outlet: String, _ date: String, _ body: String) -> String {
      #"{"id":"\#(id)","title":"\#(title)","outlet":"\#(outlet)","published":{"date":"\#(date)"},"body":"\#(body)"}"#
    }
    try [
      record(
        "feed-1", "Harbour reopens after the fire", "Meridian Wire", "2025-03-20",
        "The port of Porthaven reopened on Thursday, a week after the fire at the chemical plant."),
      record(
        "feed-2", "Rates held", "Coastline Today", "2025-06-05",
        "The Reserve Bank held interest rates at 4.25% and said inflation was easing."),
    ].joined(separator: "\n").appending("\n").write(
      to: directory.appendingPathComponent("feed.jsonl"), atomically: true, encoding: .utf8)
    try record(
      "dump-1", "Fishing talks resume", "Deckhand Weekly", "2025-04-02",
      "Talks on the mackerel quota resumed in Lisbon on Wednesday."
    ).appending("\n").write(
      to: directory.appendingPathComponent("dump.jsonl"), atomically: true, encoding: .utf8)
  }

  /// `job.byline` and `analysis.byline`, scripts of a few commands.
  private func writeScripts() throws {
    try write("# count what was loaded, then list it\nstats\narticles --format jsonl\n", to: "job.byline")
    try write("search fire | articles\nsentiment --by outlet\n", to: "analysis.byline")
  }

  /// CoNLL data, a model, a lexicon and TimeML files.
  private func writeTrainingData() throws {
    for name in ["eng.train", "eng.testa", "eng.testb", "mine.conll"] {
      try write(EntityBinaryTests.conll, to: name)
    }
    let model = "Plugins/BylineEntities/Resources/model/ner-en.bin"
    try FileManager.default.copyItem(
      at: packageRoot.appendingPathComponent(model), to: directory.appendingPathComponent("my-model.bin"))
    try write(
      "hawkish\t-1.2\t0.6\t[-1, -1, -2, -1, -1, -2, -1, -1, -1, -1]\n"
        + "easing\t1.1\t0.5\t[1, 1, 1, 2, 1, 1, 1, 1, 1, 1]\n", to: "finance-lexicon.txt")
    let timeML = """
      <?xml version="1.0" ?><TimeML>
      <DOCID>fixture</DOCID>
      <DCT><TIMEX3 functionInDocument="CREATION_TIME" temporalFunction="false" tid="t0" type="DATE" \
      value="2025-03-14">March 14, 2025</TIMEX3></DCT>
      <TITLE>Fire at the port</TITLE>
      <TEXT>
      The fire broke out on <TIMEX3 tid="t1" type="DATE" value="2025-03-13">Thursday</TIMEX3> and \
      burned for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>.
      </TEXT>
      </TimeML>

      """
    for folder in ["TempEval-3/te3-platinum", "TBAQ-cleaned/TimeBank", "te3-platinum"] {
      try write(timeML, to: "\(folder)/fixture.tml")
    }
  }
}
