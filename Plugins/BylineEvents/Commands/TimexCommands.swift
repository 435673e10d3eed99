import BylineCommands
import BylineCore
import Foundation

/// `eval-timex --data DIR`: scores the temporal tagger on TimeML files (TempEval-3 Task A).
public struct TimexEvalCommand: ShellCommand {
  public static let configuration = CommandConfiguration(
    commandName: "eval-timex",
    abstract: "Score the temporal tagger on TimeML data: extent P/R/F1 (strict, relaxed), value and type F1.",
    discussion: """
      Reads every .tml file under --data (for example TempEval-3's TBAQ-cleaned or te3-platinum), \
      tags the text of each with its creation time (DCT) as the reference date, and scores the \
      result as TempEval-3 Task A does: strict matching needs the exact extent, relaxed matching \
      any overlap; value and type count as right when the expression is matched (relaxed) and \
      the attribute is equal, over all system and all reference expressions.
      """)
  public static let examples = [
    "eval-timex --data TempEval-3/te3-platinum", "eval-timex --data TBAQ-cleaned/TimeBank",
  ]

  @Option(help: "A TimeML file or a folder of them (searched recursively).")
  public var data: String

  public init() {}

  public func run(in context: CommandContext) async throws -> CommandValue {
    let url = URL(fileURLWithPath: data)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw BylineError(.notFound, "\(data): no such file or folder")
    }
    var documents: [TimeMLDocument] = []
    if isDirectory.boolValue {
      let (found, problems) = TimeMLDocument.documents(in: url)
      for problem in problems { context.diagnose(problem) }
      documents = found
    } else {
      documents = [try TimeMLDocument(contentsOf: url)]
    }
    guard !documents.isEmpty else { throw BylineError(.invalidData, "\(data): no TimeML (.tml) documents") }
    let evaluation = TimexEvaluation.evaluate(documents)
    context.diagnose(
      "\(documents.count) documents, \(evaluation.referenceCount) reference and \(evaluation.systemCount) "
        + "system expressions")
    func row(_ name: String, _ score: TimexEvaluation.Score) -> [JSONValue] {
      [
        .string(name), .number(Self.percent(score.precision)), .number(Self.percent(score.recall)),
        .number(Self.percent(score.f1)),
      ]
    }
    return .table(
      DataTable(
        columns: ["measure", "precision", "recall", "f1"],
        rows: [
          row("strict", evaluation.strict), row("relaxed", evaluation.relaxed),
          row("value", evaluation.value),
          row("type", evaluation.type),
        ]))
  }

  static func percent(_ value: Double) -> Double { (value * 10_000).rounded() / 100 }
}
