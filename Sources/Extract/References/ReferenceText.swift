/// Text clean-up shared by the reference-string parsers: whitespace, markdown noise, labels.
enum ReferenceText {
  /// `raw` with runs of whitespace collapsed to one space, markdown emphasis (`*`, `**`) removed
  /// and the ends trimmed. A `*` standing alone between spaces (`B → D * τ`) is kept.
  static func normalized(_ raw: String) -> String {
    var out = ""
    out.reserveCapacity(raw.utf8.count)
    var pendingSpace = false
    var previous: Character = " "
    var iterator = raw.makeIterator()
    var current = iterator.next()
    while let character = current {
      let next = iterator.next()
      defer {
        previous = character
        current = next
      }
      if character == "*" {
        let standsAlone = previous.isWhitespace && (next.map(\.isWhitespace) ?? true)
        if !standsAlone { continue }
      }
      if character.isWhitespace {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(" ")
        pendingSpace = false
      }
      out.append(character)
    }
    return out
  }

  /// Removes a leading list label (`[12]`, `(12)`, `12.`, `12)`, `12 `, a bullet) and returns
  /// the number, or nil when the text has none.
  static func stripLabel(_ text: inout Substring) -> String? {
    if let first = text.first, "-•–·".contains(first),
      text.dropFirst().first == " "
    {
      text = text.dropFirst(2)
    }
    var cursor = text
    let opener = cursor.first
    if opener == "[" || opener == "(" { cursor.removeFirst() }
    let digits = cursor.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 4 else { return nil }
    cursor = cursor.dropFirst(digits.count)
    if opener == "[" || opener == "(" {
      guard cursor.first == (opener == "[" ? "]" : ")") else { return nil }
      cursor.removeFirst()
    } else if cursor.first == "." || cursor.first == ")" {
      cursor.removeFirst()
    }
    guard cursor.first == " " || (cursor.isEmpty == false && opener == "[") else { return nil }
    text = cursor.drop { $0 == " " }
    return String(digits)
  }
}

extension Character {
  /// A hyphen, dash or minus sign as used in page ranges.
  var isDash: Bool {
    switch self {
    case "-", "–", "—", "‐", "‑", "−": true
    default: false
    }
  }

  /// `0`–`9`.
  var isDigit: Bool {
    guard let value = asciiValue else { return false }
    return value >= 0x30 && value <= 0x39
  }

  /// Whether the character is in `set`, as `set.contains(self)`; an ASCII character is looked
  /// up among the set's bytes. The set's characters must be single scalars.
  func isMember(of set: String) -> Bool {
    if let value = asciiValue, utf8.count == 1 { return set.utf8.contains(value) }
    return set.contains(self)
  }
}

extension StringProtocol {
  /// The text without leading and trailing characters in `set` (spaces by default).
  func trimming(_ set: String = " ") -> SubSequence {
    var result = self[...]
    while let first = result.first, first.isMember(of: set) { result.removeFirst() }
    while let last = result.last, last.isMember(of: set) { result.removeLast() }
    return result
  }
}

extension StringProtocol where SubSequence == Substring {
  /// Whether the text contains `word` case-insensitively, delimited by non-letters.
  ///
  /// For many words, make one `FoldedText` and ask it.
  func containsWord(_ word: String) -> Bool {
    FoldedText(self).containsWord(word)
  }
}
