import BylineCore
import BylineParsing
import Foundation
import FuzzSupport

/// Fuzzes the text functions every article passes through: decoding, paragraphs, the tokenizer
/// (whole text and a range taken from the input), the sentence segmenter, the language detector,
/// the date text parser (each line, whole and searched) and the boilerplate cleaner behind the
/// scraped-text reader. The spans each returns must be in order, inside the text and, for
/// sentences, inside a paragraph.
enum FuzzText {
  static let reference = Date(timeIntervalSince1970: 1_741_910_400)

  static func run(_ input: FuzzInput) {
    let decoded = TextDecoding.decodeReporting(input.data)
    _ = decoded.outcome.warning
    let text = decoded.text
    let length = text.utf8.count

    let paragraphs = ParagraphSplitter.paragraphs(in: text)
    checkOrdered(paragraphs, within: length, what: "paragraphs")

    let tokens = Tokenizer.tokens(in: text)
    checkOrdered(tokens, within: length, what: "tokens")
    for token in tokens { precondition(!token.isEmpty, "an empty token at \(token)") }
    // A range from the input's first bytes, which may reach past the text or split a character.
    let bytes = Array(input.data.prefix(4))
    if bytes.count == 4 {
      let start = Int(bytes[0]) << 8 | Int(bytes[1])
      let end = start + (Int(bytes[2]) << 8 | Int(bytes[3]))
      let range = TextSpan(start: start, end: end)
      let ranged = Tokenizer.tokens(in: text, range: range)
      checkOrdered(ranged, within: length, what: "tokens in \(range)")
      for token in ranged {
        precondition(token.start >= start && token.end <= end, "token \(token) outside \(range)")
      }
    }

    let sentences = SentenceSegmenter.sentences(in: text, paragraphs: paragraphs)
    checkOrdered(sentences, within: length, what: "sentences")
    for sentence in sentences {
      precondition(!sentence.isEmpty, "an empty sentence at \(sentence)")
      precondition(
        paragraphs.contains { $0.contains(sentence) }, "sentence \(sentence) crosses a paragraph boundary")
      _ = sentence.unicodeScalarRange(in: text)
    }
    checkOrdered(
      SentenceSegmenter.sentences(in: text, paragraphs: []), within: length,
      what: "sentences of one paragraph")

    _ = LanguageDetector.detect(text)
    _ = LanguageDetector.scores(text)

    for line in input.lines(limit: 32) {
      let line = String(line)
      _ = DateTextParser.parse(line)
      _ = DateTextParser.parse(line, reference: reference)
      for reference in [nil, reference] {
        if let found = DateTextParser.firstDate(in: line, reference: reference) {
          precondition(
            found.range.lowerBound >= line.startIndex && found.range.upperBound <= line.endIndex,
            "a date found outside its line")
          _ = found.date.iso8601
        }
      }
    }

    _ = ScrapedTextArticleReader().read(input.data, source: "fuzz.txt")
  }

  /// Checks that `spans` are in order, do not overlap, and lie inside a text of `length` bytes.
  static func checkOrdered(_ spans: [TextSpan], within length: Int, what: String) {
    var previousEnd = 0
    for span in spans {
      precondition(span.start >= previousEnd, "\(what): \(span) overlaps or precedes the one before")
      precondition(span.end <= length, "\(what): \(span) outside a text of \(length) bytes")
      previousEnd = span.end
    }
  }
}

/// libFuzzer's entry point: runs the text functions on one input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzText.run(FuzzInput(data, size))
  return 0
}

@main
struct FuzzTextMain {
  static func main() { FuzzDriver.run(fuzz) }
}
