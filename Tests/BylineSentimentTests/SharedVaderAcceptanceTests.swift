import BylineSentiment
import BylineTesting
import Foundation
import Testing

/// Acceptance on ../shared/data/vader: every one of the 23,703 ground-truth sentences of Hutto &
/// Gilbert (2014) scores as Python vaderSentiment 3.3.2 scores it.
@Suite(.enabled(if: AcceptanceData.isAvailable("data/vader"), Comment(rawValue: AcceptanceData.skipMessage)))
struct SharedVaderAcceptanceTests {
  static let vader = AcceptanceData.url("data/vader").path

  static let corpora = ["tweets", "nytEditorialSnippets", "movieReviewSnippets", "amazonReviewSnippets"]

  /// One ground-truth sentence with the scores vaderSentiment 3.3.2 gives it.
  struct Case {
    var corpus: String
    var id: String
    var text: String
    var expected: SentimentScores
  }

  /// Lines of a CRLF (or LF) file, without empty ones.
  static func lines(_ text: String) -> [Substring] {
    text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
  }

  /// The reference scores, keyed by "corpus/id", from the gzipped TSV (through `gzip -dc`).
  static func referenceScores() throws -> [String: SentimentScores] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-dc", vader + "/vader_python_3.3.2_reference_scores.tsv.gz"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "gzip -dc failed")
    var scores: [String: SentimentScores] = [:]
    for line in lines(String(decoding: data, as: UTF8.self)).dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 6, let neg = Double(fields[2]), let neu = Double(fields[3]),
        let pos = Double(fields[4]), let compound = Double(fields[5])
      else {
        Issue.record("bad reference line: \(line)")
        continue
      }
      scores["\(fields[0])/\(fields[1])"] = SentimentScores(
        negative: neg, neutral: neu, positive: pos, compound: compound)
    }
    return scores
  }

  /// Every ground-truth sentence with its reference scores.
  static func cases() throws -> [Case] {
    let reference = try referenceScores()
    #expect(reference.count == 23_703)
    var cases: [Case] = []
    for corpus in corpora {
      let data = try Data(contentsOf: URL(fileURLWithPath: vader + "/\(corpus)_GroundTruth.txt"))
      let text = try #require(String(data: data, encoding: .utf8), "\(corpus) is not UTF-8")
      // CRLF lines; split on the first two tabs only (id, mean rating, text).
      for line in text.components(separatedBy: "\r\n") where !line.isEmpty {
        let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3 else {
          Issue.record("bad ground-truth line in \(corpus): \(line)")
          continue
        }
        let key = "\(corpus)/\(fields[0])"
        guard let expected = reference[key] else {
          Issue.record("no reference scores for \(key)")
          continue
        }
        cases.append(Case(corpus: corpus, id: String(fields[0]), text: String(fields[2]), expected: expected))
      }
    }
    return cases
  }

  @Test func everyGroundTruthSentenceMatchesPythonVader() throws {
    try #require(FileManager.default.fileExists(atPath: Self.vader), "../shared/data/vader is missing")
    let cases = try Self.cases()
    #expect(cases.count == 23_703)
    let scorer = SentimentScorer()
    var mismatches: [String] = []
    var mismatchCount = 0
    for item in cases {
      let got = scorer.scores(for: item.text)
      let want = item.expected
      let close =
        abs(got.negative - want.negative) <= 1e-4 && abs(got.neutral - want.neutral) <= 1e-4
        && abs(got.positive - want.positive) <= 1e-4 && abs(got.compound - want.compound) <= 1e-4
      if !close {
        mismatchCount += 1
        if mismatches.count < 8 {
          mismatches.append(
            "\(item.corpus)/\(item.id) \(item.text.debugDescription): got \(got), want \(want)")
        }
      }
    }
    let report = mismatches.joined(separator: "\n")
    #expect(
      mismatchCount == 0,
      "\(mismatchCount) of \(cases.count) sentences differ from vaderSentiment 3.3.2; first ones:\n\(report)")
  }
}
