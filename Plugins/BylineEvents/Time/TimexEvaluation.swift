import BylineCore

/// The TempEval-3 Task A score of time expressions: extent precision, recall and F1 with strict
/// (exact span) and relaxed (overlapping span) matching, and the F1 of the `value` and `type`
/// attributes.
///
/// An attribute counts as right when the expression is matched (relaxed) and the attribute is
/// equal; its precision divides that count by the number of system expressions and its recall by
/// the number of reference expressions, so attribute F1 = relaxed F1 × attribute accuracy.
///
/// ```swift
/// var evaluation = TimexEvaluation()
/// evaluation.add(reference: document.timexes, system: tagger.expressions(in: document.text, reference: dct))
/// evaluation.value.f1
/// ```
public struct TimexEvaluation: Sendable, Hashable {
  /// Precision, recall and F1, as fractions from 0 to 1.
  public struct Score: Sendable, Hashable {
    /// Right over system expressions.
    public var precision: Double
    /// Right over reference expressions.
    public var recall: Double
    /// The harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    init(_ systemRight: Int, _ referenceRight: Int, system: Int, reference: Int) {
      precision = system == 0 ? 0 : Double(systemRight) / Double(system)
      recall = reference == 0 ? 0 : Double(referenceRight) / Double(reference)
    }
  }

  /// A reference and a system expression that overlap.
  public struct Match: Sendable, Hashable {
    /// The reference (gold) expression.
    public var reference: TemporalExpression
    /// The system expression.
    public var system: TemporalExpression
  }

  /// The number of reference expressions.
  public private(set) var referenceCount = 0
  /// The number of system expressions.
  public private(set) var systemCount = 0
  /// System expressions whose span equals a reference span.
  public private(set) var strictSystem = 0
  /// Reference expressions whose span equals a system span.
  public private(set) var strictReference = 0
  /// System expressions that overlap a reference expression.
  public private(set) var relaxedSystem = 0
  /// Reference expressions that overlap a system expression.
  public private(set) var relaxedReference = 0
  /// Matched pairs (one to one, exact spans first) with equal values.
  public private(set) var valueMatches = 0
  /// Matched pairs with equal types.
  public private(set) var typeMatches = 0

  /// Creates an empty evaluation.
  public init() {}

  /// Adds one document's expressions and returns the pairs it matched (one to one, exact spans first,
  /// then the first overlapping), for error analysis.
  @discardableResult
  public mutating func add(reference: [TemporalExpression], system: [TemporalExpression]) -> [Match] {
    referenceCount += reference.count
    systemCount += system.count
    let referenceSpans = Set(reference.map(\.span))
    let systemSpans = Set(system.map(\.span))
    strictSystem += system.filter { referenceSpans.contains($0.span) }.count
    strictReference += reference.filter { systemSpans.contains($0.span) }.count
    relaxedSystem +=
      system.filter { expression in reference.contains { $0.span.overlaps(expression.span) } }.count
    relaxedReference +=
      reference.filter { expression in system.contains { $0.span.overlaps(expression.span) } }
      .count
    var used = Set<Int>()
    var matches: [Match] = []
    var pending: [TemporalExpression] = []
    for gold in reference {
      if let index = system.indices.first(where: { !used.contains($0) && system[$0].span == gold.span }) {
        used.insert(index)
        matches.append(Match(reference: gold, system: system[index]))
      } else {
        pending.append(gold)
      }
    }
    for gold in pending {
      if let index = system.indices.first(where: { !used.contains($0) && system[$0].span.overlaps(gold.span) }
      ) {
        used.insert(index)
        matches.append(Match(reference: gold, system: system[index]))
      }
    }
    valueMatches += matches.filter { $0.reference.value == $0.system.value }.count
    typeMatches += matches.filter { $0.reference.type == $0.system.type }.count
    return matches
  }

  /// Extent with exact spans.
  public var strict: Score {
    Score(strictSystem, strictReference, system: systemCount, reference: referenceCount)
  }
  /// Extent with overlapping spans.
  public var relaxed: Score {
    Score(relaxedSystem, relaxedReference, system: systemCount, reference: referenceCount)
  }
  /// The `value` attribute.
  public var value: Score {
    Score(valueMatches, valueMatches, system: systemCount, reference: referenceCount)
  }
  /// The `type` attribute.
  public var type: Score { Score(typeMatches, typeMatches, system: systemCount, reference: referenceCount) }

  /// Tags every document with `tagger` against its creation time and scores the result.
  public static func evaluate(_ documents: [TimeMLDocument], tagger: TemporalTagger = TemporalTagger())
    -> TimexEvaluation
  {
    var evaluation = TimexEvaluation()
    for document in documents {
      evaluation.add(
        reference: document.timexes,
        system: tagger.expressions(in: document.text, reference: document.creationDate))
    }
    return evaluation
  }
}
