import Model

/// Builds the corpus N-Triples from per-document N-Triples, one document at a time, each
/// triple once, without keeping the documents in memory.
///
/// Triples about a document's own parts (subjects under `<base>doc/`) are unique to it, so only
/// the others — works, their authors, entities, which two articles may share — are remembered
/// to drop repeats. Memory grows with the distinct shared nodes, not with the corpus.
public struct CorpusNTriples: Sendable {
  private let documentSubjectPrefix: [UInt8]
  private var sharedLines: Set<BytewiseKey<String>> = []

  /// - Parameter baseIRI: the base the documents were written with.
  public init(baseIRI: RDFBaseIRI = .standard) {
    documentSubjectPrefix = Array("<\(baseIRI.description)doc/".utf8)
  }

  /// The lines of `nTriples` (one document's file) not already added, in order.
  public mutating func newLines(of nTriples: String) -> String {
    var text = nTriples
    return text.withUTF8 { bytes in
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        if end > start {
          let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
          if isShared(line) {
            if sharedLines.insert(BytewiseKey(String(decoding: line, as: UTF8.self))).inserted {
              output.append(contentsOf: line)
              output.append(0x0A)
            }
          } else {
            output.append(contentsOf: line)
            output.append(0x0A)
          }
        }
        start = end + 1
      }
      return String(decoding: output, as: UTF8.self)
    }
  }

  /// Whether a line's subject is outside the document's own parts.
  private func isShared(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    guard line.count >= documentSubjectPrefix.count else { return true }
    for (index, byte) in documentSubjectPrefix.enumerated() where line[index] != byte { return true }
    return false
  }
}
