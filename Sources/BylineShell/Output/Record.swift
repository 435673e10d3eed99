import BylineCore

/// One row of output: named fields in a fixed order, so JSON objects list their fields in the
/// order the table shows them.
public struct Record: Sendable, Equatable {
  /// The fields, in order.
  public var fields: [(name: String, value: JSONValue)]

  /// Creates a record.
  public init(_ fields: [(String, JSONValue)]) {
    self.fields = fields.map { (name: $0.0, value: $0.1) }
  }

  /// The value of the field called `name`.
  public subscript(name: String) -> JSONValue? {
    fields.first { $0.name == name }?.value
  }

  public static func == (lhs: Record, rhs: Record) -> Bool {
    lhs.fields.map(\.name) == rhs.fields.map(\.name) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
  }
}

/// Rows of records under named columns: what every printable command result becomes.
public struct RecordSet: Sendable, Equatable {
  /// The columns, in order; tables, CSV and Markdown show exactly these.
  public var columns: [String]
  /// The rows.
  public var records: [Record]

  /// Creates a record set.
  public init(columns: [String], records: [Record]) {
    self.columns = columns
    self.records = records
  }
}
