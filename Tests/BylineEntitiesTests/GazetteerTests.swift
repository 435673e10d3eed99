import BylineEntities
import Foundation
import Testing

@Suite struct GazetteerTests {
  @Test func emptyGazetteerFindsNothing() {
    #expect(Gazetteer().matches(in: ["New", "York"]).isEmpty)
  }
}
