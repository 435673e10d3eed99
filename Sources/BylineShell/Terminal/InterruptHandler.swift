import Dispatch
import Foundation
import Synchronization

/// Turns Ctrl-C (SIGINT) into a call to whatever is registered, so a running command can be
/// cancelled without killing the shell.
///
/// Creating one makes the process ignore SIGINT's default action (termination) and watch for the
/// signal on a dispatch queue instead. Keep it alive for as long as Ctrl-C should be handled.
/// It belongs to the task that creates it (it is not `Sendable`); only the registered action,
/// kept behind a lock, is touched from the signal queue.
public final class InterruptHandler {
  private let source: any DispatchSourceSignal
  private let slot = ActionSlot()

  /// Starts handling SIGINT.
  public init() {
    signal(SIGINT, SIG_IGN)
    source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    source.setEventHandler { [slot] in
      let current = slot.action.withLock { $0 }
      current?()
    }
    source.resume()
  }

  deinit {
    source.cancel()
    signal(SIGINT, SIG_DFL)
  }

  /// Runs `operation` in a new task that Ctrl-C cancels, and returns its result.
  public func cancellingOnInterrupt<Result: Sendable>(
    _ operation: @escaping @Sendable () async -> Result
  ) async -> Result {
    let task = Task { await operation() }
    slot.action.withLock { $0 = { task.cancel() } }
    defer { slot.action.withLock { $0 = nil } }
    return await task.value
  }
}

/// The action to run on Ctrl-C, shared with the signal queue behind a lock.
private final class ActionSlot: Sendable {
  let action = Mutex<(@Sendable () -> Void)?>(nil)
}
