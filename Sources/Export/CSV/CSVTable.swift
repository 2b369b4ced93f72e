/// An RFC 4180 table: a header and rows, written with `\n` line ends; fields that hold a comma,
/// a quote, a line break or leading/trailing space are quoted, quotes doubled.
///
/// Rows are written into UTF-8 bytes as they are added.
struct CSVTable {
  private var bytes: [UInt8] = []
  /// Whether the next field starts a row (no comma before it).
  private var atRowStart = true

  init(header: [String]) {
    bytes.reserveCapacity(4096)
    addRow(header)
  }

  /// Appends one row.
  mutating func addRow(_ fields: [String]) {
    for field in fields { addField(field) }
    endRow()
  }

  /// Appends one field to the current row, for rows built without an array.
  mutating func addField(_ field: String) {
    if !atRowStart { bytes.append(0x2C) }
    atRowStart = false
    let spaceAtEnds = Self.startsOrEndsWithSpace(field)
    var field = field
    field.withUTF8 { Self.append($0, spaceAtEnds: spaceAtEnds, to: &bytes) }
  }

  /// A field's bytes as a row holds them (quoted if need be), for a field repeated on many
  /// rows: it is scanned once.
  static func encoded(_ field: String) -> [UInt8] {
    var field = field
    return field.withUTF8(encoded)
  }

  /// `encoded(_:)` for a field given as valid UTF-8.
  static func encoded(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count + 2)
    append(utf8, spaceAtEnds: startsOrEndsWithSpace(utf8), to: &bytes)
    return bytes
  }

  /// Appends a field `encoded(_:)` made.
  mutating func addEncodedField(_ encoded: [UInt8]) {
    if !atRowStart { bytes.append(0x2C) }
    atRowStart = false
    bytes.append(contentsOf: encoded)
  }

  /// Ends the current row.
  mutating func endRow() {
    bytes.append(0x0A)
    atRowStart = true
  }

  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The table as UTF-8.
  var utf8: [UInt8] { bytes }

  private static func append(
    _ utf8: UnsafeBufferPointer<UInt8>, spaceAtEnds: Bool, to bytes: inout [UInt8]
  ) {
    let needsQuotes = spaceAtEnds
      || utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
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
  private static func startsOrEndsWithSpace(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = utf8.first, let last = utf8.last else { return false }
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
    if first < 0x80, last < 0x80 { return isSpace(first) || isSpace(last) }
    return startsOrEndsWithSpace(String(decoding: utf8, as: UTF8.self))
  }

  private static func startsOrEndsWithSpace(_ field: String) -> Bool {
    guard let first = field.utf8.first, let last = field.utf8.last else { return false }
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
    if first < 0x80, last < 0x80 { return isSpace(first) || isSpace(last) }
    return field.first?.isWhitespace == true || field.last?.isWhitespace == true
  }
}
