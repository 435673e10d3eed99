import BylineCore
import BylineParsing
import Testing

@Suite struct TokenizerTests {
  /// The tokens of `text` as strings, checking that spans are ordered, disjoint and free of white space.
  private func tokens(_ text: String, range: TextSpan? = nil) -> [String] {
    let spans = Tokenizer.tokens(in: text, range: range)
    for (span, next) in zip(spans, spans.dropFirst()) {
      #expect(span.end <= next.start)
    }
    return spans.map { span in
      let token = span.text(in: text)
      #expect(!token.isEmpty)
      #expect(!token.contains { $0.isWhitespace })
      return String(token)
    }
  }

  @Test func emptyAndBlankInput() {
    #expect(tokens("").isEmpty)
    #expect(tokens(" \n\t\u{00A0} ").isEmpty)
  }

  @Test func wordsWithApostrophesAndHyphens() {
    #expect(
      tokens("Don't call O'Brien a well-known rock’n’roll fan, Jones' friend said.") == [
        "Don't", "call", "O'Brien", "a", "well-known", "rock’n’roll", "fan", ",", "Jones", "'", "friend",
        "said", ".",
      ])
    #expect(
      tokens("COVID-19 hit AT&T and R&D in the 1990s.") == [
        "COVID-19", "hit", "AT&T", "and", "R&D", "in", "the", "1990s", ".",
      ])
    #expect(tokens("-5 and - dash") == ["-", "5", "and", "-", "dash"])
  }

  @Test func numbersMoneyAndPercentages() {
    #expect(
      tokens("It cost $2.3 billion, sent 2,000 troops, paid 4.25% at 10:30 on 24/7 duty.") == [
        "It", "cost", "$", "2.3", "billion", ",", "sent", "2,000", "troops", ",", "paid", "4.25", "%",
        "at", "10:30", "on", "24/7", "duty", ".",
      ])
    #expect(tokens("€1.000,50 or 3.") == ["€", "1.000,50", "or", "3", "."])
  }

  @Test func abbreviationsKeepTheirPeriod() {
    #expect(
      tokens("Mr. Ruiz left the U.S. on Dec. 3, e.g. via Gen. Ames’ jet, etc. at 9 a.m.") == [
        "Mr.", "Ruiz", "left", "the", "U.S.", "on", "Dec.", "3", ",", "e.g.", "via", "Gen.", "Ames", "’",
        "jet", ",", "etc.", "at", "9", "a.m.",
      ])
    #expect(tokens("J. R. R. Tolkien") == ["J.", "R.", "R.", "Tolkien"])
    #expect(tokens("He earned a Ph.D. in the U.K.") == ["He", "earned", "a", "Ph.D.", "in", "the", "U.K."])
  }

  @Test func numberAbbreviationOnlyBeforeANumber() {
    #expect(tokens("No. 10 won. No.") == ["No.", "10", "won", ".", "No", "."])
  }

  @Test func sentencePeriodIsSeparate() {
    #expect(tokens("The vote ended.") == ["The", "vote", "ended", "."])
    #expect(tokens("It rose 3.5.") == ["It", "rose", "3.5", "."])
  }

  @Test func urlsAndEmailAddresses() {
    let text =
      "Read https://example.org/report_(final)?id=7, www.example.com or example.co.uk/news. "
      + "Write to press.office+news@example.co.uk."
    #expect(
      tokens(text) == [
        "Read", "https://example.org/report_(final)?id=7", ",", "www.example.com", "or",
        "example.co.uk/news", ".", "Write", "to", "press.office+news@example.co.uk", ".",
      ])
    #expect(tokens("(see http://example.net/a)") == ["(", "see", "http://example.net/a", ")"])
  }

  @Test func punctuationQuotesAndBrackets() {
    #expect(
      tokens("Wait... what?! “Yes” (maybe) [sic] — ok…") == [
        "Wait", "...", "what", "?", "!", "“", "Yes", "”", "(", "maybe", ")", "[", "sic", "]", "—", "ok",
        "…",
      ])
    #expect(
      tokens("\"Go,\" she said; 'now'.") == ["\"", "Go", ",", "\"", "she", "said", ";", "'", "now", "'", "."])
  }

  @Test func symbolsHashtagsAndEmoji() {
    #expect(
      tokens("#Budget2024 @citydesk 👍🏽 🇫🇷 👨‍👩‍👧 ok") == [
        "#Budget2024", "@citydesk", "👍🏽", "🇫🇷", "👨‍👩‍👧", "ok",
      ])
  }

  @Test func unicodeWords() {
    #expect(
      tokens("Zoë’s café in Zürich — «Crème» — opened.") == [
        "Zoë’s", "café", "in", "Zürich", "—", "«", "Crème", "»", "—", "opened", ".",
      ])
    #expect(
      tokens("Директор А. Б. Смирнова, т.е. она, сказала «да».") == [
        "Директор", "А.", "Б.", "Смирнова", ",", "т.е.", "она", ",", "сказала", "«", "да", "»", ".",
      ])
    #expect(tokens("¿Dónde está?") == ["¿", "Dónde", "está", "?"])
    #expect(tokens("東京で会議。") == ["東", "京", "で", "会", "議", "。"])
  }

  @Test func spansUseUTF8Offsets() {
    let text = "Café «Crème» — 46%"
    let spans = Tokenizer.tokens(in: text)
    #expect(
      spans == [
        TextSpan(start: 0, end: 5), TextSpan(start: 6, end: 8), TextSpan(start: 8, end: 14),
        TextSpan(start: 14, end: 16), TextSpan(start: 17, end: 20), TextSpan(start: 21, end: 23),
        TextSpan(start: 23, end: 24),
      ])
    #expect(spans.map { $0.text(in: text) } == ["Café", "«", "Crème", "»", "—", "46", "%"])
  }

  @Test func onlyWithinARange() {
    let text = "Ärzte warnen. Die Zahl stieg um 12,5 %."
    let second = TextSpan(text.range(of: "Die Zahl stieg um 12,5 %.")!, in: text)
    let spans = Tokenizer.tokens(in: text, range: second)
    #expect(spans.first == TextSpan(start: 15, end: 18))
    #expect(tokens(text, range: second) == ["Die", "Zahl", "stieg", "um", "12,5", "%", "."])
    #expect(tokens(text, range: TextSpan(start: 1, end: 4)) == ["rz"])
    #expect(tokens(text, range: TextSpan(start: 200, end: 300)).isEmpty)
  }

  @Test func sentencesAndTokensAgree() {
    let text = "Sen. Alvarez spoke at 3 p.m. She said the U.S. would pay $4.5 million. “Enough,” she added."
    let sentences = SentenceSegmenter.sentences(in: text, paragraphs: [])
    #expect(sentences.count == 3)
    let perSentence = sentences.flatMap { Tokenizer.tokens(in: text, range: $0) }
    #expect(perSentence == Tokenizer.tokens(in: text))
  }
}
