import BylineCore
import BylineParsing
import Foundation
import Testing

let articleHTML = """
  <!DOCTYPE html>
  <html lang="en-GB"><head><meta charset="utf-8">
  <title>Bridge to close for repairs | The Daily Ledger</title>
  <meta property="og:site_name" content="The Daily Ledger">
  <meta property="article:published_time" content="2025-03-14T10:32:00Z">
  <meta name="author" content="Tomas Lind">
  <link rel="canonical" href="https://ledger.example/local/bridge">
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge to close for six months",
  "author":[{"@type":"Person","name":"Tomas Lind"},{"@type":"Person","name":"Ada Berg"}]}</script>
  </head><body>
  <header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav></header>
  <div class="page"><article><h1>Bridge to close for six months</h1>
  <div class="article-body">
  <p>The city council voted on Tuesday to close the old harbour bridge for repairs, officials said.</p>
  <p>Engineers found that two of the bridge's steel supports had corroded faster than expected, and the
  work will take about six months, according to the council.</p>
  <div class="share-buttons"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
  <p>“We cannot take risks with a structure this old,” the council leader, Mara Quint, told reporters.</p>
  <figure><img src="a.jpg"><figcaption>The bridge in winter.</figcaption></figure>
  </div></article>
  <aside class="related"><h3>Related</h3><ul><li><a href="/1">Ferry timetable changes for spring</a></li>
  <li><a href="/2">Why old bridges rust from the inside out</a></li></ul></aside>
  <div id="comments"><h3>12 comments</h3><p>Great article, thanks for writing it up so clearly!</p></div>
  </div>
  <footer><p>© 2025 The Daily Ledger. All rights reserved.</p></footer>
  </body></html>
  """

@Suite struct HTMLReaderTests {
  @Test func extractsTheArticleAndItsMetadata() throws {
    let outcome = HTMLArticleReader().read(Data(articleHTML.utf8), source: "bridge.html")
    let article = try #require(outcome.articles.first)
    #expect(article.title == "Bridge to close for six months")
    #expect(article.outlet == "The Daily Ledger")
    #expect(article.authors == ["Tomas Lind", "Ada Berg"])
    #expect(article.published?.iso8601 == "2025-03-14T10:32:00Z")
    #expect(article.url?.absoluteString == "https://ledger.example/local/bridge")
    #expect(article.language == "en")
    #expect(article.paragraphs.count == 3)
    #expect(article.body.hasPrefix("The city council voted on Tuesday"))
    for furniture in [
      "Home", "Share on Facebook", "Ferry timetable", "Great article", "All rights reserved", "in winter",
    ] {
      #expect(!article.body.contains(furniture), "kept \(furniture)")
    }
  }

  @Test func recognisesHTMLWithoutAnExtension() {
    #expect(HTMLArticleReader().recognizes(Data("\n<!DOCTYPE html><html>".utf8)))
    #expect(!HTMLArticleReader().recognizes(Data("Just text".utf8)))
  }

  @Test func aPageWithoutTextIsAProblemNotACrash() {
    let outcome = HTMLArticleReader().read(
      Data("<html><body><nav>Home</nav></body></html>".utf8), source: "x.html")
    #expect(outcome.articles.isEmpty)
    #expect(outcome.problems.first?.message == "no article text found in the page")
    #expect(HTMLArticleReader().read(Data(), source: "empty.html").articles.isEmpty)
  }
}

@Suite struct RecordReaderTests {
  @Test func mapsJSONFieldNamesFlexibly() throws {
    let text = """
      {"headline":"Rates rise","content":"The bank raised rates.\\n\\nMarkets fell.","publishedAt":"2025-05-08T09:00:00Z","link":"https://wire.example/rates","source":{"name":"Meridian Wire"},"author":"Elin Sand, Joe Park"}
      {"title":"Second","text":"Body two.","date":"2025-05-09"}
      not json
      {"unrelated":1}
      """
    let outcome = JSONRecordReader().read(Data(text.utf8), source: "dump.jsonl")
    #expect(outcome.articles.count == 2)
    let first = outcome.articles[0]
    #expect(first.title == "Rates rise")
    #expect(first.paragraphs.count == 2)
    #expect(first.outlet == "Meridian Wire")
    #expect(first.authors == ["Elin Sand", "Joe Park"])
    #expect(first.published?.iso8601 == "2025-05-08T09:00:00Z")
    #expect(first.url?.host == "wire.example")
    #expect(outcome.problems.map(\.line) == [3, 4])
    // "not json" stops the parser at its second character; a record without a title has no column.
    #expect(outcome.problems.map(\.column) == [2, nil])
  }

  @Test func invalidJSONIsPlacedAtItsLineAndColumn() {
    let lines = JSONRecordReader().read(
      Data("{\"title\":\"Öst\",\"text\":\"a\"}\n{\"title\":\"Väst\" \"text\":\"b\"}\n".utf8),
      source: "d.jsonl")
    #expect(lines.articles.map(\.title) == ["Öst"])
    #expect(lines.problems.map(\.location) == [InputLocation(file: "d.jsonl", line: 2, column: 17)])
    let document = JSONRecordReader().read(
      Data(
        "[\n  {\"title\": \"Norr\", \"text\": \"c\"},\n  {\"title\": \"Söder\",, \"text\": \"d\"}\n]".utf8),
      source: "e.json")
    #expect(document.articles.isEmpty)
    #expect(document.problems.map(\.location) == [InputLocation(file: "e.json", line: 3, column: 21)])
    #expect(document.problems.first?.description.hasPrefix("e.json:3:21: error: invalid JSON") == true)
  }

  @Test func readsArraysAndWrappedArrays() {
    let array = JSONRecordReader().read(
      Data(#"[{"title":"A","body":"a"},{"title":"B","body":"b"}]"#.utf8), source: "a.json")
    #expect(array.articles.map(\.title) == ["A", "B"])
    let wrapped = JSONRecordReader().read(
      Data(#"{"articles":[{"title":"C","text":"c"}]}"#.utf8), source: "b.json")
    #expect(wrapped.articles.map(\.title) == ["C"])
  }

  @Test func readsCSVWithQuotedFieldsAndReportsBadRows() {
    let text =
      "title,text,date,outlet\r\n\"Rates, again\",\"Line one.\nLine \"\"two\"\".\",2025-05-08,Wire\r\nBad row,only two\r\nThird,Body.,2025-05-10,Post\r\n"
    let outcome = CSVArticleReader().read(Data(text.utf8), source: "news.csv")
    #expect(outcome.articles.map(\.title) == ["Rates, again", "Third"])
    #expect(outcome.articles[0].body == "Line one.\n\nLine \"two\".")
    #expect(outcome.problems.map(\.line) == [4])
  }

  @Test func readsRSSAndAtomFeeds() {
    let rss = """
      <?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
      <title>Harbour Courier</title>
      <item><title>Fire at the port</title><link>https://courier.example/fire</link>
      <description><![CDATA[<p>A fire broke out.</p><p>Thousands left.</p>]]></description>
      <pubDate>Fri, 14 Mar 2025 10:32:00 GMT</pubDate><dc:creator>Ana Lind</dc:creator></item>
      <item><title>Second item</title><description>Short text.</description></item>
      </channel></rss>
      """
    let feed = FeedArticleReader().read(Data(rss.utf8), source: "feed.rss")
    #expect(feed.articles.map(\.title) == ["Fire at the port", "Second item"])
    #expect(feed.articles[0].outlet == "Harbour Courier")
    #expect(feed.articles[0].paragraphs.count == 2)
    #expect(feed.articles[0].authors == ["Ana Lind"])
    #expect(feed.articles[0].published?.iso8601 == "2025-03-14T10:32:00Z")
    let atom = """
      <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Meridian Wire</title>
      <entry><title>Rates rise</title><link href="https://wire.example/rates"/>
      <published>2025-05-08T09:00:00Z</published><author><name>Elin Sand</name></author>
      <content type="html">The bank raised rates.</content></entry></feed>
      """
    let entries = FeedArticleReader().read(Data(atom.utf8), source: "wire.atom")
    #expect(entries.articles.first?.url?.absoluteString == "https://wire.example/rates")
    #expect(entries.articles.first?.authors == ["Elin Sand"])
    #expect(entries.articles.first?.outlet == "Meridian Wire")
    let broken = FeedArticleReader().read(Data("<rss><channel><item><title>x".utf8), source: "bad.rss")
    #expect(broken.problems.contains { $0.message.hasPrefix("invalid feed") }, "\(broken.problems)")
  }

  /// Found by fuzzing: an element name of bytes that are not UTF-8 stopped the process inside
  /// Foundation's XMLParser.
  @Test func anElementNameThatIsNotUTF8IsAProblemNotACrash() {
    let name = Data([0x3C, 0xFF, 0xFF, 0xFF, 0xFF])
    let outcome = FeedArticleReader().read(name, source: "fuzz.rss")
    #expect(outcome.articles.isEmpty)
    #expect(outcome.problems.count == 1)
    #expect(outcome.problems.first?.message.hasPrefix("invalid feed") == true, "\(outcome.problems)")
    // libxml2 reads a document that says UTF-16 without a byte order mark as UTF-8 too.
    let declared = Data("<?xml version=\"1.0\" encoding=\"UTF-16\"?>".utf8) + name
    #expect(FeedArticleReader().read(declared, source: "fuzz.rss").articles.isEmpty)
  }

  @Test func readsAnUndeclaredWindows1252FeedAsEveryReaderDoes() throws {
    let rss = """
      <rss><channel><title>Café</title><item><title>Prices</title>
      <description>The café raised its prices.</description></item></channel></rss>
      """
    let latin1 = try #require(rss.data(using: .isoLatin1))
    let outcome = FeedArticleReader().read(latin1, source: "cafe.rss")
    #expect(outcome.articles.map(\.title) == ["Prices"])
    #expect(outcome.articles.first?.body == "The café raised its prices.")
    #expect(outcome.articles.first?.outlet == "Café")
    let declared = Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>".utf8) + latin1
    #expect(FeedArticleReader().read(declared, source: "cafe.rss").articles.first?.outlet == "Café")
  }
}

@Suite struct GzipTests {
  @Test func readsCompressedFilesThroughTheInnerFormat() throws {
    let html = Data(articleHTML.utf8)
    let directory = NSTemporaryDirectory() + "byline-gzip-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let plain = directory + "/page.html"
    try html.write(to: URL(fileURLWithPath: plain))
    #expect(system("gzip -k '\(plain)'") == 0)
    let compressed = try Data(contentsOf: URL(fileURLWithPath: plain + ".gz"))
    #expect(Gzip.isCompressed(compressed))
    #expect(try Gzip.decompress(compressed) == html)
    let reader = ParsingPlugin().readers.first { $0.format == "gzip" }!
    let outcome = reader.read(compressed, source: plain + ".gz")
    #expect(outcome.articles.first?.title == "Bridge to close for six months")
    #expect(outcome.articles.first?.provenance?.source == plain + ".gz")
    let corrupt = reader.read(compressed.prefix(40), source: "cut.html.gz")
    #expect(corrupt.problems.first?.message == "cannot decompress: the compressed data is truncated")
    let error = #expect(throws: BylineError.self) { try Gzip.decompress(compressed.prefix(40)) }
    #expect(error?.code == .invalidData)
    #expect(error?.message == "the compressed data is truncated")
  }
}
