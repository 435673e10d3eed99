/// A quotation mark: which family it belongs to and which way it faces when the text around it
/// does not say.
///
/// Guillemets (« ») are a family of their own, so that “…” can nest inside «…»; single guillemets
/// (‹ ›) count as single marks. The ASCII apostrophe is not a quotation mark; the curly one (’)
/// closes a single quote only when one is open.
struct QuotationMark: Hashable, Sendable {
  /// Double marks (" “ ” „), guillemets (« ») and single marks (‘ ’ ‚ ‹ ›) pair only within their
  /// family.
  enum Family: Hashable, Sendable {
    case double, guillemet, single
  }

  /// Which way a mark faces.
  enum Direction: Hashable, Sendable {
    case opening, closing, either
  }

  var family: Family
  /// The way the mark faces on its own; the text around it decides first.
  var natural: Direction

  /// The mark `scalar` is, or `nil` when it is not a quotation mark.
  init?(_ scalar: Unicode.Scalar) {
    switch scalar {
    case "\"": (family, natural) = (.double, .either)
    case "\u{201C}", "\u{201E}", "\u{201F}": (family, natural) = (.double, .opening)
    case "\u{201D}": (family, natural) = (.double, .closing)
    case "\u{00AB}": (family, natural) = (.guillemet, .opening)
    case "\u{00BB}": (family, natural) = (.guillemet, .closing)
    case "\u{2018}", "\u{201A}", "\u{2039}": (family, natural) = (.single, .opening)
    case "\u{2019}", "\u{203A}": (family, natural) = (.single, .closing)
    default: return nil
    }
  }

  /// The mark at the start of `text`, if it is one.
  init?(_ text: String) {
    guard let scalar = text.unicodeScalars.first else { return nil }
    self.init(scalar)
  }
}
