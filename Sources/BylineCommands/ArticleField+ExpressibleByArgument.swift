public import ArgumentParser
public import BylineCore

// A field is a command argument: `@Option var by: ArticleField = .outlet` parses `--by month`
// (or an alias such as `published`) and lists the fields in help and completion.
extension ArticleField: ExpressibleByArgument {
  public init?(argument: String) { self.init(named: argument) }

  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
