import Foundation
import Synchronization

/// A progress bar on standard error: drawn only once work has taken a second, redrawn at most ten
/// times a second, and erased when the work finishes.
final class ProgressBar: Sendable {
  private struct State {
    var lastDraw: ContinuousClock.Instant?
    var drawn = false
  }

  private let label: String
  private let write: @Sendable (String) -> Void
  private let width: Int
  private let start = ContinuousClock.now
  private let state = Mutex(State())

  init(label: String, write: @escaping @Sendable (String) -> Void, width: Int) {
    self.label = label
    self.write = write
    self.width = max(30, min(width, 100))
  }

  func update(completed: Int, total: Int) {
    let now = ContinuousClock.now
    guard now - start >= .seconds(1), total > 0 else { return }
    let line: String? = state.withLock { state in
      if let last = state.lastDraw, now - last < .milliseconds(100), completed < total { return nil }
      state.lastDraw = now
      state.drawn = true
      let fraction = min(1, Double(completed) / Double(total))
      let counts = " \(completed)/\(total)"
      let barWidth = max(10, width - label.count - counts.count - 10)
      let filled = Int(fraction * Double(barWidth))
      return "\r\(label) [" + String(repeating: "#", count: filled)
        + String(repeating: " ", count: barWidth - filled) + "] "
        + String(format: "%3d%%", Int(fraction * 100)) + counts
    }
    if let line { write(line) }
  }

  func finish() {
    let drawn = state.withLock { $0.drawn }
    if drawn { write("\r" + String(repeating: " ", count: width) + "\r") }
  }
}
