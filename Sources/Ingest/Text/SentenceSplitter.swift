import Model

/// Splits a paragraph's text into sentences.
///
/// A sentence ends at `.`, `?` or `!` (plus closing quotes, brackets and citation markers)
/// followed by white space and a capital letter, a digit, an opening bracket or a narrative
/// citation (`Masselink et al. (2016) found`) — but not after
/// abbreviations (`et al.`, `i.e.`, `vs.`, `Fig.`), initials (`G. R. Stark`) or inside decimals.
enum SentenceSplitter {
  /// The sentences' byte ranges, in order; white space between sentences is left out.
  static func split(_ text: MarkedText) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    var start = 0
    var index = 0
    let count = text.count
    while index < count {
      index = nextStop(in: text, from: index)
      guard index < count else { break }
      let isFullStop = text.utf8[index] == UInt8(ascii: ".")
      // Extend over closing punctuation and markers that belong to this sentence.
      var end = index + 1
      while end < count {
        if text.isMarker(at: end) {
          end += 1
        } else if let (next, length) = text.scalar(at: end), closing.contains(next) {
          end += length
        } else {
          break
        }
      }
      // There must be white space, then a plausible sentence start.
      var next = end
      while next < count, text.isSpace(at: next) { next += text.scalar(at: next)?.length ?? 1 }
      guard next > end, next < count,
        startsSentence(at: next, in: text) || isLowercaseGeneName(at: next, in: text),
        !isFullStop || !isAbbreviation(before: index, in: text)
      else {
        index = end
        continue
      }
      sentences.append(start..<end)
      start = next
      index = next
    }
    if start < count, text.hasContent(start..<count) {
      sentences.append(start..<count)
    }
    return sentences
  }

  /// The offset of the first `.`, `?` or `!` at `start` or after it; the end if none. (ASCII
  /// bytes: never part of a multi-byte scalar or a marker.)
  private static func nextStop(in text: MarkedText, from start: Int) -> Int {
    text.utf8.withUnsafeBufferPointer { utf8 in
      var index = start
      // Eight bytes at a time while none of them is a stop.
      if let base = utf8.baseAddress.map(UnsafeRawPointer.init) {
        while index + 8 <= utf8.count {
          let word = ByteWord.load(base, at: index)
          let stops = ByteWord.bytes(word, equalTo: UInt8(ascii: "."))
            | ByteWord.bytes(word, equalTo: UInt8(ascii: "?")) | ByteWord.bytes(word, equalTo: UInt8(ascii: "!"))
          if stops != 0 { break }
          index += 8
        }
      }
      while index < utf8.count {
        let byte = utf8[index]
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") { return index }
        index += 1
      }
      return index
    }
  }

  /// A capital letter, a digit, an opening bracket or quote, or a narrative citation whose
  /// names open the sentence (`regime. Masselink et al. (2016) found …`).
  private static func startsSentence(at offset: Int, in text: MarkedText) -> Bool {
    if let (first, _) = text.scalar(at: offset) {
      return first.isUppercaseFast || first.isNumberFast || opening.contains(first)
    }
    if let marker = text.marker(at: offset) {
      return marker.isAuthorYear && marker.label.unicodeScalars.first?.isUppercaseFast == true
    }
    return false
  }

  private static let closing: Set<Unicode.Scalar> = ["\"", "”", "’", "'", ")", "]"]
  private static let opening: Set<Unicode.Scalar> = ["(", "\"", "“", "‘", "["]

  /// Words after which a full stop does not end a sentence.
  static let abbreviations: Set<String> = [
    "al", "e.g", "i.e", "vs", "fig", "figs", "ref", "refs", "dr", "mr", "mrs", "ms", "prof",
    "no", "nos", "approx", "ca", "cf", "eq", "eqs", "st", "vol", "pp", "p", "jr", "sr", "inc",
    "ltd", "co", "corp", "dept", "univ", "resp", "sp", "spp", "var", "subsp", "viz", "etc.",
    "suppl", "tab", "chap", "sec", "ed", "eds", "min", "max", "mol", "wt", "m.p", "b.p",
  ]

  /// Whether the word before the full stop at `offset` is an abbreviation or an initial.
  private static func isAbbreviation(before offset: Int, in text: MarkedText) -> Bool {
    // The word: scalars back to white space, a bracket or a marker, fewer than 12.
    var start = offset
    var length = 0
    while length < 12, let (scalar, previous) = text.scalar(before: start),
      !scalar.isSpaceFast, scalar != "(", scalar != "["
    {
      start = previous
      length += 1
    }
    if length == 0 || length >= 12 { return false }  // longer than any abbreviation
    // A single capital is an initial (`G. R. Stark`); `e.g.`/`i.e.` contain their own dots.
    if length == 1, let (letter, _) = text.scalar(at: start), letter.isUppercaseFast { return true }
    let word = text.utf8[start..<offset]
    if word.allSatisfy({ $0 < 0x80 }) {
      return abbreviations.contains(String(decoding: word.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self))
    }
    return abbreviations.contains(String(decoding: word, as: UTF8.self).lowercased())
  }

  /// Sentences may start with a lower-case gene or protein name such as `p53` or `miR-21`.
  private static func isLowercaseGeneName(at offset: Int, in text: MarkedText) -> Bool {
    guard let (first, _) = text.scalar(at: offset), first.isLowercaseFast else { return false }
    var word = String.UnicodeScalarView()
    var position = offset
    while let (scalar, length) = text.scalar(at: position), !scalar.isSpaceFast {
      word.append(scalar)
      position += length
      if word.count > 12 { break }
    }
    let text = String(word)
    return text.contains(where: \.isNumber) || text.hasPrefix("miR") || text.hasPrefix("mRNA")
  }
}
