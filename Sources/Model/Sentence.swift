/// One sentence of body text.
public struct Sentence: Hashable, Sendable, Codable {
  public var id: SentenceID
  public var content: [Inline]
  public var position: SourcePosition?

  public init(id: SentenceID, content: [Inline], position: SourcePosition? = nil) {
    self.id = id
    self.content = content
    self.position = position
  }

  /// The sentence as a reader sees it, spaces tidied: numbered citation markers (`¹²`, `[3–5]`)
  /// removed, author–year ones kept as printed ("as Townes (1969) did", "(Smith et al.,
  /// 2010)"), for their names are words of the sentence.
  public var plainText: String { plainTextAndCitationSpans.text }

  /// `plainText`, and the UTF-8 byte ranges in it that author–year citations take (so that a
  /// reader of the text, such as the entity tagger, can leave them out).
  public var plainTextAndCitationSpans: (text: String, citationSpans: [Range<Int>]) {
    let (utf8, spans) = plainTextUTF8AndCitationSpans
    return (String(decoding: utf8, as: UTF8.self), spans)
  }

  /// `plainText` as UTF-8, for a writer that copies it as bytes.
  public var plainTextUTF8: [UInt8] { plainTextUTF8AndCitationSpans.utf8 }

  /// `plainTextAndCitationSpans` with the text as UTF-8, for a reader of bytes (the entity
  /// tagger): no String is made and copied back.
  public var plainTextUTF8AndCitationSpans: (utf8: [UInt8], citationSpans: [Range<Int>]) {
    // UTF-8 bytes, not a scalar view: the appends are plain byte copies. While `lastWasSpace`
    // holds and the buffer is not empty, its last byte is the one space appended.
    var result: [UInt8] = []
    result.reserveCapacity(64)
    var lastWasSpace = true
    var spans: [Range<Int>] = []
    for inline in content {
      Self.appendPlainText(of: inline, to: &result, lastWasSpace: &lastWasSpace, spans: &spans)
    }
    if result.last == 0x20 { result.removeLast() }
    if !spans.isEmpty { spans = spans.map { $0.clamped(to: 0..<result.count) }.filter { !$0.isEmpty } }
    return (result, spans)
  }

  private static func appendPlainText(
    of inline: Inline, to result: inout [UInt8], lastWasSpace: inout Bool, spans: inout [Range<Int>]
  ) {
    switch inline {
    case .citation(let marker):
      guard marker.isAuthorYear else { return }
      var label = Substring(marker.label)
      // A narrative citation the text path found (`Hu et al. (2002)`) follows its names, which
      // the text holds already: only `(2002)` is added.
      if let paren = label.firstIndex(of: "("), paren > label.startIndex, label.hasSuffix(")"),
        label[label.index(before: paren)] == " "
      {
        let names = Array(label[..<label.index(before: paren)].utf8)
        let written = result.last == 0x20 ? result.dropLast() : result[...]
        if written.count >= names.count, written.suffix(names.count).elementsEqual(names) {
          label = label[paren...]
        }
      }
      let start = result.count
      appendPlainText(of: .text(String(label)), to: &result, lastWasSpace: &lastWasSpace, spans: &spans)
      spans.append(min(start, result.count)..<result.count)
    case .emphasis(let inlines):
      for inner in inlines {
        appendPlainText(of: inner, to: &result, lastWasSpace: &lastWasSpace, spans: &spans)
      }
    case .text(let text):
      var text = text
      text.withUTF8 { appendCollapsed($0, to: &result, lastWasSpace: &lastWasSpace) }
    }
  }

  /// Appends `utf8` with each run of white space as one space (none at the start), and no
  /// space kept before `.`, `,`, `;`, `:` or `)`; runs between white space are copied whole.
  private static func appendCollapsed(
    _ utf8: UnsafeBufferPointer<UInt8>, to result: inout [UInt8], lastWasSpace: inout Bool
  ) {
    var index = 0
    while index < utf8.count {
      let spaceLength = whiteSpaceLength(utf8, at: index)
      if spaceLength > 0 {
        if !lastWasSpace { result.append(0x20) }
        lastWasSpace = true
        index += spaceLength
        continue
      }
      let start = index
      if lastWasSpace, !result.isEmpty, takesNoSpaceBefore(utf8[start]) { result.removeLast() }
      index += 1
      while index < utf8.count {
        // Printable ASCII (`!`…`~`, DEL), most of a sentence, is tested with one comparison.
        if utf8[index] &- 0x21 < 0x5F || whiteSpaceLength(utf8, at: index) == 0 {
          index += 1
          continue
        }
        // A single space before a word that keeps it stays as it is: the run goes on through
        // it, and a sentence is copied in a few appends, not one a word.
        guard utf8[index] == 0x20, index + 1 < utf8.count,
          whiteSpaceLength(utf8, at: index + 1) == 0, !takesNoSpaceBefore(utf8[index + 1])
        else { break }
        index += 2
      }
      result.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
      lastWasSpace = false
    }
  }

  /// `.`, `,`, `;`, `:` or `)`, before which no space is kept.
  @inline(__always)
  private static func takesNoSpaceBefore(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
      UInt8(ascii: ")"):
      true
    default: false
    }
  }

  /// The length of the white-space scalar (`Unicode.Scalar.isSpaceFast`) starting at `index`;
  /// 0 for any other byte. Only these lead bytes start a non-ASCII white-space scalar: C2
  /// (U+0085, U+00A0), E1 (U+1680), E2 (U+2000–U+205F), E3 (U+3000).
  @inline(__always)
  private static func whiteSpaceLength(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let lead = utf8[index]
    if lead < 0x80 { return lead == 0x20 || (0x09...0x0D).contains(lead) ? 1 : 0 }
    guard lead == 0xC2 || (0xE1...0xE3).contains(lead) else { return 0 }
    let length = lead == 0xC2 ? 2 : 3
    guard index + length <= utf8.count else { return 0 }
    var value = UInt32(lead) & (length == 2 ? 0x1F : 0x0F)
    for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
    guard let scalar = Unicode.Scalar(value), scalar.isSpaceFast else { return 0 }
    return length
  }

  /// Changes the citation markers in place with `transform`, in order.
  mutating func rewriteMarkers(_ transform: (inout CitationMarker) -> Void) {
    for index in content.indices where content[index].hasMarkers {
      content[index].rewriteMarkers(transform)
    }
  }

  /// Whether the sentence holds a citation marker.
  ///
  /// The inlines are read through the buffer, where they lie: iterating the array would copy
  /// each one.
  public var hasMarkers: Bool {
    content.withUnsafeBufferPointer { content in
      content.indices.contains { content[$0].hasMarkers }
    }
  }

  /// The citation markers in the sentence, in order.
  public var markers: [CitationMarker] {
    var result: [CitationMarker] = []
    for inline in content { inline.appendMarkers(to: &result) }
    return result
  }
}

/// A paragraph: a run of sentences.
public struct Paragraph: Hashable, Sendable, Codable {
  public var sentences: [Sentence]
  /// A figure's or table's caption: the article's own text wherever the figure is placed,
  /// even inside its methods.
  public var isCaption: Bool

  public init(sentences: [Sentence], isCaption: Bool = false) {
    self.sentences = sentences
    self.isCaption = isCaption
  }

  private enum CodingKeys: String, CodingKey { case sentences, isCaption }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    sentences = try container.decode([Sentence].self, forKey: .sentences)
    isCaption = try container.decodeIfPresent(Bool.self, forKey: .isCaption) ?? false
  }

  /// `isCaption` is written only when true.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(sentences, forKey: .sentences)
    if isCaption { try container.encode(true, forKey: .isCaption) }
  }
}

/// A section of the body, with its heading, paragraphs and subsections.
public struct Section: Hashable, Sendable, Codable {
  public var title: String?
  /// Methods or back matter; nil for the article's own text (subsections inherit it).
  public var role: SectionRole?
  public var paragraphs: [Paragraph]
  public var subsections: [Section]

  public init(
    title: String?, role: SectionRole? = nil, paragraphs: [Paragraph] = [], subsections: [Section] = []
  ) {
    self.title = title
    self.role = role
    self.paragraphs = paragraphs
    self.subsections = subsections
  }
}
