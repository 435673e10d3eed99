import BylineCore
import Foundation
import Testing

@testable import BylineEntities

/// A tiny annotated corpus of invented news sentences (every name is made up), and a model
/// trained on it once for the recognizer tests.
enum TinyNERCorpus {
  private static let people = [
    ("Orla", "Vesk"), ("Teodor", "Brandt"), ("Mirela", "Kostani"), ("Bram", "Oldenwyk"),
    ("Ysolde", "Tarrow"), ("Kasimir", "Dunleth"),
  ]
  private static let organizations = [
    "Kelvard Institute", "Halvern Group", "Pellory Bank", "Norwick Union", "Stellan Motors",
    "Averin Council",
  ]
  private static let places = ["Tolvane", "Marrowgate", "Quillhaven", "Brisketon", "Dunmarrow", "Elsport"]
  private static let adjectives = [
    "Tolvanian", "Quillish", "Elsporter", "Dunmarrish", "Brisketan", "Marrovian",
  ]
  private static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sunday"]

  /// One sentence as `(token, tag)` pairs, written from `words` where `[Name Words|TYPE]` marks
  /// an entity (IOB2 tags).
  static func sentence(_ words: String) -> [(token: String, tag: String)] {
    var result: [(token: String, tag: String)] = []
    var entity: [String] = []
    for word in words.split(separator: " ").map(String.init) {
      if word.hasPrefix("[") {
        entity = [String(word.dropFirst())]
        continue
      }
      if !entity.isEmpty, let bar = word.firstIndex(of: "|") {
        entity.append(String(word[..<bar]))
        let type = String(word[word.index(after: bar)...].dropLast())
        for (index, token) in entity.enumerated() {
          result.append((token, (index == 0 ? "B-" : "I-") + type))
        }
        entity = []
        continue
      }
      if !entity.isEmpty {
        entity.append(word)
        continue
      }
      if let bar = word.firstIndex(of: "|") {
        result.append((String(word[..<bar]), "B-" + String(word[word.index(after: bar)...])))
      } else {
        result.append((word, "O"))
      }
    }
    return result
  }

  /// Six documents of seven sentences each.
  static let documents: [[[(token: String, tag: String)]]] = (0..<6).map { index in
    let (first, last) = people[index]
    let (first2, last2) = people[(index + 2) % 6]
    let organization = "[" + organizations[index] + "|ORG]"
    let place = places[index] + "|LOC"
    let place2 = places[(index + 3) % 6] + "|LOC"
    return [
      "Mr \(last)|PER said on \(days[index]) that the plan would work .",
      "[\(first) \(last)|PER] , a spokesman for \(organization) , said the talks ended .",
      "\(organization) opened a new office in \(place) .",
      "Officials in \(place) said [\(first2) \(last2)|PER] would visit \(place2) next week .",
      "The \(adjectives[index])|MISC delegation met [\(first) \(last)|PER] in \(place2) .",
      "Mrs \(last2)|PER 's office in \(place) confirmed the report .",
      "Mr \(last2)|PER told reporters in \(place2) on \(days[(index + 1) % 6]) that he would stay .",
    ].map(sentence)
  }

  /// The corpus in the CoNLL format: `-DOCSTART-` lines, one `token tag` line per token.
  static var text: String {
    documents.map { document in
      "-DOCSTART- -X- -X- O\n\n"
        + document.map { $0.map { "\($0.token) \($0.tag)\n" }.joined() + "\n" }.joined()
    }.joined()
  }

  static var conll: [CoNLLDocument] { CoNLLFormat.parse(text).documents }

  /// A model trained on the corpus with no gazetteer.
  static let model: NERModel = try! NERTrainer(gazetteer: Gazetteer(), options: .init(epochs: 6)).train(
    on: conll)

  static let recognizer = EntityRecognizer(model: model, gazetteer: Gazetteer())
}

@Suite struct NERTrainingTests {
  private let recognizer = TinyNERCorpus.recognizer

  private func tags(_ sentence: String) -> [String] {
    let words = sentence.split(separator: " ").map(String.init)
    return recognizer.tag(document: [words])[0].tags
  }

  @Test func theCorpusIsWhatItSays() {
    let documents = TinyNERCorpus.conll
    #expect(documents.count == 6)
    #expect(documents.allSatisfy { $0.sentences.count == 7 })
    #expect(CoNLLFormat.parse(TinyNERCorpus.text).problems.isEmpty)
    #expect(
      TinyNERCorpus.sentence("[Orla Vesk|PER] met Mr Brandt|PER in [New Tolvane|LOC] .").map(\.tag) == [
        "B-PER", "I-PER", "O", "O", "B-PER", "O", "B-LOC", "I-LOC", "O",
      ])
  }

  @Test func tagsTheTrainingSentencesCorrectly() {
    let documents = TinyNERCorpus.conll
    let evaluation = recognizer.evaluate(documents)
    #expect(evaluation.overall.f1 == 1, "\(evaluation.report)")
    #expect(Set(recognizer.model.types) == ["LOC", "MISC", "ORG", "PER"])
    #expect(recognizer.model.types == ["LOC", "MISC", "ORG", "PER"])
    #expect(recognizer.model.metadata["epochs"] == "6")
    #expect(recognizer.model.metadata["trainingSentences"] == "42")
    #expect(recognizer.model.featureCount > 0)
  }

  @Test func generalisesToUnseenNamesInKnownPatterns() {
    #expect(
      tags("Mr Quendry said on Friday that the plan would work .") == [
        "O", "U-PER", "O", "O", "O", "O", "O", "O", "O", "O", "O",
      ])
    let officials = tags("Officials in Varnholt said Zofia Marlind would visit Tolvane next week .")
    #expect(EntityChunks.chunks(in: officials).contains(TaggedChunk(tokens: 4..<6, type: "PER")))
    #expect(EntityChunks.chunks(in: officials).contains(TaggedChunk(tokens: 2..<3, type: "LOC")))
  }

  @Test func taggedSentencesHaveOneConfidencePerTokenBetweenZeroAndOne() {
    let tagged = recognizer.tag(document: [
      "Mr Brandt said on Monday that the plan would work .".split(separator: " ").map(String.init),
      [],
      ["Tolvane"],
    ])
    #expect(tagged.map(\.tags.count) == [11, 0, 1])
    #expect(tagged.map(\.confidences.count) == [11, 0, 1])
    #expect(tagged.flatMap(\.confidences).allSatisfy { $0 >= 0 && $0 <= 1 })
    let plain = recognizer.tag(
      document: [
        "Mr Brandt said on Tuesday that the plan would work .".split(separator: " ").map(String.init)
      ],
      confidences: false)
    #expect(plain[0].confidences == Array(repeating: 1, count: 11))
    #expect(plain[0].chunks == [TaggedChunk(tokens: 1..<2, type: "PER")])
  }

  @Test func predictionsAreIOB1() {
    let text = TinyNERCorpus.sentence(
      "[Orla Vesk|PER] , a spokesman for [Kelvard Institute|ORG] , said the talks ended ."
    ).map { "\($0.token) \($0.tag)\n" }.joined()
    let documents = CoNLLFormat.parse(text).documents
    #expect(
      recognizer.predictions(for: documents) == [
        [["I-PER", "I-PER", "O", "O", "O", "O", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"]]
      ])
  }

  // MARK: - Files

  /// Whether two models hold the same labels, weights, transitions and metadata.
  private func same(_ one: NERModel, _ other: NERModel) -> Bool {
    one.types == other.types && one.transitions == other.transitions && one.scale == other.scale
      && one.table.hashesInRowOrder == other.table.hashesInRowOrder && one.rowStarts == other.rowStarts
      && one.entryLabels == other.entryLabels && one.entryValues == other.entryValues
      && one.metadata == other.metadata
  }

  @Test func serializedModelReadsBackIdentically() throws {
    let model = recognizer.model
    let copy = try NERModel(data: try model.serialized())
    #expect(same(copy, model))
    #expect(copy.featureCount == model.featureCount)
    let reread = EntityRecognizer(model: copy, gazetteer: Gazetteer())
    let sentences =
      TinyNERCorpus.conll.flatMap(\.sentences).map(\.tokens) + [
        "Mr Quendry said on Friday that the plan would work .".split(separator: " ").map(String.init)
      ]
    #expect(reread.tag(document: sentences) == recognizer.tag(document: sentences))
  }

  @Test func serializingTheSameModelGivesTheSameBytes() throws {
    let metadata = Dictionary(uniqueKeysWithValues: (1...8).map { ("key\($0)", "value \($0)") })
    let model = recognizer.model.withMetadata(metadata)
    let copy = try NERModel(data: try model.serialized())
    #expect(copy.metadata == metadata)
    #expect(try copy.serialized() == model.serialized())
  }

  @Test func writesAndReadsAFile() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "byline-ner-\(UUID().uuidString).bin")
    defer { try? FileManager.default.removeItem(at: url) }
    try recognizer.model.write(to: url)
    #expect(same(try NERModel(contentsOf: url), recognizer.model))
  }

  @Test func aTruncatedModelThrows() throws {
    let data = try recognizer.model.serialized()
    for length in [0, 5, 12, 40, data.count / 2, data.count - 1] {
      let error = #expect(throws: BylineError.self, "cut at \(length) bytes") {
        try NERModel(data: data.prefix(length), source: "cut.bin")
      }
      #expect(error?.code == .invalidData)
    }
    let error = try #require(throws: BylineError.self) {
      try NERModel(data: data.dropLast(), source: "cut.bin")
    }
    #expect(error.code == .invalidData)
    #expect(error.location == InputLocation(file: "cut.bin", line: nil))
    #expect(error.description.hasPrefix("cut.bin: error: the file ends early"))
  }

  @Test func aFileWithTheWrongMagicNumberThrows() throws {
    var data = try recognizer.model.serialized()
    data[data.startIndex] = UInt8(ascii: "X")
    let error = try #require(throws: BylineError.self) { try NERModel(data: data, source: "other.bin") }
    #expect(error.code == .invalidData)
    #expect(error.location?.file == "other.bin")
    #expect(error.message.contains("bad magic number"))
    let unnamed = #expect(throws: BylineError.self) { try NERModel(data: Data("not a model at all".utf8)) }
    #expect(unnamed?.code == .invalidData)
    #expect(unnamed?.location?.file == "<model>")
  }

  @Test func aCorruptHeaderThrowsRatherThanCrashing() async {
    // A model header whose counts are impossible: the reader must report it, not trap. The
    // check runs in a child process, so that a trap fails this test alone.
    await #expect(processExitsWith: .success) {
      for counts in [#""features":-1,"entries":0"#, #""features":0,"entries":-1"#] {
        var data = Data("BYLNER01".utf8)
        let header = Data(#"{"types":["PER"],"scale":1,\#(counts),"metadata":{}}"#.utf8)
        withUnsafeBytes(of: UInt32(header.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(header)
        data.append(Data(repeating: 0, count: 256))
        do {
          _ = try NERModel(data: data, source: "corrupt.bin")
          exit(1)
        } catch let error as BylineError where error.code == .invalidData {
          continue
        } catch {
          exit(2)
        }
      }
    }
  }

  // MARK: - Training errors

  @Test func dataWithoutEntitiesCannotTrain() {
    let documents = CoNLLFormat.parse("the O\nplan O\nworked O\n").documents
    for data in [documents, []] {
      let error = #expect(throws: BylineError.self) {
        try NERTrainer(gazetteer: Gazetteer(), options: .init(epochs: 1)).train(on: data)
      }
      #expect(error?.code == .invalidData)
      #expect(error?.message == "the training data has no entities")
      #expect(error?.location == nil)
      #expect(error?.hint != nil)
    }
  }

  @Test func developmentDataChoosesAnEpochAndReportsProgress() throws {
    var reports: [NERTrainer.EpochReport] = []
    let documents = TinyNERCorpus.conll
    let model = try NERTrainer(gazetteer: Gazetteer(), options: .init(epochs: 3)).train(
      on: Array(documents.prefix(4)), development: Array(documents.suffix(2))
    ) { reports.append($0) }
    #expect(reports.map(\.epoch) == [1, 2, 3])
    #expect(reports.allSatisfy { ($0.developmentF1 ?? -1) >= 0 && ($0.developmentF1 ?? 2) <= 1 })
    #expect(reports[0].mistakes > 0)
    let bestEpoch = try #require(Int(model.metadata["epochs"] ?? ""))
    let bestF1 = reports.compactMap(\.developmentF1).max()
    #expect(reports.first { $0.developmentF1 == bestF1 }?.epoch == bestEpoch)
  }

  @Test func trainingIsRepeatable() throws {
    let documents = Array(TinyNERCorpus.conll.prefix(2))
    let trainer = NERTrainer(gazetteer: Gazetteer(), options: .init(epochs: 2, seed: 7))
    #expect(same(try trainer.train(on: documents), try trainer.train(on: documents)))
  }

  // MARK: - Document history

  @Test func laterSentencesSeeWhatEarlierOnesWereTaggedAs() {
    let extractor = NERFeatureExtractor(gazetteer: Gazetteer())
    let document = PreparedDocument(
      sentences: [["Mr", "Brandt", "spoke"], ["Brandt", "left"], ["the", "Brandt", "plan"]],
      extractor: extractor)
    let labels = LabelSet(types: ["PER"])
    var seen: [[[UInt64]]] = []
    let paths = document.tag(labels: labels) { index, history in
      seen.append(history)
      // Tag "Brandt" as a person in the first sentence only.
      return index == 0 ? [0, 4, 0] : Array(repeating: 0, count: history.count)
    }
    #expect(paths == [[0, 4, 0], [0, 0], [0, 0, 0]])
    let person = NERFeatureExtractor.hash(.history, ["PER"])
    let personBefore = NERFeatureExtractor.hash(.historyPrevious, ["PER"])
    // Nothing is known in the first sentence.
    #expect(seen[0].allSatisfy { $0.isEmpty })
    // In the second, "Brandt" was a person once: its history says so; "left" is lower case.
    #expect(seen[1][0].contains(person))
    #expect(seen[1][1].isEmpty)
    // In the third, "Brandt" was PER once and O once; the tie goes to the first name, "O".
    #expect(seen[2][1].contains(NERFeatureExtractor.hash(.history, ["O"])))
    #expect(!seen[2][1].contains(personBefore))
    #expect(seen[2][0].isEmpty)
  }

  @Test func historyFeaturesLookAtTheWordAndItsNeighbours() {
    let tokens = ["Mr", "Brandt", "Vesk"].map(NERFeatureExtractor.prepare)
    let history = ["brandt": ["PER": 2, "O": 1], "mr": ["O": 3]]
    let features = NERFeatureExtractor.historyFeatures(tokens, at: 1, history: history)
    #expect(
      features == [
        NERFeatureExtractor.hash(.history, ["PER"]), NERFeatureExtractor.hash(.historyPrevious, ["O"]),
      ])
    let next = NERFeatureExtractor.historyFeatures(tokens, at: 2, history: history)
    #expect(next == [NERFeatureExtractor.hash(.historyPrevious, ["PER"])])
    #expect(
      NERFeatureExtractor.historyFeatures(["the"].map(NERFeatureExtractor.prepare), at: 0, history: history)
        .isEmpty)
  }

  // MARK: - Features

  @Test func preparedTokensHaveShapes() {
    let name = NERFeatureExtractor.prepare("McDonald")
    #expect(name.shape == "XxXxxxxx")
    #expect(name.shortShape == "XxXx")
    #expect(name.lower == "mcdonald")
    #expect(name.isCapitalised && !name.isAllCaps)
    let year = NERFeatureExtractor.prepare("2024-25")
    #expect(year.shape == "dddd-dd")
    #expect(year.shortShape == "d-d")
    #expect(year.lower == "0000-00")
    #expect(!year.isCapitalised && !year.isAllCaps)
    let initials = NERFeatureExtractor.prepare("TVK")
    #expect(initials.shape == "XXX" && initials.shortShape == "X" && initials.isAllCaps)
    #expect(NERFeatureExtractor.prepare("Abcdefghijklmnop").shape == "Xxxxxxxxxxxx")
    #expect(NERFeatureExtractor.prepare("Abcdefghijklmnop").shortShape == "Xx")
  }

  @Test func curlyQuotesAndDashesAreNormalised() {
    let name = NERFeatureExtractor.prepare("O\u{2019}Neal")
    #expect(name.word == "O'Neal")
    #expect(name.shape == "X'Xxxx")
    #expect(NERFeatureExtractor.prepare("\u{201C}").word == "\"")
    #expect(NERFeatureExtractor.prepare("\u{201D}").word == "\"")
    #expect(NERFeatureExtractor.prepare("\u{00AB}").word == "\"")
    #expect(NERFeatureExtractor.prepare("\u{2014}").word == "-")
    #expect(NERFeatureExtractor.prepare("\u{2019}s").lower == "'s")
  }

  @Test func headlinesAreSentencesMostlyInCapitals() {
    let sentences = [
      ["VESK", "WINS", "TOLVANE", "RACE"],
      ["Vesk", "won", "the", "race", "in", "Tolvane", "."],
      ["ELSPORT", "2", "QUILLHAVEN", "1"],
      ["RESULTS", ":"],
      ["A", "NEW", "OFFICE", "opens", "today"],
      ["TVK"],
    ].map { $0.map(NERFeatureExtractor.prepare) }
    let context = NERFeatureExtractor.documentContext(sentences)
    // "A" is one letter, so it does not count as capitals: 2 of 5 words.
    #expect(context.headlines == [true, false, true, false, false, false])
    // Headlines do not decide how a word is usually written.
    #expect(context.usualForm["vesk"] == "Vesk")
    #expect(context.usualForm["tolvane"] == "Tolvane")
    #expect(context.capitalisedUses.contains("tolvane"))
    #expect(!context.capitalisedUses.contains("vesk"))
    #expect(context.lowercaseUses.contains("race"))
  }
}
