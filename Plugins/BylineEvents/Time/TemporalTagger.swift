import BylineCore
import Foundation

/// Finds time expressions in English news text and normalises them to TIMEX3 values.
///
/// The tagger is rule-based: the text is split into words, numbers and punctuation, and at each
/// token a set of patterns (explicit dates, weekdays, relative days, "last week", "two weeks
/// ago", quarters, seasons, clock times, durations, sets and generic references) is tried; the
/// longest match is kept and scanning goes on after it. Relative expressions are resolved against
/// the reference date, usually the article's publication date.
///
/// ```swift
/// let tagger = TemporalTagger()
/// let reference = PublicationDate(iso8601: "2021-12-31")!.date
/// for expression in tagger.expressions(in: "Prices rose 3% last week.", reference: reference) {
///   print(expression.text, expression.value)  // last week 2021-W51
/// }
/// ```
///
/// Resolution rules:
/// - A weekday ("on Tuesday") is the nearest such day on or before the reference date, or on or
///   after it when words nearby point to the future ("will", "next", "scheduled", "until").
///   "last Friday" is strictly before, "next Monday" strictly after.
/// - A date without a year ("December 30") takes the reference year, unless that puts it more
///   than half a year after the reference (then the year before) or, with future cues, more than
///   two months before it (then the year after). Bare months work the same way.
/// - Numeric dates are month first (`12/30/2021`, US news style) unless the first number is over
///   12 (`14/03/2023` is 14 March); dotted dates (`30.12.2021`) are day first. Two-digit years are
///   read as the latest year not more than ten years after the reference.
/// - "in three days" after a future cue is, as TimeML annotates it, the duration "three days"
///   (`P3D`) whose ``TemporalExpression/date`` is the day three days after the reference.
public struct TemporalTagger: Sendable {
  /// Creates a tagger.
  public init() {}

  /// Finds and normalises the time expressions in `text`, relative to `reference` (the article's
  /// publication date or dateline). Without a reference, relative expressions keep unknown parts as
  /// `X` (`"XXXX-12-30"`, `"XXXX-WXX-2"`).
  ///
  /// - Parameters:
  ///   - text: The text to search.
  ///   - reference: The date relative expressions are resolved against, or nil.
  /// - Returns: The expressions in text order; they do not overlap.
  public func expressions(in text: String, reference: Date?) -> [TemporalExpression] {
    expressions(in: text, tokens: TemporalToken.tokens(of: text), reference: reference)
  }

  /// Finds and normalises the time expressions in the body of `article`, relative to `reference`,
  /// reading the tokens of its text layer (computed now if the article has none).
  public func expressions(in article: NewsArticle, reference: Date?) -> [TemporalExpression] {
    let tokens = TemporalToken.tokens(of: article.body, coreTokens: article.analyzedText.tokens)
    return expressions(in: article.body, tokens: tokens, reference: reference)
  }

  private func expressions(in text: String, tokens: [TemporalToken], reference: Date?) -> [TemporalExpression]
  {
    let grammar = TemporalGrammar(tokens: tokens, reference: reference)
    var found: [TemporalExpression] = []
    var index = 0
    while index < tokens.count {
      guard let reading = grammar.reading(at: index), standsApart(reading, in: tokens) else {
        index += 1
        continue
      }
      found.append(expression(reading, tokens: tokens, grammar: grammar, text: text))
      var last = reading
      while let next = grammar.continuation(of: last) {
        found.append(expression(next, tokens: tokens, grammar: grammar, text: text))
        last = next
      }
      index = last.end
    }
    return found
  }

  /// Whether the match is not glued to letters or digits around it ("x2014", "2014abc").
  private func standsApart(_ reading: TemporalReading, in tokens: [TemporalToken]) -> Bool {
    let first = tokens[reading.start]
    if reading.start > 0, !first.spaced, tokens[reading.start - 1].kind != .punct { return false }
    if reading.end < tokens.count, !tokens[reading.end].spaced, tokens[reading.end - 1].kind != .punct,
      tokens[reading.end].kind != .punct
    {
      return false
    }
    return true
  }

  private func expression(
    _ reading: TemporalReading, tokens: [TemporalToken], grammar: TemporalGrammar, text: String
  ) -> TemporalExpression {
    var end = reading.end
    // A trailing abbreviation period belongs to the expression only inside it ("Dec. 30"), not at its end
    // ("in Dec."), except after "a.m."/"p.m." inside a sentence, following TimeBank.
    while end > reading.start + 1, tokens[end - 1].kind == .punct,
      tokens[end - 1].text == ","
        || (tokens[end - 1].text == "."
          && (tokens[end - 2].lower != "m" || end == tokens.count || tokens[end].isCapitalized))
    {
      end -= 1
    }
    let span = TextSpan(start: tokens[reading.start].start, end: tokens[end - 1].end)
    let source = String(span.text(in: text))
    let previous = reading.start > 0 ? tokens[reading.start - 1].lower : ""
    let approximate = reading.isApproximate || TemporalLexicon.outerApproximators.contains(previous)
    var date: EventTime?
    if let time = reading.eventTime {
      date =
        time.end.map {
          .interval(from: time.start, to: $0, granularity: time.granularity, sourceText: source)
        }
        ?? .instant(time.start, granularity: time.granularity, sourceText: source)
    }
    return TemporalExpression(
      span: span, text: source, type: reading.type, value: reading.value, granularity: reading.granularity,
      isApproximate: approximate, date: date, duration: reading.duration)
  }
}
