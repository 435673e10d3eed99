import BylineSummarization
import Testing

@Suite struct KeyphraseExtractorTests {
  @Test func findsRepeatedMultiWordPhrases() {
    let texts = [
      "The central bank raised interest rates on Thursday. Higher interest rates will hit mortgage holders.",
      "Mortgage holders face higher interest rates after the central bank decision.",
    ]
    let phrases = KeyphraseExtractor.keyphrases(in: texts, top: 5).map(\.phrase)
    #expect(phrases.contains { $0.contains("central bank") })
    #expect(phrases.contains { $0.contains("mortgage holders") })
    #expect(phrases.contains { $0.contains("interest rates") })
    #expect(
      !phrases.contains { $0.split(separator: " ").contains { ["the", "after", "on"].contains(String($0)) } })
  }

  @Test func emptyInputHasNoPhrases() {
    #expect(KeyphraseExtractor.keyphrases(in: []).isEmpty)
    #expect(KeyphraseExtractor.keyphrases(in: ["", "  ", "2025"]).isEmpty)
  }
}
