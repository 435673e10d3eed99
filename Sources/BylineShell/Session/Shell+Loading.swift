import BylineCore
import Foundation

extension Shell {
  /// What loading some paths into the session did.
  struct LoadOutcome: Sendable {
    /// The articles read, each once, in input order (the session's version of those it held
    /// already).
    var articles: [NewsArticle]
    /// How many of ``articles`` the session held before.
    var alreadyInSession: Int
    /// How many problems of severity error were met.
    var errorCount: Int

    /// Whether every path and file loaded without an error.
    var succeeded: Bool { errorCount == 0 }
  }

  /// Loads `paths` into the session, reporting problems on standard error.
  /// - Returns: the articles loaded (including ones already in the session), each once, in
  ///   input order.
  @discardableResult
  public func load(_ paths: [String], replacing: Bool = false) async throws -> [NewsArticle] {
    try await loadReporting(paths, replacing: replacing).articles
  }

  /// Loads `paths` into the session. Problems are reported on standard error, grouped per file
  /// and kind unless `verbose`; articles read twice in this load are kept once and noted.
  func loadReporting(_ paths: [String], replacing: Bool = false, verbose: Bool = false) async throws
    -> LoadOutcome
  {
    let bar = progressBar("loading")
    let loader = ArticleLoader(readers: registry.readers, preparesText: true)
    let report = try await loader.load(paths, maxConcurrency: settings.concurrency) { done, total in
      bar?.update(completed: done, total: total)
    }
    bar?.finish()
    if verbose {
      for problem in report.problems { diagnose(problem.description) }
    } else {
      for group in InputProblemGroup.groups(of: report.problems) {
        diagnose(group.summary(note: "'load --verbose' lists all"))
      }
    }
    if replacing {
      corpus = Corpus()
      positions = [:]
      analyzedCapabilities = [:]
    }
    var firstReadAt: [ArticleID: Int] = [:]
    var unique: [NewsArticle] = []
    var repeats: [(repeated: NewsArticle, original: NewsArticle)] = []
    for article in report.articles {
      if let earlier = firstReadAt[article.id] {
        repeats.append((article, unique[earlier]))
      } else {
        firstReadAt[article.id] = unique.count
        unique.append(article)
      }
    }
    if let example = repeats.first {
      let count = repeats.count
      diagnose(
        "note: \(count) article\(count == 1 ? " has" : "s have") the same id as one read before in this load "
          + "and \(count == 1 ? "is" : "are") kept once; the first: \(Self.place(of: example.repeated)) "
          + "repeats \(Self.place(of: example.original))")
    }
    var alreadyInSession = 0
    var loaded: [NewsArticle] = []
    for article in unique {
      if let position = positions[article.id] {
        alreadyInSession += 1
        loaded.append(corpus.articles[position])
      } else {
        positions[article.id] = corpus.articles.count
        corpus.articles.append(article)
        loaded.append(article)
      }
    }
    let errorCount = report.problems.filter { $0.severity == .error }.count
    return LoadOutcome(articles: loaded, alreadyInSession: alreadyInSession, errorCount: errorCount)
  }

  /// Where an article was read from, as `file:line`, or its id when that is unknown.
  private static func place(of article: NewsArticle) -> String {
    article.provenance?.description ?? "article \(article.id.rawValue)"
  }
}
