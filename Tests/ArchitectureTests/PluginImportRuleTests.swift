import Foundation
import Testing

/// The rule of the module graph: a plugin (a target under `Plugins/`) imports and depends on the
/// core only, never on another plugin; plugins exchange results through the core's annotation keys.
@Suite struct PluginImportRuleTests {
  /// The repository's root: three folders up from this file.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The plugin folders under `Plugins/`, each the module of the same name.
  static func pluginModules() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Plugins").path)
      .filter { name in
        var isDirectory: ObjCBool = false
        let path = root.appendingPathComponent("Plugins/\(name)").path
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
          && isDirectory.boolValue
      }
      .sorted()
  }

  /// The modules `source` imports (`import X`, `public import X`, `@testable import X`, `import
  /// struct X.Y`).
  static func imports(in source: String) -> [String] {
    source.split(whereSeparator: \.isNewline).compactMap { line in
      let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
      guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
        words[..<index].allSatisfy({
          $0.hasPrefix("@") || ["public", "internal", "package", "private", "fileprivate"].contains($0)
        })
      else { return nil }
      var module = words[index + 1]
      if ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"].contains(module),
        index + 2 < words.count
      {
        module = words[index + 2]
      }
      return module.split(separator: ".").first.map(String.init)
    }
  }

  /// The dependencies listed in the manifest for each target, by target name.
  static func manifestDependencies(_ manifest: String) -> [String: [String]] {
    var result: [String: [String]] = [:]
    let marked = manifest.replacingOccurrences(
      of: #"\.(target|testTarget|executableTarget|systemLibrary|binaryTarget|plugin|macro)\("#, with: "\u{1}",
      options: .regularExpression)
    for block in marked.components(separatedBy: "\u{1}").dropFirst() {
      guard let nameRange = block.range(of: #"name:\s*"([^"]+)""#, options: .regularExpression) else {
        continue
      }
      let name = block[nameRange].split(separator: "\"")[1]
      guard let dependencies = block.range(of: #"dependencies:\s*\[[^\]]*\]"#, options: .regularExpression)
      else {
        result[String(name)] = []
        continue
      }
      let quoted = block[dependencies].split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }
      result[String(name)] = quoted.map { String($0.element) }
    }
    return result
  }

  @Test func noPluginSourceImportsAnotherPlugin() throws {
    let plugins = try Self.pluginModules()
    #expect(plugins.count >= 5, "expected the bundled plugins under Plugins/, found \(plugins)")
    var offences: [String] = []
    for plugin in plugins {
      let folder = Self.root.appendingPathComponent("Plugins/\(plugin)")
      let files =
        FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
        .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
      for file in files {
        let source = try String(contentsOf: file, encoding: .utf8)
        for module in Self.imports(in: source) where module != plugin && plugins.contains(module) {
          offences.append("Plugins/\(plugin)/\(file.path.dropFirst(folder.path.count + 1)) imports \(module)")
        }
      }
    }
    #expect(offences.isEmpty, "a plugin imports another plugin:\n\(offences.joined(separator: "\n"))")
  }

  @Test func noPluginTargetDependsOnAnotherPlugin() throws {
    let plugins = try Self.pluginModules()
    let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
    let dependencies = Self.manifestDependencies(manifest)
    var offences: [String] = []
    for plugin in plugins {
      guard let listed = dependencies[plugin] else {
        offences.append("Package.swift has no target \(plugin) for Plugins/\(plugin)")
        continue
      }
      for dependency in listed where dependency != plugin && plugins.contains(dependency) {
        offences.append("target \(plugin) depends on plugin target \(dependency)")
      }
    }
    #expect(
      offences.isEmpty, "a plugin target depends on another plugin:\n\(offences.joined(separator: "\n"))")
  }

  @Test func theRuleSeesImportsAndDependencies() {
    let source = """
      import BylineCore
      @testable import BylineEntities
      public import struct BylineSentiment.SentimentAnalysis
      // import BylineEvents
      """
    #expect(Self.imports(in: source) == ["BylineCore", "BylineEntities", "BylineSentiment"])
    let manifest = """
      .target(
        name: "PluginA",
        dependencies: ["BylineCore", "PluginB", .product(name: "ArgumentParser", package: "swift-argument-parser")],
        path: "Plugins/PluginA"
      ),
      .testTarget(name: "PluginATests", dependencies: ["PluginA"]),
      .systemLibrary(name: "CLibrary", pkgConfig: "library"),
      """
    let dependencies = Self.manifestDependencies(manifest)
    #expect(dependencies["PluginA"] == ["BylineCore", "PluginB", "ArgumentParser", "swift-argument-parser"])
    #expect(dependencies["PluginATests"] == ["PluginA"])
    #expect(dependencies["CLibrary"] == [])
  }
}
