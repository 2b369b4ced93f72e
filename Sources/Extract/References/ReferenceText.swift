/// Text clean-up shared by the reference-string parsers: whitespace, markdown noise, labels.
enum ReferenceText {
  /// `raw` with runs of whitespace collapsed to one space, markdown emphasis (`*`, `**`) removed
  /// and the ends trimmed. A `*` standing alone between spaces (`B → D * τ`) is kept.
  static func normalized(_ raw: String) -> String {
    if let ascii = normalizedASCII(raw) { return ascii }
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
        let standsAlone = previous.isSpace && (next.map(\.isSpace) ?? true)
        if !standsAlone { continue }
      }
      if character.isSpace {
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

  /// `normalized(raw)` for an all-ASCII `raw`, byte by byte (a `\r\n` pair is one
  /// whitespace `Character`, and two whitespace bytes give the same result); nil otherwise.
  private static func normalizedASCII(_ raw: String) -> String? {
    let bytes = Array(raw.utf8)
    guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var pendingSpace = false
    var previous: UInt8 = 0x20
    for (index, byte) in bytes.enumerated() {
      defer { previous = byte }
      if byte == UInt8(ascii: "*") {
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
        if !(isSpace(previous) && isSpace(next)) { continue }
      }
      if isSpace(byte) {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(0x20)
        pendingSpace = false
      }
      out.append(byte)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// ASCII white space as `Character.isWhitespace` sees it: tab to carriage return, space.
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
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

  /// `isWhitespace`, answered without a property lookup for ASCII (and `\r\n`).
  var isSpace: Bool {
    if let value = asciiValue { return value == 0x20 || (0x09...0x0D).contains(value) }
    return isWhitespace
  }

  /// `isLetter`, without a property lookup for an ASCII character.
  var isLetterQuick: Bool {
    guard let value = asciiValue, utf8.count == 1 else { return isLetter }
    return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
  }

  /// `isUppercase`, without a property lookup for an ASCII character.
  var isUppercaseQuick: Bool {
    guard let value = asciiValue, utf8.count == 1 else { return isUppercase }
    return value >= 0x41 && value <= 0x5A
  }

  /// `isLowercase`, without a property lookup for an ASCII character.
  var isLowercaseQuick: Bool {
    guard let value = asciiValue, utf8.count == 1 else { return isLowercase }
    return value >= 0x61 && value <= 0x7A
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

extension StringProtocol where SubSequence == Substring {
  /// The text without leading and trailing characters in `set` (spaces by default).
  func trimming(_ set: String = " ") -> Substring {
    var result = self[...]
    while true {
      // An ASCII byte followed by another (not `\r\n`) is a whole `Character`.
      let bytes = result.utf8
      if let first = bytes.first, first < 0x80, let second = bytes.dropFirst().first,
        second < 0x80, !(first == 0x0D && second == 0x0A)
      {
        guard set.utf8.contains(first) else { break }
        result = result[bytes.index(after: bytes.startIndex)...]
        continue
      }
      guard let first = result.first, first.isMember(of: set) else { break }
      result.removeFirst()
    }
    while true {
      // An ASCII byte after another (not `\r\n`) is a whole `Character`.
      let bytes = result.utf8
      if let last = bytes.last, last < 0x80, let before = bytes.dropLast().last,
        before < 0x80, !(before == 0x0D && last == 0x0A)
      {
        guard set.utf8.contains(last) else { break }
        result = result[..<bytes.index(before: bytes.endIndex)]
        continue
      }
      guard let last = result.last, last.isMember(of: set) else { break }
      result.removeLast()
    }
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
