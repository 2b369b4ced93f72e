import Model

/// Cuts the lines after a `References` heading into one raw string per entry.
///
/// Entries may be bulleted (`- `), numbered (`15 `, `15.`, `[15]`) or neither; an entry broken
/// by a page break (the next chunk starts in lower case after an entry with no final stop) is
/// joined back together.
enum ReferenceListSplitter {
  static func references(in blocks: [TextBlock], path: String) -> [Reference] {
    var entries: [(line: Int, label: String?, text: String)] = []
    for block in blocks {
      for (offset, rawLine) in block.lines.enumerated() {
        let line = block.line + offset
        var text = Substring(rawLine.trimmingWhitespace)
        var hasBullet = false
        for bullet in ["- ", "• ", "– ", "* "] where text.hasPrefix(bullet) {
          text = text.dropFirst(bullet.count)
          hasBullet = true
          break
        }
        text = Substring(text.trimmingWhitespace)
        let label = takeNumber(&text)
        let body = String(text)
        guard !body.isEmpty else { continue }
        let startsNew: Bool
        if let previous = entries.last {
          let previousEnded = endsEntry(previous.text)
          let startsLower = body.first.map { $0.isLowercase } ?? false
          if label != nil {
            startsNew = true
          } else if hasBullet {
            startsNew = previousEnded || !startsLower
          } else {
            startsNew = previousEnded && !startsLower
          }
        } else {
          startsNew = true
        }
        if startsNew {
          entries.append((line, label, body))
        } else if let last = entries.popLast() {
          entries.append((last.line, last.label, last.text + " " + body))
        }
      }
    }
    return entries.enumerated().map { index, entry in
      Reference(
        id: ReferenceID("r\(index + 1)"), label: entry.label,
        raw: TextNormalization.removingEmphasisMarks(entry.text),
        position: SourcePosition(file: path, line: entry.line))
    }
  }

  /// Removes a leading entry number (`15 `, `15. `, `[15] `, `15) `) and returns it.
  private static func takeNumber(_ text: inout Substring) -> String? {
    var rest = text
    let bracketed = rest.first == "["
    if bracketed { rest = rest.dropFirst() }
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 4 else { return nil }
    rest = rest.dropFirst(digits.count)
    if bracketed {
      guard rest.first == "]" else { return nil }
      rest = rest.dropFirst()
    } else if let first = rest.first, ".)".contains(first) {
      rest = rest.dropFirst()
    }
    guard let next = rest.first, next.isWhitespace else { return nil }
    text = Substring(rest.trimmingWhitespace)
    return String(digits)
  }

  private static func endsEntry(_ text: String) -> Bool {
    guard let last = text.trimmingWhitespace.filter({ $0 != "*" }).last else { return true }
    return ".)]".contains(last) || last.isNumber
  }
}
