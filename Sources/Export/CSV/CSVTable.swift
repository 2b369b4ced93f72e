/// An RFC 4180 table: a header and rows, written with `\n` line ends; fields that hold a comma,
/// a quote, a line break or leading/trailing space are quoted, quotes doubled.
struct CSVTable {
  var header: [String]
  var rows: [[String]] = []

  init(header: [String]) { self.header = header }

  var text: String {
    var output = ""
    append(header, to: &output)
    for row in rows { append(row, to: &output) }
    return output
  }

  private func append(_ fields: [String], to output: inout String) {
    for (index, field) in fields.enumerated() {
      if index > 0 { output += "," }
      output += Self.escape(field)
    }
    output += "\n"
  }

  static func escape(_ field: String) -> String {
    let needsQuotes = field.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
      || field.first?.isWhitespace == true || field.last?.isWhitespace == true
    guard needsQuotes else { return field }
    return "\"" + field.replacingQuotes() + "\""
  }
}

extension String {
  fileprivate func replacingQuotes() -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count + 8)
    for byte in utf8 {
      bytes.append(byte)
      if byte == UInt8(ascii: "\"") { bytes.append(byte) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
