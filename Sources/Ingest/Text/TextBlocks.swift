/// A run of non-blank lines: a heading, a paragraph, a reference list chunk.
struct TextBlock: Equatable {
  /// Source line number (1-based) of the first line.
  var line: Int
  /// The lines as written, trimmed.
  var lines: [String]
  /// The lines joined with single spaces.
  var text: String { lines.joined(separator: " ") }
}

extension TextBlock {
  /// Splits lines into blocks at blank lines.
  static func blocks(of lines: [String]) -> [TextBlock] {
    var blocks: [TextBlock] = []
    var current: TextBlock?
    for (index, rawLine) in lines.enumerated() {
      let line = rawLine.trimmingWhitespace
      if line.isEmpty {
        if let block = current { blocks.append(block) }
        current = nil
      } else if current == nil {
        current = TextBlock(line: index + 1, lines: [line])
      } else {
        current?.lines.append(line)
      }
    }
    if let block = current { blocks.append(block) }
    return blocks
  }
}

extension StringProtocol {
  /// The text without leading and trailing white space (including no-break spaces).
  var trimmingWhitespace: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }
}
