import BylineCore
import BylineParsing
import Testing

@Suite struct SentenceSegmenterTests {
  /// The sentences of `text` as strings, checking that every span is trimmed and in order.
  private func sentences(_ text: String, paragraphs: [TextSpan] = []) -> [String] {
    let spans = SentenceSegmenter.sentences(in: text, paragraphs: paragraphs)
    for (span, next) in zip(spans, spans.dropFirst()) {
      #expect(span.end <= next.start)
    }
    return spans.map { span in
      let sentence = span.text(in: text)
      #expect(!sentence.isEmpty)
      #expect(sentence.first?.isWhitespace == false && sentence.last?.isWhitespace == false)
      return String(sentence)
    }
  }

  @Test func splitsPlainSentences() {
    #expect(
      sentences("The river rose overnight. Roads were closed! Will schools open? Nobody knows.") == [
        "The river rose overnight.", "Roads were closed!", "Will schools open?", "Nobody knows.",
      ])
  }

  @Test func emptyAndBlankInput() {
    #expect(sentences("").isEmpty)
    #expect(sentences("  \n\t \n").isEmpty)
    #expect(sentences("No final punctuation here") == ["No final punctuation here"])
  }

  @Test func titlesAndKnownAbbreviations() {
    let text =
      "Mr. Okafor met Dr. Lindqvist and Gov. Ramos on Jan. 12 at the St. Regis hotel. "
      + "Sgt. Ames and Capt. Obi were there too. The pair spoke for an hour."
    #expect(
      sentences(text) == [
        "Mr. Okafor met Dr. Lindqvist and Gov. Ramos on Jan. 12 at the St. Regis hotel.",
        "Sgt. Ames and Capt. Obi were there too.",
        "The pair spoke for an hour.",
      ])
  }

  @Test func companySuffixEndsASentenceBeforeAFunctionWord() {
    let text =
      "The contract went to Harlow Shipping Inc. The company declined to comment. "
      + "Talks with Penfold Corp. failed, officials said, as did a bid by Marsh Co. in March."
    #expect(
      sentences(text) == [
        "The contract went to Harlow Shipping Inc.",
        "The company declined to comment.",
        "Talks with Penfold Corp. failed, officials said, as did a bid by Marsh Co. in March.",
      ])
  }

  @Test func dottedInitialisms() {
    let text =
      "The U.S. economy added jobs in May. Many workers moved to the U.S. They found work quickly. "
      + "Leaders of the E.U. and the U.N. met in Geneva, e.g. Ms. Varga of the U.K. Foreign Office."
    #expect(
      sentences(text) == [
        "The U.S. economy added jobs in May.",
        "Many workers moved to the U.S.",
        "They found work quickly.",
        "Leaders of the E.U. and the U.N. met in Geneva, e.g. Ms. Varga of the U.K. Foreign Office.",
      ])
    #expect(
      sentences("The agency, based in Washington, D.C. But its staff work remotely.") == [
        "The agency, based in Washington, D.C.", "But its staff work remotely.",
      ])
    #expect(sentences("The A.B.C. Holdings board met at 9 a.m. Tuesday.").count == 1)
  }

  @Test func initials() {
    let text = "A novel by J. R. R. Tolkien was read aloud by Maria K. Oduya. Everyone listened."
    #expect(
      sentences(text) == [
        "A novel by J. R. R. Tolkien was read aloud by Maria K. Oduya.", "Everyone listened.",
      ])
    #expect(
      sentences("The fallback was plan B. The team never needed it.") == [
        "The fallback was plan B.", "The team never needed it.",
      ])
  }

  @Test func decimalsMoneyAndPercentages() {
    let text =
      "Revenue rose 3.5 percent to $2.3 billion. About 2,000 troops left. Rates hit 4.25%. "
      + "In 2019. Officials stayed silent."
    #expect(
      sentences(text) == [
        "Revenue rose 3.5 percent to $2.3 billion.", "About 2,000 troops left.", "Rates hit 4.25%.",
        "In 2019.", "Officials stayed silent.",
      ])
  }

  @Test func numberAbbreviationOnlyBeforeANumber() {
    #expect(
      sentences("The team is ranked No. 4 in the league. The answer was No. Nobody asked again.") == [
        "The team is ranked No. 4 in the league.", "The answer was No.", "Nobody asked again.",
      ])
  }

  @Test func quotations() {
    #expect(
      sentences("It was a “massive mistake,” he said. Next.") == [
        "It was a “massive mistake,” he said.", "Next.",
      ])
    #expect(
      sentences("“We will rebuild.” The mayor said it twice. \"Stop!\" she shouted. 'Why?' he asked.") == [
        "“We will rebuild.”", "The mayor said it twice.", "\"Stop!\" she shouted.", "'Why?' he asked.",
      ])
    #expect(
      sentences("He said: \"We are leaving.\" Then he left. “It is over,” she added.") == [
        "He said: \"We are leaving.\"", "Then he left.", "“It is over,” she added.",
      ])
  }

  @Test func brackets() {
    let text = "The vote passed (barely). (Two members abstained.) [Corrected at noon.] The session closed."
    #expect(
      sentences(text) == [
        "The vote passed (barely).", "(Two members abstained.)", "[Corrected at noon.]",
        "The session closed.",
      ])
  }

  @Test func ellipses() {
    #expect(
      sentences("Sales slowed… then recovered. The board waited... Nothing changed. Or did it...?") == [
        "Sales slowed… then recovered.", "The board waited...", "Nothing changed.", "Or did it...?",
      ])
    #expect(sentences("We waited... and waited... and waited.").count == 1)
  }

  @Test func headlinesWithoutFinalPunctuation() {
    let text = "Floods close mountain roads\nHeavy rain cut off three villages on Sunday. Crews were sent."
    #expect(
      sentences(text) == [
        "Floods close mountain roads", "Heavy rain cut off three villages on Sunday.", "Crews were sent.",
      ])
    let byline = "Port Reopens After Storm\nBy Lena Marsh\nHARBORVIEW — Ships returned on Friday."
    #expect(
      sentences(byline) == [
        "Port Reopens After Storm", "By Lena Marsh", "HARBORVIEW — Ships returned on Friday.",
      ])
    #expect(
      sentences("Ferry service resumes\r\nBoats left at dawn.") == [
        "Ferry service resumes", "Boats left at dawn.",
      ])
  }

  @Test func listItems() {
    let text = "The plan has three parts:\n• Cut fares\n• Add buses\n1. Hire drivers\n2. Extend hours"
    #expect(
      sentences(text) == [
        "The plan has three parts:", "• Cut fares", "• Add buses", "1. Hire drivers", "2. Extend hours",
      ])
  }

  @Test func hardWrappedLinesAreNotHeadlines() {
    let text = "The council said the\nbudget would pass and\nThe Herald reported it first.\nNobody objected."
    #expect(
      sentences(text) == [
        "The council said the\nbudget would pass and\nThe Herald reported it first.", "Nobody objected.",
      ])
    #expect(sentences("Talks continued,\nOfficials said.") == ["Talks continued,\nOfficials said."])
  }

  @Test func paragraphsAreSegmentedSeparately() {
    let text = "A headline without a period\n\nthe body starts in lower case. It ends here.\n\n  Last one  "
    let paragraphs = ParagraphSplitter.paragraphs(in: text)
    #expect(paragraphs.count == 3)
    #expect(
      sentences(text, paragraphs: paragraphs) == [
        "A headline without a period", "the body starts in lower case.", "It ends here.", "Last one",
      ])
    // Text outside every paragraph is ignored.
    #expect(
      sentences("First part ends. Second part.", paragraphs: [TextSpan(start: 0, end: 16)])
        == ["First part ends."])
  }

  @Test func paragraphSpansClampedAndTrimmed() {
    let text = "One. Two."
    #expect(sentences(text, paragraphs: [TextSpan(start: 4, end: 99)]) == ["Two."])
    #expect(sentences(text, paragraphs: [TextSpan(start: 20, end: 30)]).isEmpty)
  }

  @Test func spanishFrenchGermanPortugueseRussian() {
    #expect(
      sentences("El Sr. Pardo llegó ayer. ¿Vendrá mañana? ¡Claro que sí! Dijo que no.") == [
        "El Sr. Pardo llegó ayer.", "¿Vendrá mañana?", "¡Claro que sí!", "Dijo que no.",
      ])
    #expect(
      sentences("« C'est fini. » Il est parti. M. Leroux a répondu.") == [
        "« C'est fini. »", "Il est parti.", "M. Leroux a répondu.",
      ])
    #expect(
      sentences("Sie kam am 3. Oktober. „Wir bleiben.“ Er nickte. »Gut.« Dann ging sie.") == [
        "Sie kam am 3. Oktober.", "„Wir bleiben.“", "Er nickte.", "»Gut.«", "Dann ging sie.",
      ])
    #expect(
      sentences("A Sra. Lima votou. O projeto passou.") == ["A Sra. Lima votou.", "O projeto passou."])
    #expect(
      sentences("Выручка выросла на 5%. Директор А. Б. Смирнова довольна. В 2023 г. Она открыла офис.") == [
        "Выручка выросла на 5%.", "Директор А. Б. Смирнова довольна.", "В 2023 г.", "Она открыла офис.",
      ])
  }

  @Test func fullWidthTerminators() {
    #expect(sentences("港は晴れ。船が出た！本当？") == ["港は晴れ。", "船が出た！", "本当？"])
  }

  @Test func spansUseUTF8Offsets() {
    let text = "Café «Crème» opened — naïvely. Zoë’s critics loved it. Всё хорошо."
    let spans = SentenceSegmenter.sentences(in: text, paragraphs: [])
    #expect(
      spans == [
        TextSpan(text.range(of: "Café «Crème» opened — naïvely.")!, in: text),
        TextSpan(text.range(of: "Zoë’s critics loved it.")!, in: text),
        TextSpan(text.range(of: "Всё хорошо.")!, in: text),
      ])
    #expect(spans[1].start == 38)
    #expect(
      spans.map { $0.text(in: text) } == [
        "Café «Crème» opened — naïvely.", "Zoë’s critics loved it.", "Всё хорошо.",
      ])
  }
}
