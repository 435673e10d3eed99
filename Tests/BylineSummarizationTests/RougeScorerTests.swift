import Testing

@testable import BylineSummarization

@Suite("RougeScorer")
struct RougeScorerTests {
  /// No word limit and no stemming, so the counts below follow from the raw words.
  let plain = RougeScorer(wordLimit: nil, stemming: false)

  func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }

  @Test("Unigram and bigram counts of a hand-made pair")
  func ngramCounts() {
    // Unigrams: 6 each side, 5 shared (the×2, cat, on, mat). Bigrams: 5 each side, 3 shared.
    let result = plain.score(candidate: "the cat sat on the mat", references: ["the cat lay on the mat"])
    #expect(close(result.rouge1.recall, 5.0 / 6))
    #expect(close(result.rouge1.precision, 5.0 / 6))
    #expect(close(result.rouge1.f, 5.0 / 6))
    #expect(close(result.rouge2.recall, 3.0 / 5))
    #expect(close(result.rouge2.precision, 3.0 / 5))
  }

  @Test("Repeated n-grams are clipped to the smaller count")
  func clipping() {
    let result = plain.score(candidate: "a a a a", references: ["a b"])
    #expect(close(result.rouge1.recall, 1.0 / 2))
    #expect(close(result.rouge1.precision, 1.0 / 4))
    #expect(close(result.rouge1.f, 2 * 0.5 * 0.25 / 0.75))
    #expect(result.rouge2 == .zero)
  }

  @Test("Several references: hits and totals are summed over the models (-f A)")
  func modelAverage() {
    // Model 1: 2 of 2 unigrams hit; model 2: 1 of 3. Recall 3/5, precision 3/(2×2).
    let result = plain.score(candidate: "a b", references: ["a b", "a c d"])
    #expect(close(result.rouge1.recall, 3.0 / 5))
    #expect(close(result.rouge1.precision, 3.0 / 4))
    // Bigrams: model 1 has "a b" (1 of 1), model 2 has none of its 2.
    #expect(close(result.rouge2.recall, 1.0 / 3))
    #expect(close(result.rouge2.precision, 1.0 / 2))
  }

  @Test("Tokenization lower-cases and splits on anything but a-z and 0-9")
  func tokenization() {
    let tokens = plain.sentences("U.S. Hun-Sen's 1998 ``plan''")
    #expect(tokens == [["u", "s", "hun", "sen", "s", "1998", "plan"]])
    #expect(plain.sentences("First line.\n\nSecond, line!") == [["first", "line"], ["second", "line"]])
    #expect(plain.score(candidate: "", references: ["a"]).rouge1 == .zero)
  }

  @Test("The word limit counts raw whitespace words, across lines, before tokenization")
  func wordLimit() {
    let limited = RougeScorer(wordLimit: 3, stemming: false)
    #expect(limited.sentences("one two\nthree four five") == [["one", "two"], ["three"]])
    #expect(limited.sentences("Hun-Sen's plan is bold") == [["hun", "sen", "s", "plan", "is"]])
    // "four" is beyond the limit of the candidate, and of the reference.
    #expect(limited.score(candidate: "one two three four", references: ["four"]).rouge1.recall == 0)
    #expect(limited.score(candidate: "four", references: ["one two three four"]).rouge1.recall == 0)
    #expect(plain.score(candidate: "one two three four", references: ["four"]).rouge1.recall == 1)
  }

  @Test("Stemming applies to tokens longer than three characters on both sides")
  func stemmingInScores() {
    let stemmed = RougeScorer(wordLimit: nil, stemming: true)
    #expect(stemmed.sentences("Ponies were running") == [["poni", "be", "run"]])
    #expect(stemmed.sentences("has was") == [["has", "was"]])
    #expect(stemmed.score(candidate: "Generalizations", references: ["generalization"]).rouge1.recall == 1)
    #expect(plain.score(candidate: "Generalizations", references: ["generalization"]).rouge1.recall == 0)
  }

  @Test(
    "Porter stemmer examples",
    arguments: [
      ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("caress", "caress"), ("cats", "cat"),
      ("relational", "relat"), ("generalizations", "gener"), ("hopeful", "hope"), ("feed", "feed"),
      ("agreed", "agre"), ("plastered", "plaster"), ("motoring", "motor"), ("sing", "sing"),
      ("conflated", "conflat"), ("hopping", "hop"), ("filing", "file"), ("failing", "fail"),
      ("happy", "happi"), ("sky", "sky"), ("conditional", "condit"), ("rational", "ration"),
      ("digitizer", "digit"), ("triplicate", "triplic"), ("goodness", "good"), ("revival", "reviv"),
      ("adoption", "adopt"), ("probate", "probat"), ("rate", "rate"), ("controll", "control"),
      ("roll", "roll"), ("youth", "youth"), ("at", "at"), ("analogies", "analog"), ("sensibility", "sensibl"),
    ])
  func porter(word: String, stem: String) {
    #expect(PorterStemmer.stem(word) == stem)
  }

  @Test("Longest common subsequence")
  func lcs() {
    #expect(RougeScorer.lcsLength(["a", "b", "c", "d"], ["b", "d", "a"]) == 2)
    #expect(RougeScorer.lcsPositions(["a", "b", "c", "d", "e"], ["x", "b", "d", "e"]) == [1, 3, 4])
    #expect(RougeScorer.lcsLength([], ["a"]) == 0)
    // One sentence: "the cat on the mat" is common, 5 of 6 tokens each side.
    let single = plain.score(candidate: "the cat sat on the mat", references: ["the cat lay on the mat"])
    #expect(close(single.rougeL.recall, 5.0 / 6))
    #expect(close(single.rougeL.precision, 5.0 / 6))
  }

  @Test("ROUGE-L takes the union LCS over candidate sentences for each reference sentence")
  func unionLCS() {
    // Reference sentence "a b c d e"; candidate sentences hit {a, b} and {c, e}: union 4 of 5.
    let result = plain.score(candidate: "a b x\nc e", references: ["a b c d e"])
    #expect(close(result.rougeL.recall, 4.0 / 5))
    #expect(close(result.rougeL.precision, 4.0 / 5))
  }

  @Test("The corpus mean averages each figure over the topics")
  func mean() {
    let a = RougeResult(
      rouge1: RougeScore(recall: 0.2, precision: 0.4, f: 0.3), rouge2: .zero, rougeL: .zero)
    let b = RougeResult(
      rouge1: RougeScore(recall: 0.4, precision: 0.2, f: 0.1), rouge2: .zero, rougeL: .zero)
    let mean = RougeScorer.mean([a, b])
    #expect(close(mean.rouge1.recall, 0.3))
    #expect(close(mean.rouge1.precision, 0.3))
    #expect(close(mean.rouge1.f, 0.2))
    #expect(RougeScorer.mean([]).rouge1 == .zero)
  }
}
