// swift-tools-version: 6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
  name: "Byline",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "BylineCore", targets: ["BylineCore"]),
    .library(name: "BylineCommands", targets: ["BylineCommands"]),
    .library(name: "BylineTesting", targets: ["BylineTesting"]),
    .library(name: "BylineSampleCorpus", targets: ["BylineSampleCorpus"]),
    .library(name: "BylineShell", targets: ["BylineShell"]),
    .library(name: "BylineParsing", targets: ["BylineParsing"]),
    .library(name: "BylineSentiment", targets: ["BylineSentiment"]),
    .library(name: "BylineSummarization", targets: ["BylineSummarization"]),
    .library(name: "BylineEntities", targets: ["BylineEntities"]),
    .library(name: "BylineEntityTone", targets: ["BylineEntityTone"]),
    .library(name: "BylineEvents", targets: ["BylineEvents"]),
    .executable(name: "byline", targets: ["byline"]),
    .executable(name: "byline-bench", targets: ["byline-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // The SDK: articles, entities, events, annotations, plugins, registry, pipeline, readers.
    .target(
      name: "BylineCore",
      swiftSettings: strictSettings
    ),
    // Shell commands: the command protocol, its context and values, on swift-argument-parser.
    .target(
      name: "BylineCommands",
      dependencies: ["BylineCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      swiftSettings: strictSettings
    ),
    // A testing kit for plugin authors: fixtures, an in-memory corpus, recording plugins, assertions.
    .target(
      name: "BylineTesting",
      dependencies: ["BylineCore", "BylineCommands", "BylineShell"],
      swiftSettings: strictSettings
    ),
    // libedit, from Debian's libedit-dev, for line editing, history and completion.
    .systemLibrary(
      name: "CLibedit",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // libxml2's HTML parser, from Debian's libxml2-dev.
    .systemLibrary(
      name: "CLibxml2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    // zlib, for gzip-compressed input, from Debian's zlib1g-dev.
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    // Bundled plugin: formats, metadata, boilerplate removal, sentences and tokens.
    .target(
      name: "BylineParsing",
      dependencies: ["BylineCore", "CLibxml2", "CZlib"],
      path: "Plugins/BylineParsing",
      exclude: ["README.md"],
      resources: [.copy("Resources")],
      swiftSettings: strictSettings
    ),
    // Bundled plugin: VADER sentiment per sentence, article and outlet.
    .target(
      name: "BylineSentiment",
      dependencies: ["BylineCore", "BylineCommands"],
      path: "Plugins/BylineSentiment",
      exclude: ["README.md"],
      resources: [.copy("Resources")],
      swiftSettings: strictSettings
    ),
    // Bundled plugin: extractive summaries, keywords and ROUGE evaluation.
    .target(
      name: "BylineSummarization",
      dependencies: ["BylineCore", "BylineCommands"],
      path: "Plugins/BylineSummarization",
      exclude: ["README.md"],
      resources: [.copy("Resources")],
      swiftSettings: strictSettings
    ),
    // Bundled plugin: named-entity recognition, role phrases and cross-document resolution.
    .target(
      name: "BylineEntities",
      dependencies: ["BylineCore", "BylineCommands"],
      path: "Plugins/BylineEntities",
      exclude: ["README.md"],
      resources: [.copy("Resources")],
      swiftSettings: strictSettings
    ),
    // Bundled plugin: the tone of the sentences naming each entity (reads entities, scores with
    // the sentiment scorer it is given).
    .target(
      name: "BylineEntityTone",
      dependencies: ["BylineCore", "BylineCommands"],
      path: "Plugins/BylineEntityTone",
      exclude: ["README.md"],
      swiftSettings: strictSettings
    ),
    // Bundled plugin: time expressions, typed events fused across sources, quotes, disagreements.
    .target(
      name: "BylineEvents",
      dependencies: ["BylineCore", "BylineCommands"],
      path: "Plugins/BylineEvents",
      exclude: ["README.md"],
      resources: [.copy("Resources")],
      swiftSettings: strictSettings
    ),
    // The shell as a library: session, commands, pipelines, output formats, line editing.
    .target(
      name: "BylineShell",
      dependencies: [
        "BylineCore", "BylineCommands", "CLibedit",
      ],
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "byline",
      dependencies: [
        "BylineCore", "BylineShell", "BylineSampleCorpus", "BylineParsing", "BylineSentiment",
        "BylineSummarization", "BylineEntities", "BylineEntityTone", "BylineEvents",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "byline-bench",
      dependencies: [
        "BylineCore",
        "BylineTesting",
        "BylineShell",
        "BylineSampleCorpus",
        "BylineParsing",
        "BylineSentiment",
        "BylineSummarization",
        "BylineEntities",
        "BylineEvents",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSettings
    ),
    // The bundled sample corpus (Examples/corpus) as a resource, so `byline` finds it anywhere.
    .target(
      name: "BylineSampleCorpus",
      path: "Examples",
      exclude: ["KeywordPlugin", "Embedding"],
      sources: ["SampleCorpus/SampleCorpus.swift"],
      resources: [.copy("corpus")],
      swiftSettings: strictSettings
    ),
    // Examples are real targets so that CI builds them.
    .target(
      name: "KeywordPlugin",
      dependencies: ["BylineCore", "BylineCommands"],
      path: "Examples/KeywordPlugin/Sources/KeywordPlugin",
      swiftSettings: strictSettings
    ),
    .executableTarget(
      name: "keyword-example",
      dependencies: ["BylineCore", "KeywordPlugin"],
      path: "Examples/KeywordPlugin/Sources/keyword-example",
      swiftSettings: strictSettings
    ),
    // README's "In Swift" example, word for word: Byline embedded in a program.
    .executableTarget(
      name: "embedding-example",
      dependencies: ["BylineCore", "BylineParsing", "BylineSentiment", "BylineSampleCorpus"],
      path: "Examples/Embedding",
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "BylineCoreTests",
      dependencies: ["BylineCore", "BylineTesting", "BylineSampleCorpus"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "BylineParsingTests",
      dependencies: ["BylineCore", "BylineTesting", "BylineParsing"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "BylineSentimentTests",
      dependencies: ["BylineCore", "BylineTesting", "BylineSentiment", "BylineParsing", "BylineShell"],
      resources: [.copy("Fixtures")],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "BylineSummarizationTests",
      dependencies: ["BylineCore", "BylineTesting", "BylineSummarization", "BylineParsing", "BylineShell"],
      resources: [.copy("Fixtures")],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "BylineEntitiesTests",
      dependencies: [
        "BylineCore", "BylineTesting", "BylineEntities", "BylineEntityTone", "BylineSentiment",
        "BylineParsing", "BylineShell", "BylineSampleCorpus",
      ],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "BylineEventsTests",
      dependencies: [
        "BylineCore", "BylineTesting", "BylineEvents", "BylineEntities", "BylineParsing", "BylineShell",
        "BylineSampleCorpus",
      ],
      swiftSettings: strictSettings
    ),
    // Rules of the module graph: no plugin imports or depends on another plugin.
    .testTarget(
      name: "ArchitectureTests",
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "BylineShellTests",
      dependencies: [
        "BylineCore", "BylineCommands", "BylineTesting", "BylineShell",
      ],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "BylineTestingTests",
      dependencies: ["BylineCore", "BylineCommands", "BylineTesting", "BylineShell"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "KeywordPluginTests",
      dependencies: [
        "BylineCore", "BylineCommands", "BylineTesting", "KeywordPlugin",
      ],
      path: "Examples/KeywordPlugin/Tests/KeywordPluginTests",
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["byline", "embedding-example", "keyword-example", "BylineTesting"],
      swiftSettings: strictSettings
    ),
  ]
)
