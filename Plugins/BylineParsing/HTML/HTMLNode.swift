import CLibxml2
import Foundation

/// An element of a parsed HTML page: a small Swift tree copied out of libxml2's DOM, so the
/// extraction code is plain Swift and the C document is freed at once.
public final class HTMLElement {
  /// The lower-case tag name, e.g. `p`.
  public let tag: String
  /// The attributes, names lower-cased.
  public let attributes: [String: String]
  /// The children, in document order.
  public fileprivate(set) var children: [HTMLNode] = []
  /// The parent element, if any.
  public fileprivate(set) weak var parent: HTMLElement?

  init(tag: String, attributes: [String: String]) {
    self.tag = tag
    self.attributes = attributes
  }

  /// The value of the attribute called `name`.
  public subscript(_ name: String) -> String? { attributes[name] }

  /// Scratch space for the article extractor.
  var scoreStorage: Double?

  /// The class and id words, lower-cased, for boilerplate patterns.
  public lazy var classAndID: String = {
    ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
  }()

  /// The child elements.
  public var elements: [HTMLElement] {
    children.compactMap { if case .element(let element) = $0 { return element } else { return nil } }
  }

  /// Every element below this one, depth first, in document order.
  public func descendants(where predicate: (HTMLElement) -> Bool = { _ in true }) -> [HTMLElement] {
    var found: [HTMLElement] = []
    var stack = Array(elements.reversed())
    while let element = stack.popLast() {
      if predicate(element) { found.append(element) }
      stack.append(contentsOf: element.elements.reversed())
    }
    return found
  }

  /// The first element below this one with `tag`.
  public func first(_ tag: String) -> HTMLElement? {
    var stack = Array(elements.reversed())
    while let element = stack.popLast() {
      if element.tag == tag { return element }
      stack.append(contentsOf: element.elements.reversed())
    }
    return nil
  }

  /// All the text below this element, with white space collapsed.
  public var text: String {
    var parts: [String] = []
    collectText(into: &parts)
    return HTMLText.collapse(parts.joined())
  }

  func collectText(into parts: inout [String]) {
    for child in children {
      switch child {
      case .text(let text): parts.append(text)
      case .element(let element):
        if HTMLText.blockTags.contains(element.tag) || element.tag == "br" { parts.append(" ") }
        element.collectText(into: &parts)
        if HTMLText.blockTags.contains(element.tag) { parts.append(" ") }
      }
    }
  }

  /// Removes this element from its parent.
  public func remove() {
    guard let parent else { return }
    parent.children.removeAll {
      if case .element(let element) = $0 { return element === self } else { return false }
    }
    self.parent = nil
  }
}

/// A node of the tree: an element or a run of text.
public enum HTMLNode {
  case element(HTMLElement)
  case text(String)
}

/// A parsed HTML page.
public struct HTMLDocument {
  /// The root element (`html`).
  public let root: HTMLElement

  /// Parses `data` with libxml2's forgiving HTML parser. The page's own `<meta charset>` is
  /// honoured; without one, UTF-8 is assumed.
  public init(data: Data) {
    HTMLDocument.initializeLibxml2
    let root = HTMLElement(tag: "#document", attributes: [:])
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
    let document: htmlDocPtr? = data.withUnsafeBytes { raw in
      guard let base = raw.baseAddress, raw.count > 0 else { return nil }
      let hasCharset = HTMLDocument.declaresCharset(raw)
      return htmlReadMemory(
        base.assumingMemoryBound(to: CChar.self), Int32(min(raw.count, Int(Int32.max))), nil,
        hasCharset ? nil : "UTF-8", options)
    }
    if let document {
      defer { xmlFreeDoc(document) }
      var child = document.pointee.children
      while let node = child {
        HTMLDocument.copy(node, into: root)
        child = node.pointee.next
      }
    }
    self.root = root.elements.first { $0.tag == "html" } ?? root
  }

  /// Makes libxml2 ready for use from many threads; runs once.
  private static let initializeLibxml2: Void = {
    xmlInitParser()
  }()

  /// Whether the first 4 KB of the page name a character set.
  private static func declaresCharset(_ raw: UnsafeRawBufferPointer) -> Bool {
    let prefix = String(decoding: raw.prefix(4096), as: UTF8.self).lowercased()
    return prefix.contains("charset=") || prefix.contains("charset =")
  }

  /// Copies libxml2's node (and its subtree) into `parent`, iteratively for deep pages.
  private static func copy(_ start: xmlNodePtr, into root: HTMLElement) {
    var stack: [(xmlNodePtr, HTMLElement)] = [(start, root)]
    while let (node, parent) = stack.popLast() {
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        let tag = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
          if let name = current.pointee.name {
            let key = String(cString: name).lowercased()
            if let value = xmlNodeGetContent(
              UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
            {
              attributes[key] = String(cString: value)
              byline_xml_free(value)
            } else {
              attributes[key] = ""
            }
          }
          attribute = current.pointee.next
        }
        let element = HTMLElement(tag: tag, attributes: attributes)
        element.parent = parent
        parent.children.append(.element(element))
        // Push children in reverse so they are copied in document order.
        var children: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
          children.append(current)
          child = current.pointee.next
        }
        for child in children.reversed() { stack.append((child, element)) }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = node.pointee.content {
          parent.children.append(.text(String(cString: content)))
        }
      default:
        break
      }
    }
  }
}
