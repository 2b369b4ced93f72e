/// Word and sentence cuts that read UTF-8 bytes when the text is simple in `FoldedText`'s sense
/// (every scalar a `Character` of its own, so a space or `.` byte is that `Character`), and
/// `Character`s otherwise; the results are the same as the `Character`-based cuts.
extension ReferenceText {
  /// `text.split(separator: " ")`.
  static func words(_ text: Substring) -> [Substring] {
    guard FoldedText.hasSimpleScalars(text) else { return text.split(separator: " ") }
    var words: [Substring] = []
    let bytes = text.utf8
    var start = bytes.startIndex
    var index = start
    while index < bytes.endIndex {
      if bytes[index] == 0x20 {
        if start < index { words.append(text[start..<index]) }
        start = bytes.index(after: index)
      }
      index = bytes.index(after: index)
    }
    if start < bytes.endIndex { words.append(text[start..<bytes.endIndex]) }
    return words
  }

  /// `text.split(separator: " ").last ?? ""`, without cutting the rest.
  static func lastWord(_ text: Substring) -> Substring {
    guard FoldedText.hasSimpleScalars(text) else { return text.split(separator: " ").last ?? "" }
    let bytes = text.utf8
    var end = bytes.endIndex
    while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 {
      end = bytes.index(before: end)
    }
    var start = end
    while start > bytes.startIndex, bytes[bytes.index(before: start)] != 0x20 {
      start = bytes.index(before: start)
    }
    return start < end ? text[start..<end] : ""
  }

  /// `TitleSplitter.sentences(_:)` for simple text: boundaries after `.`, `?` or `!` followed
  /// by a space, the mark staying with its sentence.
  static func sentences(_ text: Substring) -> [Range<String.Index>] {
    var result: [Range<String.Index>] = []
    let bytes = text.utf8
    var start = bytes.startIndex
    var index = start
    while index < bytes.endIndex {
      let byte = bytes[index]
      let next = bytes.index(after: index)
      if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!"),
        next < bytes.endIndex, bytes[next] == 0x20
      {
        result.append(start..<next)
        start = bytes.index(after: next)
      }
      index = next
    }
    if start < bytes.endIndex { result.append(start..<bytes.endIndex) }
    return result
  }
}
