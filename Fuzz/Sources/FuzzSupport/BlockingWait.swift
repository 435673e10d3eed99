import Dispatch
import Synchronization

/// Runs async Byline code from libFuzzer's synchronous callback.
///
/// `LLVMFuzzerTestOneInput` is a plain C function called on libFuzzer's own thread, which is not
/// one of the Swift concurrency pool's threads. The operation runs in a detached task on the pool
/// and the calling thread sleeps on a semaphore until it is done. Blocking is safe here because the
/// blocked thread is never one the task needs: the pool's threads stay free to run the operation
/// and any child tasks it starts (the pipeline's task groups). It would deadlock if it were called
/// from inside a task, which the fuzz targets never do.
public enum BlockingWait {
  /// Runs `operation` to completion and returns its result.
  public static func run<Value: Sendable>(_ operation: @escaping @Sendable () async -> Value) -> Value {
    let result = Outcome<Value>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
      let value = await operation()
      result.value.withLock { $0 = value }
      done.signal()
    }
    done.wait()
    return result.value.withLock { $0! }
  }
}

/// The result of an operation, handed from the task that made it to the thread that waits.
private final class Outcome<Value: Sendable>: Sendable {
  let value = Mutex<Value?>(nil)
}
