import BylineCore
import Foundation
import Testing

@testable import BylineEntities

@Suite struct CoNLLFormatTests {
  /// The tokens and tags of every sentence of every document.
  private func sentences(_ documents: [CoNLLDocument]) -> [[[String]]] {
    documents.map { $0.sentences.map { zip($0.tokens, $0.tags).map { "\($0)/\($1)" } } }
  }

  // MARK: - Parsing

  @Test func readsIOB1WithExtraColumns() throws {
    let text = """
      Orla NNP B-NP I-PER
      Vesk NNP I-NP I-PER
      visited VBD B-VP O
      Tolvane NNP B-NP I-LOC
      . . O O

      """
    let (documents, problems) = CoNLLFormat.parse(text)
    #expect(problems.isEmpty)
    let sentence = try #require(documents.first?.sentences.first)
    #expect(documents.count == 1 && documents[0].sentences.count == 1)
    #expect(sentence.tokens == ["Orla", "Vesk", "visited", "Tolvane", "."])
    #expect(sentence.tags == ["I-PER", "I-PER", "O", "I-LOC", "O"])
    #expect(sentence.columns[0] == ["Orla", "NNP", "B-NP", "I-PER"])
    #expect(sentence.line == 1)
    #expect(
      EntityChunks.chunks(in: sentence.tags) == [
        TaggedChunk(tokens: 0..<2, type: "PER"), TaggedChunk(tokens: 3..<4, type: "LOC"),
      ])
  }

  @Test func readsIOB2AndBILOUIncludingTheEAndSSpellings() {
    let text = """
      Halvern B-ORG
      Group I-ORG
      hired O
      Bram B-PER
      Oldenwyk I-PER

      Halvern B-ORG
      Group L-ORG
      hired O
      Oldenwyk U-PER

      Halvern B-ORG
      Group E-ORG
      hired O
      Oldenwyk S-PER
      """
    let (documents, problems) = CoNLLFormat.parse(text)
    #expect(problems.isEmpty)
    let chunks = documents.flatMap(\.sentences).map { EntityChunks.chunks(in: $0.tags) }
    #expect(
      chunks == [
        [TaggedChunk(tokens: 0..<2, type: "ORG"), TaggedChunk(tokens: 3..<5, type: "PER")],
        [TaggedChunk(tokens: 0..<2, type: "ORG"), TaggedChunk(tokens: 3..<4, type: "PER")],
        [TaggedChunk(tokens: 0..<2, type: "ORG"), TaggedChunk(tokens: 3..<4, type: "PER")],
      ])
  }

  @Test func splitsDocumentsAtDocstartAndSentencesAtBlankLines() {
    let text = """
      -DOCSTART- -X- -X- O

      Orla B-PER
      spoke O


      Tolvane B-LOC
      waited O

      -DOCSTART- -X- -X- O

      Bram B-PER
      -DOCSTART- -X- -X- O
      -DOCSTART- -X- -X- O

      Elsport B-LOC

      """
    let (documents, problems) = CoNLLFormat.parse(text)
    #expect(problems.isEmpty)
    #expect(
      sentences(documents) == [
        [["Orla/B-PER", "spoke/O"], ["Tolvane/B-LOC", "waited/O"]],
        [["Bram/B-PER"]],
        [["Elsport/B-LOC"]],
      ])
    #expect(documents[0].sentences.map(\.line) == [3, 7])
    #expect(documents[1].sentences[0].line == 12)
    #expect(documents[2].sentences[0].line == 16)
  }

  @Test func withoutDocstartTheWholeFileIsOneDocument() {
    let (documents, _) = CoNLLFormat.parse("Orla B-PER\n\nBram B-PER\n")
    #expect(sentences(documents) == [[["Orla/B-PER"], ["Bram/B-PER"]]])
  }

  @Test func readsWindowsLineEndings() {
    let text = "-DOCSTART- -X- -X- O\r\n\r\nOrla B-PER\r\nVesk I-PER\r\nspoke O\r\n\r\nTolvane B-LOC\r\n"
    let (documents, problems) = CoNLLFormat.parse(text, file: "crlf.conll")
    #expect(problems.isEmpty, "\(problems)")
    #expect(sentences(documents) == [[["Orla/B-PER", "Vesk/I-PER", "spoke/O"], ["Tolvane/B-LOC"]]])
    #expect(documents.first?.sentences.map(\.line) == [3, 7])
  }

  @Test func readsTabsAndRunsOfSpacesAsSeparators() {
    let (documents, problems) = CoNLLFormat.parse("Orla\tNNP\tB-PER\nVesk  NNP \t I-PER\n")
    #expect(problems.isEmpty)
    #expect(
      documents.first?.sentences.first?.columns == [["Orla", "NNP", "B-PER"], ["Vesk", "NNP", "I-PER"]])
    #expect(documents.first?.sentences.first?.tags == ["B-PER", "I-PER"])
  }

  @Test func aBadTagIsUnderlinedOnItsLine() throws {
    let text = "-DOCSTART- -X- O\n\nOrla NNP B-PER\nVesk NNP\tQ-PER\n"
    let (_, problems) = CoNLLFormat.parse(text, file: "feed.conll")
    let problem = try #require(problems.first)
    #expect(problems.count == 1)
    #expect(problem.code == .invalidData)
    #expect(problem.location == InputLocation(file: "feed.conll", line: 4, column: 10))
    #expect(problem.sourceLine == "Vesk NNP\tQ-PER")
    #expect(
      problem.description
        == "feed.conll:4:10: error: 'Q-PER' is not a named-entity tag (O, or B-/I-/L-/E-/U-/S- and a type)\n"
        + "Vesk NNP\tQ-PER\n" + "        \t^~~~~")
  }

  @Test func aFileThatCannotBeReadIsAFileAccessError() {
    let missing = URL(fileURLWithPath: "/nonexistent/byline-\(UUID().uuidString).conll")
    let error = #expect(throws: BylineError.self) { try CoNLLFormat.read(contentsOf: missing) }
    #expect(error?.code == .fileAccess)
    #expect(error?.location == InputLocation(file: missing.path, line: nil))
  }

  @Test func reportsMalformedLinesWithFileAndLineAndReadsTheRest() {
    let text = """
      Orla B-PER
      Vesk X-PER
      spoke O
      lonely

      Tolvane B-
      Bram B-PER
      """
    let (documents, problems) = CoNLLFormat.parse(text, file: "data/train.conll")
    #expect(problems.map(\.location?.line) == [2, 4, 6])
    #expect(problems.map(\.location?.column) == [6, 7, 9])
    #expect(problems.allSatisfy { $0.location?.file == "data/train.conll" && $0.code == .invalidData })
    #expect(
      problems[0].description.hasPrefix("data/train.conll:2:6: error: 'X-PER' is not a named-entity tag"))
    #expect(problems[1].description.hasPrefix("data/train.conll:4:7: error: expected a token and a tag"))
    #expect(problems[2].description.hasPrefix("data/train.conll:6:9: error: 'B-' is not a named-entity tag"))
    #expect(sentences(documents) == [[["Orla/B-PER", "spoke/O"], ["Bram/B-PER"]]])
    #expect(documents[0].sentences.map(\.line) == [1, 7])
  }

  @Test func anEmptyOrBlankTextHasNoDocuments() {
    #expect(CoNLLFormat.parse("").documents.isEmpty)
    #expect(CoNLLFormat.parse("\n\n-DOCSTART- -X- -X- O\n\n").documents.isEmpty)
  }

  // MARK: - Chunks

  @Test func insideAfterOutsideStartsAChunk() {
    #expect(
      EntityChunks.chunks(in: ["O", "I-PER", "I-PER", "O", "I-LOC"]) == [
        TaggedChunk(tokens: 1..<3, type: "PER"), TaggedChunk(tokens: 4..<5, type: "LOC"),
      ])
  }

  @Test func insideOfAnotherTypeStartsANewChunk() {
    #expect(
      EntityChunks.chunks(in: ["I-ORG", "I-ORG", "I-LOC", "B-PER", "I-MISC"]) == [
        TaggedChunk(tokens: 0..<2, type: "ORG"), TaggedChunk(tokens: 2..<3, type: "LOC"),
        TaggedChunk(tokens: 3..<4, type: "PER"), TaggedChunk(tokens: 4..<5, type: "MISC"),
      ])
  }

  @Test func beginSeparatesAdjacentChunksOfTheSameType() {
    #expect(
      EntityChunks.chunks(in: ["I-PER", "I-PER", "B-PER", "I-PER", "B-PER"]) == [
        TaggedChunk(tokens: 0..<2, type: "PER"), TaggedChunk(tokens: 2..<4, type: "PER"),
        TaggedChunk(tokens: 4..<5, type: "PER"),
      ])
  }

  @Test func lastAndUnitCloseChunks() {
    #expect(
      EntityChunks.chunks(in: ["B-PER", "L-PER", "I-PER", "U-LOC", "U-LOC", "B-ORG"]) == [
        TaggedChunk(tokens: 0..<2, type: "PER"), TaggedChunk(tokens: 2..<3, type: "PER"),
        TaggedChunk(tokens: 3..<4, type: "LOC"), TaggedChunk(tokens: 4..<5, type: "LOC"),
        TaggedChunk(tokens: 5..<6, type: "ORG"),
      ])
    #expect(
      EntityChunks.chunks(in: ["B-PER", "L-ORG"]) == [
        TaggedChunk(tokens: 0..<1, type: "PER"), TaggedChunk(tokens: 1..<2, type: "ORG"),
      ])
  }

  @Test func invalidTagsReadAsOutside() {
    #expect(
      EntityChunks.chunks(in: ["B-PER", "junk", "I-PER"]) == [
        TaggedChunk(tokens: 0..<1, type: "PER"), TaggedChunk(tokens: 2..<3, type: "PER"),
      ])
    #expect(EntityChunks.chunks(in: []).isEmpty)
  }

  @Test func bilouAndIOB1RoundTrip() {
    let chunks = [
      TaggedChunk(tokens: 0..<2, type: "PER"), TaggedChunk(tokens: 2..<3, type: "PER"),
      TaggedChunk(tokens: 4..<7, type: "ORG"), TaggedChunk(tokens: 7..<8, type: "LOC"),
    ]
    let bilou = EntityChunks.bilou(chunks, count: 9)
    #expect(bilou == ["B-PER", "L-PER", "U-PER", "O", "B-ORG", "I-ORG", "L-ORG", "U-LOC", "O"])
    #expect(EntityChunks.chunks(in: bilou) == chunks)
    let iob1 = EntityChunks.iob1(chunks, count: 9)
    #expect(iob1 == ["I-PER", "I-PER", "B-PER", "O", "I-ORG", "I-ORG", "I-ORG", "I-LOC", "O"])
    #expect(EntityChunks.chunks(in: iob1) == chunks)
    #expect(EntityChunks.iob1(EntityChunks.chunks(in: bilou), count: 9) == iob1)
    #expect(EntityChunks.bilou(EntityChunks.chunks(in: iob1), count: 9) == bilou)
  }

  // MARK: - Writing

  private let twoDocuments = """
    -DOCSTART- -X- -X- O

    Orla NNP I-PER
    spoke VBD O

    Tolvane NNP I-LOC

    -DOCSTART- -X- -X- O

    Bram NNP I-PER


    """

  @Test func writeAppendsThePredictedColumn() {
    let (documents, _) = CoNLLFormat.parse(twoDocuments)
    let written = CoNLLFormat.write(documents, appending: [[["I-PER", "O"], ["I-ORG"]], [["O"]]])
    let lines = written.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == twoDocuments.split(separator: "\n", omittingEmptySubsequences: false).count)
    #expect(
      lines.filter { !$0.isEmpty && !$0.hasPrefix("-DOCSTART-") } == [
        "Orla NNP I-PER I-PER", "spoke VBD O O", "Tolvane NNP I-LOC I-ORG", "Bram NNP I-PER O",
      ])
    #expect(lines.map { $0.hasPrefix("-DOCSTART-") } == lines.indices.map { $0 == 0 || $0 == 7 })
    #expect(lines.map(\.isEmpty) == lines.indices.map { [1, 4, 6, 8, 10, 11].contains($0) })
    let reread = CoNLLFormat.parse(written)
    #expect(reread.problems.isEmpty)
    #expect(reread.documents.flatMap(\.sentences).map(\.tags) == [["I-PER", "O"], ["I-ORG"], ["O"]])
    #expect(reread.documents.flatMap(\.sentences).map { $0.columns.map(\.count) } == [[4, 4], [4], [4]])
  }

  @Test func everyWrittenLineHasAsManyFieldsAsConllevalExpects() {
    // conlleval takes the number of fields from the first line and stops at any non-blank line
    // with another number, document separators included. CoNLL-2003 files have four columns.
    let text = """
      -DOCSTART- -X- -X- O

      Orla NNP B-NP I-PER
      spoke VBD B-VP O

      """
    let (documents, _) = CoNLLFormat.parse(text)
    let written = CoNLLFormat.write(documents, appending: [[["I-PER", "O"]]])
    let counts = written.split(separator: "\n").map { $0.split(separator: " ").count }
    #expect(counts == [5, 5, 5], "\(written)")
  }
}
