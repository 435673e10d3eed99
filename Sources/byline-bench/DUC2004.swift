import BylineCore
import BylineParsing
import Foundation

/// DUC 2004 task 2 in `../shared/data/duc2004`: 50 clusters of 10 newswire documents, with four
/// human summaries each.
struct DUC2004 {
  struct Cluster {
    let name: String
    let articles: [NewsArticle]
    let models: [String]
  }

  let clusters: [Cluster]

  /// Loads the data, or nil when it is not there.
  static func load() throws -> DUC2004? {
    let root = FileManager.default.currentDirectoryPath + "/../shared/data/duc2004"
    guard FileManager.default.fileExists(atPath: root + "/docs") else { return nil }
    let manager = FileManager.default
    let modelFiles = try manager.contentsOfDirectory(atPath: root + "/models").sorted()
    var clusters: [Cluster] = []
    for directory in try manager.contentsOfDirectory(atPath: root + "/docs").sorted() {
      let documents = try manager.contentsOfDirectory(atPath: root + "/docs/" + directory).sorted()
      let articles = try documents.map { name in
        try article(
          from: String(contentsOfFile: root + "/docs/\(directory)/\(name)", encoding: .utf8), id: name)
      }
      let topic = String(directory.dropLast())  // d30001t → d30001
      let models = try modelFiles.filter { $0.hasPrefix(topic + ".") }.map {
        try String(contentsOfFile: root + "/models/" + $0, encoding: .utf8)
      }
      clusters.append(Cluster(name: directory, articles: articles, models: models))
    }
    return DUC2004(clusters: clusters)
  }

  /// One SGML document as an article: the text of `<TEXT>`, unwrapped, with its date from the
  /// document number (`APW19981016.0240` → 1998-10-16).
  static func article(from sgml: String, id: String) -> NewsArticle {
    var text = sgml
    if let start = text.range(of: "<TEXT>"),
      let end = text.range(of: "</TEXT>", range: start.upperBound..<text.endIndex)
    {
      text = String(text[start.upperBound..<end.lowerBound])
    }
    text = text.replacingOccurrences(of: "<P>", with: "\n\n").replacingOccurrences(of: "</P>", with: "\n\n")
      .replacingOccurrences(of: "``", with: "“").replacingOccurrences(of: "''", with: "”")
    let blocks = text.components(separatedBy: "\n\n").map {
      $0.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(
        separator: " ")
    }.filter { !$0.isEmpty }
    let body = blocks.joined(separator: "\n\n")
    let paragraphs = ParagraphSplitter.paragraphs(in: body)
    let digits = id.drop { !$0.isNumber }.prefix(8)
    let published =
      digits.count == 8
      ? PublicationDate(iso8601: "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))")
      : nil
    return NewsArticle(
      id: ArticleID(id), title: "", body: body, published: published, provenance: Provenance(source: id),
      paragraphs: paragraphs, sentences: SentenceSegmenter.sentences(in: body, paragraphs: paragraphs))
  }
}
