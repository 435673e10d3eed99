import Foundation

/// The default ``Article``: a Codable value that carries an article's fields, its text layout and
/// the typed ``Annotations`` that plugins attach to it.
///
/// ```swift
/// var article = NewsArticle(title: "Rates rise", body: "The bank raised rates.")
/// article.outlet = "Meridian Wire"
/// article.annotations[WordCountKey.self] = 4
/// ```
///
/// Its JSON form uses camelCase field names (`id`, `title`, `body`, `outlet`, `url`, `authors`,
/// `published`, `language`, `provenance`, `paragraphs`, `sentences`, `tokens`, `removed`,
/// `annotations`).
/// Decoding is lenient: only `body` is required, and a missing `id` is derived from the content.
///
/// The ``textLayer`` (tokens with their attributes) is derived from the body and its spans, so it
/// is neither encoded nor compared: the loader and the pipeline compute it with ``prepareText()``.
public struct NewsArticle: Article, Hashable, Codable {
  public var id: ArticleID
  public var title: String
  public var body: String
  public var outlet: String?
  public var url: URL?
  public var authors: [String]
  public var published: PublicationDate?
  public var language: String?
  public var provenance: Provenance?
  public var paragraphs: [TextSpan]
  public var sentences: [TextSpan]
  public var tokens: [TextSpan]
  /// What cleaning removed from the input, with reasons; empty when nothing was removed.
  public var removed: [RemovedText]
  /// Results that plugins attached to this article, under typed keys.
  public var annotations: Annotations
  /// The sentences and the tokens with their attributes, once ``prepareText()`` has run (the
  /// loader and the pipeline run it); nil before.
  public var textLayer: TextLayer?

  /// Creates an article. When `id` is nil it is derived from the title and body.
  public init(
    id: ArticleID? = nil,
    title: String,
    body: String,
    outlet: String? = nil,
    url: URL? = nil,
    authors: [String] = [],
    published: PublicationDate? = nil,
    language: String? = nil,
    provenance: Provenance? = nil,
    paragraphs: [TextSpan] = [],
    sentences: [TextSpan] = [],
    tokens: [TextSpan] = [],
    removed: [RemovedText] = [],
    annotations: Annotations = Annotations()
  ) {
    self.id = id ?? .derived(fromContent: title + "\n" + body)
    self.title = title
    self.body = body
    self.outlet = outlet
    self.url = url
    self.authors = authors
    self.published = published
    self.language = language
    self.provenance = provenance
    self.paragraphs = paragraphs
    self.sentences = sentences
    self.tokens = tokens
    self.removed = removed
    self.annotations = annotations
  }

  /// Copies any ``Article`` into a `NewsArticle`, with no annotations.
  public init(_ article: some Article) {
    self.init(
      id: article.id, title: article.title, body: article.body, outlet: article.outlet,
      url: article.url, authors: article.authors, published: article.published,
      language: article.language, provenance: article.provenance, paragraphs: article.paragraphs,
      sentences: article.sentences, tokens: article.tokens)
  }

  /// Computes what the text layer knows, once: paragraphs when there are none, sentences and tokens
  /// when the article has none, and ``textLayer`` with every token's attributes. Does nothing when
  /// the layer is there already.
  public mutating func prepareText() {
    guard textLayer == nil else { return }
    if paragraphs.isEmpty { paragraphs = ParagraphSplitter.paragraphs(in: body) }
    let layer = TextLayer(
      text: body, paragraphs: paragraphs, sentences: sentences.isEmpty ? nil : sentences,
      tokens: tokens.isEmpty ? nil : tokens)
    if sentences.isEmpty { sentences = layer.sentences }
    if tokens.isEmpty { tokens = layer.tokenSpans }
    textLayer = layer
  }

  /// The text layer: the one ``prepareText()`` computed, or, for an article it has not run on, one
  /// computed now and not kept.
  public var analyzedText: TextLayer {
    if let textLayer { return textLayer }
    var copy = self
    copy.prepareText()
    return copy.textLayer!
  }

  public static func == (lhs: NewsArticle, rhs: NewsArticle) -> Bool {
    lhs.id == rhs.id && lhs.title == rhs.title && lhs.body == rhs.body && lhs.outlet == rhs.outlet
      && lhs.url == rhs.url && lhs.authors == rhs.authors && lhs.published == rhs.published
      && lhs.language == rhs.language && lhs.provenance == rhs.provenance
      && lhs.paragraphs == rhs.paragraphs && lhs.sentences == rhs.sentences && lhs.tokens == rhs.tokens
      && lhs.removed == rhs.removed && lhs.annotations == rhs.annotations
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(body)
    hasher.combine(sentences)
    hasher.combine(tokens)
    hasher.combine(annotations)
  }

  private enum CodingKeys: String, CodingKey {
    case id, title, body, outlet, url, authors, published, language, provenance
    case paragraphs, sentences, tokens, removed, annotations
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let title = try container.decodeIfPresent(String.self, forKey: .title) ?? ""
    let body = try container.decode(String.self, forKey: .body)
    self.init(
      id: try container.decodeIfPresent(ArticleID.self, forKey: .id),
      title: title,
      body: body,
      outlet: try container.decodeIfPresent(String.self, forKey: .outlet),
      url: try container.decodeIfPresent(URL.self, forKey: .url),
      authors: try container.decodeIfPresent([String].self, forKey: .authors) ?? [],
      published: try container.decodeIfPresent(PublicationDate.self, forKey: .published),
      language: try container.decodeIfPresent(String.self, forKey: .language),
      provenance: try container.decodeIfPresent(Provenance.self, forKey: .provenance),
      paragraphs: try container.decodeIfPresent([TextSpan].self, forKey: .paragraphs) ?? [],
      sentences: try container.decodeIfPresent([TextSpan].self, forKey: .sentences) ?? [],
      tokens: try container.decodeIfPresent([TextSpan].self, forKey: .tokens) ?? [],
      removed: try container.decodeIfPresent([RemovedText].self, forKey: .removed) ?? [],
      annotations: try container.decodeIfPresent(Annotations.self, forKey: .annotations)
        ?? Annotations())
    let bodyLength = body.utf8.count
    for (key, spans) in [
      (CodingKeys.paragraphs, paragraphs), (.sentences, sentences), (.tokens, tokens),
    ] {
      if let outside = spans.first(where: { $0.end > bodyLength }) {
        throw DecodingError.dataCorruptedError(
          forKey: key, in: container,
          debugDescription: "span \(outside) lies outside the body (\(bodyLength) UTF-8 bytes)")
      }
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(body, forKey: .body)
    try container.encodeIfPresent(outlet, forKey: .outlet)
    try container.encodeIfPresent(url, forKey: .url)
    try container.encode(authors, forKey: .authors)
    try container.encodeIfPresent(published, forKey: .published)
    try container.encodeIfPresent(language, forKey: .language)
    try container.encodeIfPresent(provenance, forKey: .provenance)
    try container.encode(paragraphs, forKey: .paragraphs)
    try container.encode(sentences, forKey: .sentences)
    try container.encode(tokens, forKey: .tokens)
    try container.encode(removed, forKey: .removed)
    if !annotations.isEmpty { try container.encode(annotations, forKey: .annotations) }
  }
}
