import CLibFuzzer
import Foundation

/// Starts libFuzzer on a fuzz target.
///
/// SwiftPM gives every executable target its own `main`, so the runtime's `main` is never linked;
/// a target's `@main` type calls ``run(_:)`` with its `LLVMFuzzerTestOneInput` function instead,
/// and the driver reads the command line (`-max_total_time`, corpus folders, ...) as usual.
public enum FuzzDriver {
  /// Loads the bundled data (``FuzzAnalysis/loadBundledData()``), then runs libFuzzer on
  /// `testOneInput` with the process's arguments and exits with its status.
  public static func run(_ testOneInput: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> Never {
    FuzzAnalysis.loadBundledData()
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
  }
}
