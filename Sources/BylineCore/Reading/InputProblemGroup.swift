/// Problems of one kind in one file, summarised by the first of them and a count, so that a file
/// with thousands of bad rows is reported in one line rather than thousands.
///
/// ```swift
/// let report = try await ArticleLoader(readers: registry.readers).load(["news/"])
/// for group in InputProblemGroup.groups(of: report.problems) {
///   print(group)   // news/split.tsv:2: error: the row has no title or text (and 2,224 more like it in this file)
/// }
/// ```
public struct InputProblemGroup: Hashable, Sendable, CustomStringConvertible {
  /// The first problem of the group, in input order.
  public var first: InputProblem
  /// How many problems the group holds, the first included.
  public var count: Int

  /// Creates a group of `count` problems, the first of which is `first`.
  public init(first: InputProblem, count: Int = 1) {
    self.first = first
    self.count = count
  }

  /// Groups `problems` by file, severity and kind (see ``InputProblem/kind``), in order of each
  /// group's first problem.
  public static func groups(of problems: [InputProblem]) -> [InputProblemGroup] {
    struct GroupKey: Hashable {
      var source: String
      var severity: InputProblem.Severity
      var kind: String
    }
    var groups: [InputProblemGroup] = []
    var positions: [GroupKey: Int] = [:]
    for problem in problems {
      let key = GroupKey(source: problem.source, severity: problem.severity, kind: problem.kind)
      if let position = positions[key] {
        groups[position].count += 1
      } else {
        positions[key] = groups.count
        groups.append(InputProblemGroup(first: problem))
      }
    }
    return groups
  }

  /// The first problem, followed by how many more there are like it, and `note` when given:
  /// `a.tsv:2: error: the row has no title or text (and 2,224 more like it in this file; NOTE)`.
  public func summary(note: String? = nil) -> String {
    guard count > 1 else { return first.description }
    let more = "and \(Self.grouped(count - 1)) more like it in this file"
    return first.description + " (" + ([more] + [note].compactMap { $0 }).joined(separator: "; ") + ")"
  }

  public var description: String { summary() }

  /// `count` with a comma between each group of three digits: `2,224`.
  static func grouped(_ count: Int) -> String {
    let digits = Array(String(count.magnitude))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return (count < 0 ? "-" : "") + text
  }
}

extension InputProblem {
  /// What kind of problem this is, for grouping: the message up to its first `": "`, so that
  /// `invalid JSON: unexpected character at column 4` and `invalid JSON: truncated` are the
  /// same kind, and a message without details is its own kind.
  public var kind: String {
    guard let separator = message.range(of: ": ") else { return message }
    return String(message[..<separator.lowerBound])
  }
}
