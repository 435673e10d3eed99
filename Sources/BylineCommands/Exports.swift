// Commands are swift-argument-parser types: a plugin's command file imports BylineCommands and
// gets `@Option`, `@Argument`, `@Flag` and `CommandConfiguration` with it.
@_exported public import ArgumentParser
