/// Finds the article in an HTML page and returns its text as paragraphs, without navigation,
/// advertising, comments, related links or other page furniture.
///
/// The method: drop elements that never hold article text (scripts, forms' controls, navigation,
/// asides, footers, hidden elements, and elements whose class or id names furniture such as
/// `comment`, `share` or `related`); score every block by the paragraph text it holds (length and
/// commas, less its share of link text), propagated to its ancestors; take the best-scoring
/// container and those of its siblings that hold article-like paragraphs; then read the text of
/// that content block by block, leaving out blocks that are mostly links or are furniture lines.
public enum HTMLArticleExtractor {
  /// Tags whose content is never article text.
  static let droppedTags: Set<String> = [
    "script", "style", "noscript", "iframe", "svg", "canvas", "template", "object", "embed", "button",
    "select", "textarea", "input", "label", "nav", "aside", "footer", "header", "figcaption", "menu",
    "dialog", "head", "title", "meta", "link", "video", "audio", "picture", "source", "map",
  ]

  /// Words in class or id that mark page furniture.
  static var furnitureWords: Set<String> { BoilerplatePhrases.bundled.furnitureClassWords }

  /// Words in class or id that mark article content; they protect an element from removal.
  static var contentWords: Set<String> { BoilerplatePhrases.bundled.contentClassWords }

  /// The article's paragraphs, in order.
  public static func paragraphs(in document: HTMLDocument) -> [String] {
    let body = document.root.first("body") ?? document.root
    prune(body)
    guard let best = bestContainer(in: body) else {
      return blocks(of: body)
    }
    var selected = [best]
    // An article split into chunks: containers with exactly the best one's class, each holding
    // prose, are read in document order.
    if let classes = best["class"], !classes.isEmpty {
      // Chunks sit side by side: same parent, or parents that share a parent.
      let near = { (chunk: HTMLElement) -> Bool in
        chunk.parent === best.parent
          || (chunk.parent?.parent != nil && chunk.parent?.parent === best.parent?.parent)
      }
      let chunks = body.descendants(where: { $0["class"] == classes && near($0) })
      let prose = chunks.filter { $0 === best || (proseLength($0) > 150 && linkDensity($0) < 0.25) }
      let bestProse = proseLength(best)
      let total = prose.reduce(0) { $0 + proseLength($1) }
      // Many similar blocks far outweighing the best one are a list of stories, not one story.
      if prose.count > 1, total <= bestProse * 4 {
        return prose.flatMap { blocks(of: $0) }
      }
    }
    if let parent = best.parent {
      let threshold = max(10, score(of: best) * 0.2)
      selected = parent.elements.filter { sibling in
        if sibling === best { return true }
        if score(of: sibling) >= threshold && linkDensity(sibling) < 0.3 { return true }
        if sibling.tag == "p" {
          let text = sibling.text
          return text.count > 80 && linkDensity(sibling) < 0.25 && text.contains(". ")
        }
        return false
      }
    }
    var paragraphs: [String] = []
    for element in selected {
      paragraphs.append(contentsOf: blocks(of: element))
    }
    return paragraphs
  }

  // MARK: - Pruning

  static func prune(_ root: HTMLElement) {
    for element in root.descendants() where shouldDrop(element) {
      element.remove()
    }
  }

  static func shouldDrop(_ element: HTMLElement) -> Bool {
    if droppedTags.contains(element.tag) { return true }
    if element.attributes["hidden"] != nil || element.attributes["aria-hidden"] == "true" { return true }
    if let style = element.attributes["style"]?.lowercased().filter({ $0 != " " }),
      style.contains("display:none") || style.contains("visibility:hidden")
    {
      return true
    }
    if element.tag == "body" || element.tag == "article" || element.tag == "main" { return false }
    let words = classWords(element)
    guard !words.isEmpty else { return false }
    if words.contains(where: contentWords.contains) { return false }
    guard words.contains(where: furnitureWords.contains) else { return false }
    // A container holding several real paragraphs is content whatever its class says.
    let paragraphs = element.descendants(where: { $0.tag == "p" }).filter { $0.text.count > 80 }
    return paragraphs.count < 3
  }

  /// Whether the page's own structured `articleBody` should replace the extracted text: when the
  /// extraction found little and the structured body is long enough to be the article.
  static func prefersStructuredBody(_ structured: String?, over paragraphs: [String]) -> Bool {
    guard let structured, structured.count >= 200 else { return false }
    let extracted = paragraphs.reduce(0) { $0 + $1.count }
    return Double(extracted) < Double(structured.count) * 0.5
  }

  /// Class and id split into lower-case words: `article-body__text` → article, body, text.
  static func classWords(_ element: HTMLElement) -> [String] {
    element.classAndID.split { !$0.isLetter }.map(String.init)
  }

  // MARK: - Scoring

  static func bestContainer(in body: HTMLElement) -> HTMLElement? {
    var scores: [ObjectIdentifier: (element: HTMLElement, score: Double)] = [:]
    for element in body.descendants(where: {
      ["p", "pre", "td", "blockquote", "div", "li", "section"].contains($0.tag)
    }) {
      let text: String
      if element.tag == "div" || element.tag == "section" || element.tag == "li" || element.tag == "td" {
        text = directText(of: element)
      } else {
        text = element.text
      }
      let length = text.count
      guard length >= 25 else { continue }
      let commas = text.reduce(0) { $0 + ($1 == "," || $1 == "，" ? 1 : 0) }
      let contribution = 1 + Double(commas) + min(Double(length) / 100, 3)
      var ancestor = element.parent
      var level = 0
      while let current = ancestor, level < 3 {
        let id = ObjectIdentifier(current)
        if scores[id] == nil { scores[id] = (current, baseScore(current)) }
        scores[id]!.score += contribution / Double(level == 0 ? 1 : level * 2)
        ancestor = current.parent
        level += 1
      }
    }
    var best: (HTMLElement, Double)?
    for (_, entry) in scores {
      let final = entry.score * (1 - linkDensity(entry.element))
      entry.element.score = final
      if best == nil || final > best!.1 { best = (entry.element, final) }
    }
    return best?.0
  }

  static func baseScore(_ element: HTMLElement) -> Double {
    var score: Double
    switch element.tag {
    case "article": score = 10
    case "div", "main", "section": score = 5
    case "pre", "td", "blockquote": score = 3
    case "form", "ul", "ol", "dl", "address": score = -3
    case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
    default: score = 0
    }
    let words = classWords(element)
    if words.contains(where: contentWords.contains) { score += 25 }
    if words.contains(where: furnitureWords.contains) { score -= 25 }
    return score
  }

  static func score(of element: HTMLElement) -> Double { element.score ?? 0 }

  /// The length of the paragraphs below `element` that read as prose (over 80 characters).
  static func proseLength(_ element: HTMLElement) -> Int {
    element.descendants(where: { $0.tag == "p" }).map { $0.text.count }.filter { $0 > 80 }.reduce(0, +)
  }

  /// The share of an element's text that sits inside links.
  static func linkDensity(_ element: HTMLElement) -> Double {
    let total = element.text.count
    guard total > 0 else { return 0 }
    let linked = element.descendants(where: { $0.tag == "a" }).reduce(0) { $0 + $1.text.count }
    return min(1, Double(linked) / Double(total))
  }

  /// The text of an element's own text nodes and inline children, not of its block children.
  static func directText(of element: HTMLElement) -> String {
    var parts: [String] = []
    for child in element.children {
      switch child {
      case .text(let text): parts.append(text)
      case .element(let inner) where !HTMLText.blockTags.contains(inner.tag): parts.append(inner.text)
      default: break
      }
    }
    return HTMLText.collapse(parts.joined(separator: " "))
  }

  // MARK: - Reading the content

  /// The text blocks of `element`: each block element with inline text gives one paragraph.
  static func blocks(of element: HTMLElement) -> [String] {
    var paragraphs: [String] = []
    var buffer = ""
    func flush() {
      let text = HTMLText.collapse(buffer)
      buffer = ""
      guard !text.isEmpty else { return }
      paragraphs.append(text)
    }
    func walk(_ element: HTMLElement) {
      for child in element.children {
        switch child {
        case .text(let text):
          buffer += text
        case .element(let inner):
          if inner.tag == "br" {
            flush()
          } else if HTMLText.blockTags.contains(inner.tag) {
            flush()
            if isLinkList(inner) { continue }
            walk(inner)
            flush()
          } else {
            walk(inner)
          }
        }
      }
    }
    walk(element)
    flush()
    return paragraphs.filter { !isFurnitureLine($0) }
  }

  /// A block that is mostly links (a list of related stories, tags, share buttons).
  static func isLinkList(_ element: HTMLElement) -> Bool {
    guard ["ul", "ol", "div", "section", "table", "dl", "p", "li"].contains(element.tag) else { return false }
    let text = element.text
    guard !text.isEmpty else { return false }
    let density = linkDensity(element)
    if element.tag == "p" { return density > 0.8 && text.count < 200 }
    return density > 0.5
  }

  /// Short lines that are page furniture wherever they appear.
  static func isFurnitureLine(_ text: String) -> Bool {
    BoilerplateRules.reason(forLine: text, position: .body) != nil
  }
}

extension HTMLElement {
  /// The extraction score, set during ``HTMLArticleExtractor/paragraphs(in:)``.
  var score: Double? {
    get { scoreStorage }
    set { scoreStorage = newValue }
  }
}
