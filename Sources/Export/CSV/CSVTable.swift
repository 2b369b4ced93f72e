import Model

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
    var field = field
    field.withUTF8 { addField($0) }
  }

  /// Appends one field given as valid UTF-8, for a field built as bytes.
  mutating func addField(_ utf8: UnsafeBufferPointer<UInt8>) {
    if !atRowStart { bytes.append(0x2C) }
    atRowStart = false
    Self.append(utf8, spaceAtEnds: Self.startsOrEndsWithSpace(utf8), to: &bytes)
  }

  /// Appends `prefix` and the decimal digits of `number` as one field (`c12`, an occurrence id
  /// on every row of citations.csv), written as bytes: no String made. Such a field is never
  /// quoted.
  mutating func addField(prefix: UInt8, number: Int) {
    if !atRowStart { bytes.append(0x2C) }
    atRowStart = false
    bytes.append(prefix)
    if number < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = number.magnitude
    let start = bytes.count
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    bytes.withUnsafeMutableBufferPointer { $0[start...].reverse() }  // in place, no slice copy
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
    guard spaceAtEnds || containsQuotedByte(utf8) else {
      bytes.append(contentsOf: utf8)
      return
    }
    bytes.append(0x22)
    // Copied in runs up to and with each quote, which is then doubled: most quoted fields
    // hold commas, not quotes, and are one run.
    var start = 0
    while let quote = utf8[start...].firstIndex(of: 0x22) {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...quote]))
      bytes.append(0x22)
      start = quote + 1
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    bytes.append(0x22)
  }

  /// Whether `utf8` holds a comma, a quote or a line break. Fields are long (titles, raw
  /// reference strings, sentences): eight bytes are tested at a time.
  private static func containsQuotedByte(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    if let base = utf8.baseAddress.map(UnsafeRawPointer.init) {
      while index + 8 <= utf8.count {
        let word = ByteWord.load(base, at: index)
        let found = ByteWord.bytes(word, equalTo: 0x2C) | ByteWord.bytes(word, equalTo: 0x22)
          | ByteWord.bytes(word, equalTo: 0x0A) | ByteWord.bytes(word, equalTo: 0x0D)
        if found != 0 { return true }
        index += 8
      }
    }
    return utf8[index...].contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
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
