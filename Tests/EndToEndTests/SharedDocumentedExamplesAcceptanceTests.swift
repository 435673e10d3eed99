import Foundation
import Testing

/// The documented command lines that read ../shared; skipped without it, unless required.
@Suite(.enabled(if: SharedData.shouldRun, Comment(rawValue: SharedData.skipMessage)))
struct SharedDocumentedExamplesAcceptanceTests {
  static let examples = DocumentedExample.all().filter(\.usesSharedData)

  @Test(arguments: examples)
  func runsAsWritten(_ example: DocumentedExample) throws {
    let result = try runDocumentedExample(example)
    #expect(result.status == 0, failureReport(example, result))
  }
}
