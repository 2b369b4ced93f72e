/// An RFC 4180 table: a header and rows, written with `\n` line ends; fields that hold a comma,
/// a quote, a line break or leading/trailing space are quoted, quotes doubled.
///
/// Rows are written into UTF-8 bytes as they are added.
struct CSVTable {
  private var bytes: [UInt8] = []

  init(header: [String]) {
    bytes.reserveCapacity(4096)
    addRow(header)
  }

  /// Appends one row.
  mutating func addRow(_ fields: [String]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { bytes.append(0x2C) }
      Self.append(field, to: &bytes)
    }
    bytes.append(0x0A)
  }

  var text: String { String(decoding: bytes, as: UTF8.self) }

  private static func append(_ field: String, to bytes: inout [UInt8]) {
    let utf8 = field.utf8
    let needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
      || startsOrEndsWithSpace(field)
    guard needsQuotes else {
      bytes.append(contentsOf: utf8)
      return
    }
    bytes.append(0x22)
    for byte in utf8 {
      bytes.append(byte)
      if byte == 0x22 { bytes.append(byte) }
    }
    bytes.append(0x22)
  }

  /// White space at either end; ASCII ends are answered from the bytes.
  private static func startsOrEndsWithSpace(_ field: String) -> Bool {
    guard let first = field.utf8.first, let last = field.utf8.last else { return false }
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
    if first < 0x80, last < 0x80 { return isSpace(first) || isSpace(last) }
    return field.first?.isWhitespace == true || field.last?.isWhitespace == true
  }
}
