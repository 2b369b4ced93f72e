import Model

/// Checked lines of a plain-text article: valid UTF-8, no NUL bytes, no absurdly long line.
struct TextLines {
  /// The longest line accepted; a longer one means the file is not article text.
  static let maximumLineBytes = 1 << 20

  /// Lines without their terminators, 0-based (line `i` is source line `i + 1`).
  var lines: [String]

  init(bytes: [UInt8], path: String) throws(IngestError) {
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw .empty(path: path)
    }
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    var lines: [String] = []
    var lineStart = body.startIndex
    var index = body.startIndex
    func finishLine(_ end: Int) throws(IngestError) {
      let number = lines.count + 1
      let length = end - lineStart
      if length > Self.maximumLineBytes {
        throw .lineTooLong(path: path, line: number, bytes: length, limit: Self.maximumLineBytes)
      }
      var slice = body[lineStart..<end]
      if slice.last == 0x0D { slice = slice.dropLast() }
      if slice.contains(0) { throw .binary(path: path, line: number) }
      guard let line = String(validating: slice, as: UTF8.self) else {
        throw .invalidUTF8(path: path, line: number)
      }
      lines.append(line)
    }
    while index < body.endIndex {
      if body[index] == 0x0A {
        try finishLine(index)
        lineStart = index + 1
      }
      index += 1
    }
    if lineStart < body.endIndex { try finishLine(body.endIndex) }
    self.lines = lines
  }
}
