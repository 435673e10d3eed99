import BylineCommands
import BylineCore

/// `filter COND...`: keep the articles that meet every condition.
struct FilterCommand: ShellCommand {
  static let configuration = CommandConfiguration(
    commandName: "filter",
    abstract: "Keep the articles that meet every condition.",
    discussion: """
      A condition is FIELD OP VALUE. Fields: id, title, outlet, author, language, date (or \
      published), month, year, folder (the folder the file was read from), words, file, body, \
      entity. Operators: = != < <= > >= and ~ (contains). Text \
      comparisons ignore case and accents; dates compare at the coarser precision, so \
      date=2025-03 keeps every article from March 2025. Articles without a date never match a \
      date condition. entity=NAME keeps the articles that name that entity under any of its \
      aliases (entities are resolved over the whole session). Quote conditions with spaces: \
      outlet='Meridian Wire'.
      """)
  static let examples = [
    "filter outlet='Meridian Wire'", "filter date>=2025-04-01 words<400", "filter title~fire | articles",
    "filter folder=corpus month=2025-05", "filter entity='Harriet Sowande'",
  ]

  @Argument(help: "Conditions, all of which must hold.")
  var conditions: [String]

  func run(in context: CommandContext) async throws -> CommandValue {
    try await context.withShell { shell in
      let input = context.input
      var filters = try conditions.map(ArticleFilter.init(parsing:))
      let articles = try ArticleSelection.articles(from: input, command: "filter")
      if filters.contains(where: { $0.field == .entity }) {
        guard shell.registry.plugins.contains(where: { $0.provides.contains(.entities) }) else {
          throw BylineError(
            .unavailable, "entity conditions need a plugin that provides entities; none is registered")
        }
        let analysed = try await shell.analyze(shell.corpus.articles, providing: [.entities])
        for failure in analysed.failures { shell.diagnose(failure.description) }
        let entities = analysed.corpus.annotations[CorpusEntitiesKey.self] ?? []
        for index in filters.indices where filters[index].field == .entity {
          filters[index].resolve(against: entities)
        }
      }
      return .articles(articles.filter { article in filters.allSatisfy { $0.matches(article) } })
    }
  }
}
