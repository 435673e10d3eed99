// swift-tools-version: 6.1
import PackageDescription

// Fuzz targets for libFuzzer: one executable per target, each defining
// `LLVMFuzzerTestOneInput`. Build them with the fuzzer and address sanitizers, as
// scripts/fuzz.sh does:
//
//   swift build -c debug --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//
// SwiftPM links each executable with its own `main`, so a target starts libFuzzer's driver
// (`LLVMFuzzerRunDriver`) from its `@main` type rather than using the runtime's `main`.
//
// A separate package, so that the sanitizer flags never reach the main package's own build.

let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny")
]

let byline: [Target.Dependency] = [
  .product(name: "BylineCore", package: "Byline"),
  .product(name: "BylineParsing", package: "Byline"),
  .product(name: "BylineSentiment", package: "Byline"),
  .product(name: "BylineSummarization", package: "Byline"),
  .product(name: "BylineEntities", package: "Byline"),
  .product(name: "BylineEntityTone", package: "Byline"),
  .product(name: "BylineEvents", package: "Byline"),
]

let targets = [
  "fuzz-readers", "fuzz-text", "fuzz-entities", "fuzz-events", "fuzz-sentiment-summary", "fuzz-pipeline",
]

let package = Package(
  name: "BylineFuzz",
  platforms: [.macOS(.v15)],
  products: targets.map { .executable(name: $0, targets: [$0]) },
  dependencies: [
    .package(name: "Byline", path: "..")
  ],
  targets: [
    // libFuzzer's driver, from the toolchain's fuzzer runtime.
    .systemLibrary(name: "CLibFuzzer"),
    // What every fuzz target shares: decoding the input, articles made from it, waiting on async work.
    .target(name: "FuzzSupport", dependencies: byline + ["CLibFuzzer"], swiftSettings: strictSettings),
  ]
    + targets.map {
      .executableTarget(name: $0, dependencies: byline + ["FuzzSupport"], swiftSettings: strictSettings)
    }
)
