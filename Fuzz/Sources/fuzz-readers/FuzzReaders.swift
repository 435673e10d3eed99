import BylineCore
import BylineParsing
import Foundation
import FuzzSupport

/// Fuzzes every input format: each input is read by every reader the parsing plugin registers
/// (scraped text, HTML through libxml2, JSON and JSON Lines records, CSV and TSV, RSS and Atom,
/// gzip around any of them), by the core's plain-text and Byline JSON readers, and by the loader's
/// choice by content. Every article read must have its spans inside its body and must survive
/// export to JSON Lines and reading back.
enum FuzzReaders {
  static let readers: [any ArticleReader] = ParsingPlugin().readers + ArticleLoader.builtInReaders
  static let loader = ArticleLoader(readers: ParsingPlugin().readers)

  static func run(_ input: FuzzInput) {
    for reader in readers {
      let source = "fuzz." + (reader.fileExtensions.sorted().first ?? "bin")
      check(reader.read(input.data, source: source), format: reader.format)
      _ = reader.recognizes(input.data)
    }
    check(loader.read(input.data, source: "fuzz-input"), format: "detected")
  }

  static func check(_ outcome: ReadOutcome, format: String) {
    for problem in outcome.problems { _ = problem.description }
    for article in outcome.articles {
      let length = article.body.utf8.count
      for span in article.paragraphs + article.sentences + article.tokens {
        precondition(span.end <= length, "\(format): span \(span) outside a body of \(length) bytes")
      }
    }
    let encoder = JSONEncoder()
    let lines = outcome.articles.map { article in
      String(decoding: try! encoder.encode(article), as: UTF8.self)
    }
    let reread = JSONArticleReader().read(Data(lines.joined(separator: "\n").utf8), source: "fuzz.jsonl")
    precondition(
      reread.problems.isEmpty, "\(format): an exported article does not read back: \(reread.problems)")
    precondition(
      reread.articles.map(\.body) == outcome.articles.map(\.body),
      "\(format): exported articles read back with other bodies")
  }
}

/// libFuzzer's entry point: reads one input with every reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzReaders.run(FuzzInput(data, size))
  return 0
}

@main
struct FuzzReadersMain {
  static func main() { FuzzDriver.run(fuzz) }
}
