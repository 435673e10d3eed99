import Synchronization

/// A thread-safe counter, for counting calls from concurrent plugin code in tests.
public final class Counter: Sendable {
  private let storage = Mutex(0)

  /// Creates a counter at zero.
  public init() {}

  /// Adds one and returns the new value.
  @discardableResult
  public func increment() -> Int {
    storage.withLock { value in
      value += 1
      return value
    }
  }

  /// The current value.
  public var value: Int { storage.withLock { $0 } }
}
