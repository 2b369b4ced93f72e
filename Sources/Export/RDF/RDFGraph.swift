/// Triples in the order they were added, each once: the order of the document (article, its
/// reference list, its body), so the files are deterministic and read top to bottom.
///
/// Each triple is written as its N-Triples line as it is added, into one UTF-8 buffer: that
/// buffer is the N-Triples file, the line is what tells a repeat (escaping is one-to-one), and
/// Turtle reads its terms back from where they are in the line.
struct RDFGraph: Sendable {
  /// Where one triple's line and terms are in `nTriples`: `<s> <p> o .\n`.
  struct Triple: Sendable {
    /// The line's first byte, `<`.
    var start: Int
    /// The `>` after the subject.
    var subjectEnd: Int
    /// The `>` after the predicate.
    var predicateEnd: Int
    /// Just after a literal's closing `"`; 0 for an IRI object.
    var literalEnd: Int
    /// Just after the object (its `>` or closing `"`, or the datatype's `>`).
    var objectEnd: Int

    /// The subject IRI's bytes.
    var subject: Range<Int> { (start + 1)..<subjectEnd }
    /// The predicate IRI's bytes.
    var predicate: Range<Int> { (subjectEnd + 3)..<predicateEnd }
    /// The object as written, `<iri>` or `"…"` with its `^^<datatype>`.
    var objectStart: Int { predicateEnd + 2 }
  }

  /// The N-Triples text of the triples: one line each, in order.
  private(set) var nTriples: [UInt8] = []
  private(set) var triples: [Triple] = []
  private var lines: ByteRangeSet

  /// - Parameter capacity: room for this many triples before the first resize.
  init(capacity: Int = 0) {
    triples.reserveCapacity(capacity)
    nTriples.reserveCapacity(capacity * 128)
    lines = ByteRangeSet(capacity: capacity)
  }

  /// Adds `subject predicate object` unless it is already there.
  mutating func add(_ subject: String, _ predicate: String, _ object: RDFTerm) {
    let (start, subjectEnd, predicateEnd) = beginLine(subject, predicate)
    var literalEnd = 0
    switch object {
    case .iri(let iri):
      nTriples.append(UInt8(ascii: "<"))
      nTriples.appendUTF8(iri)
      nTriples.append(UInt8(ascii: ">"))
    case .literal(let text, let datatype):
      LiteralEscaping.appendQuoted(text, to: &nTriples)
      literalEnd = nTriples.count
      if let datatype {
        nTriples.append(UInt8(ascii: "^"))
        nTriples.append(UInt8(ascii: "^"))
        nTriples.append(UInt8(ascii: "<"))
        nTriples.appendUTF8(datatype)
        nTriples.append(UInt8(ascii: ">"))
      }
    }
    endLine(
      Triple(
        start: start, subjectEnd: subjectEnd, predicateEnd: predicateEnd, literalEnd: literalEnd,
        objectEnd: nTriples.count))
  }

  /// Adds a plain string literal given as UTF-8 (valid, as a `String`'s is).
  mutating func add(_ subject: String, _ predicate: String, literalUTF8 text: [UInt8]) {
    let (start, subjectEnd, predicateEnd) = beginLine(subject, predicate)
    text.withUnsafeBufferPointer { LiteralEscaping.appendQuoted($0, to: &nTriples) }
    endLine(
      Triple(
        start: start, subjectEnd: subjectEnd, predicateEnd: predicateEnd,
        literalEnd: nTriples.count, objectEnd: nTriples.count))
  }

  /// Writes `<subject> <predicate> `: where the line starts and the two terms end.
  private mutating func beginLine(_ subject: String, _ predicate: String) -> (Int, Int, Int) {
    let start = nTriples.count
    nTriples.append(UInt8(ascii: "<"))
    nTriples.appendUTF8(subject)
    let subjectEnd = nTriples.count
    nTriples.append(UInt8(ascii: ">"))
    nTriples.append(UInt8(ascii: " "))
    nTriples.append(UInt8(ascii: "<"))
    nTriples.appendUTF8(predicate)
    let predicateEnd = nTriples.count
    nTriples.append(UInt8(ascii: ">"))
    nTriples.append(UInt8(ascii: " "))
    return (start, subjectEnd, predicateEnd)
  }

  /// Ends the line of `triple` with ` .`, kept unless the same line is already there.
  private mutating func endLine(_ triple: Triple) {
    nTriples.append(UInt8(ascii: " "))
    nTriples.append(UInt8(ascii: "."))
    nTriples.append(UInt8(ascii: "\n"))
    let line = triple.start..<triple.objectEnd
    let isNew = nTriples.withUnsafeBufferPointer { lines.insert(line, of: $0).inserted }
    guard isNew else {
      nTriples.removeLast(nTriples.count - triple.start)
      return
    }
    triples.append(triple)
  }

  /// Adds a string literal when `value` is present and not blank.
  mutating func add(_ subject: String, _ predicate: String, text value: String?) {
    guard let value, !value.isBlank else { return }
    add(subject, predicate, .literal(value))
  }

  /// Adds a typed literal when `value` is present and not blank.
  mutating func add(_ subject: String, _ predicate: String, text value: String?, datatype: String)
  {
    guard let value, !value.isBlank else { return }
    add(subject, predicate, .literal(value, datatype: datatype))
  }
}

extension String {
  /// Whether every character is whitespace (an empty string is blank).
  fileprivate var isBlank: Bool {
    // A printable ASCII byte other than space is a non-whitespace character, or part of one
    // (a character is whitespace by its first scalar, which is then not whitespace either).
    if utf8.contains(where: { (0x21...0x7E).contains($0) }) { return false }
    return !contains(where: { !$0.isWhitespace })
  }
}

extension [UInt8] {
  /// Appends the UTF-8 of `text`, copied at once when it is contiguous (native strings are).
  mutating func appendUTF8(_ text: some StringProtocol) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable { append(contentsOf: $0) }
    if copied == nil { append(contentsOf: text.utf8) }
  }
}
