import BylineCommands
import BylineEntities
import BylineEntityTone
import Testing

@Suite struct EntityOptionTests {
  @Test func kindAndWithinAreEnumsThatParseAndReject() throws {
    #expect(try EntitiesCommand.parse(["--kind", "ORG"]).kind == .organization)
    #expect(try EntitiesCommand.parse(["--kind", "place"]).kind?.kind == .location)
    #expect(EntityKindOption.allValueStrings == ["person", "organization", "location", "misc"])
    #expect(throws: (any Error).self) { try EntitiesCommand.parse(["--kind", "vessel"]) }
    #expect(try CooccurCommand.parse(["--within", "article"]).within == .article)
    #expect(try CooccurCommand.parse([]).within == .sentence)
    #expect(throws: (any Error).self) { try CooccurCommand.parse(["--within", "paragraph"]) }
    #expect(try TrainCommand.parse(["ner", "--data", "x.conll"]).task == .ner)
    #expect(throws: (any Error).self) { try TrainCommand.parse(["pos", "--data", "x.conll"]) }
  }
}
