import BylineTesting
import Foundation
import Testing

/// The documented command lines that read ../shared; skipped without it, unless required.
@Suite(.enabled(if: AcceptanceData.isAvailable(""), Comment(rawValue: AcceptanceData.skipMessage)))
struct SharedDocumentedExamplesAcceptanceTests {
  static let examples = DocumentedExample.all().filter(\.usesSharedData)

  @Test(arguments: examples)
  func runsAsWritten(_ example: DocumentedExample) throws {
    let result = try runDocumentedExample(example)
    #expect(result.status == 0, failureReport(example, result))
  }
}
