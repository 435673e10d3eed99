import BylineCore
import Foundation

/// One condition of `filter`: `FIELD OP VALUE`, e.g. `outlet=CNN`, `date>=2021-12-01`,
/// `words<300`, `title~sanctions`.
struct ArticleFilter: Equatable {
  enum Field: String, CaseIterable {
    case id, title, outlet, author, language, date, month, year, folder, words, file, body, entity

    /// The core's field of the same name, whose values text conditions compare with.
    var articleField: ArticleField? { ArticleField(rawValue: rawValue) }
  }

  enum Operator: String, CaseIterable {
    case atLeast = ">="
    case atMost = "<="
    case notEqual = "!="
    case equal = "="
    case greater = ">"
    case less = "<"
    case contains = "~"
  }

  let field: Field
  let op: Operator
  let value: String
  /// For `entity` conditions: the articles that name a matching entity, once resolved.
  private(set) var entityArticles: Set<ArticleID> = []

  /// Parses one condition.
  /// - Throws: ``BylineError`` naming what is wrong and what would be right.
  init(parsing expression: String) throws {
    guard let opStart = expression.firstIndex(where: { "=!<>~".contains($0) }) else {
      throw BylineError(
        .invalidArgument, "'\(expression)' is not a condition", argument: expression,
        hint: "write FIELD=VALUE, e.g. outlet=Reuters or date>=2021-12-01")
    }
    let name = expression[..<opStart].trimmingCharacters(in: .whitespaces).lowercased()
    let rest = expression[opStart...]
    var op = Operator.allCases.first { rest.hasPrefix($0.rawValue) }
    var valueStart = rest.index(rest.startIndex, offsetBy: op?.rawValue.count ?? 1)
    if op == .equal, rest.hasPrefix("==") {
      valueStart = rest.index(after: valueStart)
    }
    if op == nil { op = .equal }
    let alias = name == "text" ? .body : ArticleField.aliases[name].flatMap { Field(rawValue: $0.rawValue) }
    guard let field = Field(rawValue: name) ?? alias else {
      throw BylineError(
        .invalidArgument, "unknown field '\(name)'", argument: expression,
        hint: "fields are " + Field.allCases.map(\.rawValue).joined(separator: ", "))
    }
    self.field = field
    self.op = op!
    self.value = String(rest[valueStart...]).trimmingCharacters(in: .whitespaces)
    if field == .date, self.op != .contains, PublicationDate(iso8601: value) == nil {
      throw BylineError(
        .invalidArgument, "'\(value)' is not a date", argument: expression,
        hint: "write it as YYYY, YYYY-MM or YYYY-MM-DD")
    }
    if field == .words, Int(value) == nil {
      throw BylineError(
        .invalidArgument, "'\(value)' is not a whole number of words", argument: expression)
    }
    if field == .entity, ![.equal, .notEqual, .contains].contains(self.op) {
      throw BylineError(
        .invalidArgument, "entity conditions use =, != or ~", argument: expression,
        hint: "e.g. entity='Harriet Sowande'")
    }
  }

  /// Notes which articles name an entity that the condition's value names: for `=` and `!=`,
  /// an entity with that name or alias; for `~`, one with a name containing it.
  mutating func resolve(against entities: [NamedEntity]) {
    let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
    let matching = entities.filter { entity in
      ([entity.canonicalName] + entity.aliases + [entity.id.rawValue]).contains { name in
        op == .contains
          ? name.range(of: value, options: options) != nil
          : name.compare(value, options: options) == .orderedSame
      }
    }
    entityArticles = Set(matching.flatMap { $0.mentions.map(\.articleID) })
  }

  /// Whether `article` meets the condition.
  func matches(_ article: NewsArticle) -> Bool {
    switch field {
    case .words:
      return compare(article.wordCount, Int(value)!)
    case .date:
      guard let published = article.published else { return false }
      if op == .contains { return published.iso8601.contains(value) }
      let bound = PublicationDate(iso8601: value)!
      // Compare at the coarser of the two precisions, so date=2021-12 matches any day in it.
      let precision = min(published.precision, bound.precision)
      return compare(precision.truncate(published.date), precision.truncate(bound.date))
    case .author, .id, .title, .outlet, .language, .month, .year, .folder:
      return matchText(field.articleField?.values(of: article) ?? [])
    case .file:
      return matchText(
        article.provenance.map { [$0.source, ($0.source as NSString).lastPathComponent] } ?? [])
    case .body:
      return matchText([article.body])
    case .entity:
      return (op == .notEqual) != entityArticles.contains(article.id)
    }
  }

  private func compare<Value: Comparable>(_ left: Value, _ right: Value) -> Bool {
    switch op {
    case .atLeast: return left >= right
    case .atMost: return left <= right
    case .greater: return left > right
    case .less: return left < right
    case .equal, .contains: return left == right
    case .notEqual: return left != right
    }
  }

  /// Text comparisons ignore case and diacritics; `~` means "contains".
  private func matchText(_ candidates: [String]) -> Bool {
    let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
    let equal = candidates.contains { $0.compare(value, options: options) == .orderedSame }
    switch op {
    case .equal: return equal
    case .notEqual: return !equal
    case .contains: return candidates.contains { $0.range(of: value, options: options) != nil }
    default: return candidates.contains { compare($0.lowercased(), value.lowercased()) }
    }
  }
}
