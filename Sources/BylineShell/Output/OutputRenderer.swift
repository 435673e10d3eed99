import BylineCore

/// Turns a ``RecordSet`` into text in an ``OutputFormat``.
public struct OutputRenderer: Sendable {
  /// The width tables must fit in, in columns, or nil to write every cell whole.
  public var width: Int?
  /// Whether to use ANSI colour and bold.
  public var color: Bool

  /// Creates a renderer whose tables fit in `width` columns (at least 20), or keep every
  /// character when `width` is nil.
  public init(width: Int? = 100, color: Bool = false) {
    self.width = width.map { max(20, $0) }
    self.color = color
  }

  /// The text of `records` in `format`, ending with a newline unless empty.
  public func render(_ records: RecordSet, as format: OutputFormat) -> String {
    switch format {
    case .json:
      if records.records.isEmpty { return "[]\n" }
      return "[\n"
        + records.records.map { "  " + JSONWriter.write($0, pretty: true, indent: 1) }.joined(
          separator: ",\n")
        + "\n]\n"
    case .jsonl:
      return records.records.map { JSONWriter.write($0, pretty: false) + "\n" }.joined()
    case .csv:
      return
        ([records.columns.map(csvField)]
        + records.records.map { record in records.columns.map { csvField(cell(record[$0])) } })
        .map { $0.joined(separator: ",") + "\r\n" }.joined()
    case .markdown:
      let escape = { (text: String) in
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
      }
      var lines = ["| " + records.columns.map(escape).joined(separator: " | ") + " |"]
      lines.append("|" + records.columns.map { _ in " --- |" }.joined())
      for record in records.records {
        lines.append("| " + records.columns.map { escape(cell(record[$0])) }.joined(separator: " | ") + " |")
      }
      return lines.joined(separator: "\n") + "\n"
    case .table:
      return table(records)
    }
  }

  /// A cell's text: strings as they are, arrays joined with `; `, nothing for null, and objects
  /// as a person reads them: an object with a `name` as the name followed by its other values in
  /// brackets (`Estravia (participant)`, an alias `Brenmark (3)`), any other object as `key: value`
  /// pairs. Null fields are left out, and so are ids (`id`, `entityId`, ...) when the object has
  /// anything else to show: JSON keeps them for programs, a table shows names.
  func cell(_ value: JSONValue?) -> String {
    switch value {
    case .none, .null?: return ""
    case .array(let values)?: return values.map { cell($0) }.joined(separator: "; ")
    case .object(let fields)?:
      let present = fields.keys.filter { fields[$0] != .null }
      let readable = present.filter { !Self.isIdentifier($0) }
      let keys = (readable.isEmpty ? present : readable).sorted()
      if keys.contains("name"), let name = fields["name"] {
        let details = keys.filter { $0 != "name" }.map { cell(fields[$0]) }.filter { !$0.isEmpty }
        return details.isEmpty ? cell(name) : "\(cell(name)) (\(details.joined(separator: ", ")))"
      }
      return keys.map { "\($0): \(cell(fields[$0]))" }.joined(separator: ", ")
    case let value?: return value.description
    }
  }

  /// Whether the field called `key` holds an id: `id`, or a name ending in `Id` or `Ids`.
  static func isIdentifier(_ key: String) -> Bool {
    key == "id" || key.hasSuffix("Id") || key.hasSuffix("Ids")
  }

  /// The width past which one record is shown as `column  value` lines when tables are not
  /// fitted to a width.
  static let unfittedRecordWidth = 100

  /// One record of more than four columns too wide for a row, as `column  value` lines; list
  /// items one per line when they do not fit on one. Items are cut only when ``width`` is set.
  func verticalRecord(_ record: Record, columns: [String]) -> String {
    let width = self.width ?? Self.unfittedRecordWidth
    let clips = self.width != nil
    let labelWidth = columns.map(\.count).max() ?? 0
    var lines: [String] = []
    for column in columns {
      let label = column + String(repeating: " ", count: labelWidth - column.count + 2)
      let styled = color ? "\u{1B}[1m" + label + "\u{1B}[0m" : label
      let indent = String(repeating: " ", count: labelWidth + 2)
      if case .array(let values)? = record[column], !values.isEmpty {
        let items = values.map { cell($0).map { $0.isNewline ? " " : $0 }.reduce(into: "") { $0.append($1) } }
        let fits = items.joined(separator: "; ").count <= width - indent.count
        if fits {
          lines.append(styled + items.joined(separator: "; "))
        } else {
          for (index, item) in items.enumerated() {
            let clipped =
              clips && item.count > width - indent.count
              ? String(item.prefix(width - indent.count - 1)) + "…" : item
            lines.append((index == 0 ? styled : indent) + clipped)
          }
        }
      } else {
        let text = cell(record[column]).map { $0.isNewline ? " " : $0 }.reduce(into: "") { $0.append($1) }
        lines.append(styled + text)
      }
    }
    return lines.map { line in
      var line = line
      while line.last == " " { line.removeLast() }
      return line
    }.joined(separator: "\n") + "\n"
  }

  /// The widest a column of values without spaces can be and still keep its width while columns
  /// of text shrink.
  static let shortValueWidth = 36
  /// The narrowest a column shrinks to.
  static let narrowestColumn = 6

  /// When a column with these cells gives up width: 0 for running text, 1 for short values
  /// without spaces (ids, kinds), 2 for dates, date ranges and numbers.
  static func yieldOrder(of cells: [String]) -> Int {
    let filled = cells.filter { !$0.isEmpty }
    if !filled.isEmpty && filled.allSatisfy(isDateText) { return 2 }
    let isShort = filled.allSatisfy { $0.count <= shortValueWidth && !$0.contains(" ") }
    return isShort ? 1 : 0
  }

  /// Whether `text` is an ISO 8601 date, time or range (`2025-03`, `2025-03-14T06Z/2025-03-14T11Z`)
  /// rather than a path.
  static func isDateText(_ text: String) -> Bool {
    guard let first = text.first, first.isASCII, first.isNumber else { return false }
    return text.allSatisfy { ($0.isASCII && $0.isNumber) || "-:/.+TZ".contains($0) }
  }

  func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Columns aligned and fitted to ``width`` when it is set, the widest shrinking first, and cut
  /// text ending with `…`. Columns of running text give up width first, then columns of other
  /// short values (ids, kinds), and dates, date ranges and numbers last: a cut date reads as
  /// another date.
  func table(_ records: RecordSet) -> String {
    guard !records.columns.isEmpty else { return "" }
    let rows = records.records.map { record in
      records.columns.map { column in
        cell(record[column]).map { $0.isNewline || $0 == "\t" ? " " : $0 }.reduce(into: "") { $0.append($1) }
      }
    }
    var widths = records.columns.map(\.count)
    for row in rows {
      for (index, text) in row.enumerated() { widths[index] = max(widths[index], text.count) }
    }
    let separator = 2
    let recordWidth = (width ?? Self.unfittedRecordWidth) - separator * (widths.count - 1)
    if records.records.count == 1, records.columns.count > 4, widths.reduce(0, +) > recordWidth {
      return verticalRecord(records.records[0], columns: records.columns)
    }
    let available = (width ?? Int.max / 2) - separator * (widths.count - 1)
    let yieldOrder = records.columns.indices.map { index in Self.yieldOrder(of: rows.map { $0[index] }) }
    while widths.reduce(0, +) > available {
      let shrinkable = widths.indices.filter { widths[$0] > Self.narrowestColumn }
      guard let first = shrinkable.map({ yieldOrder[$0] }).min(),
        let widest = shrinkable.filter({ yieldOrder[$0] == first }).max(by: { widths[$0] < widths[$1] })
      else { break }
      widths[widest] -= 1
    }
    func line(_ cells: [String], isHeader: Bool) -> String {
      var text = ""
      for (index, cell) in cells.enumerated() {
        var fitted = cell
        if cell.count > widths[index] {
          // Paths keep their end, where the file name is; other text, dates and date ranges
          // (`2025-03-01/2025-03-05`) keep their start.
          let isPath = cell.contains("/") && !cell.contains(" ") && !Self.isDateText(cell)
          fitted =
            isPath
            ? "…" + String(cell.suffix(widths[index] - 1)) : String(cell.prefix(widths[index] - 1)) + "…"
        }
        if index < cells.count - 1 {
          fitted += String(repeating: " ", count: widths[index] - fitted.count + separator)
        }
        text += fitted
      }
      while text.last == " " { text.removeLast() }
      return isHeader && color ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
    }
    var lines = [line(records.columns, isHeader: true)]
    lines += rows.map { line($0, isHeader: false) }
    return lines.joined(separator: "\n") + "\n"
  }
}
