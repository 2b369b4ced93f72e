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
    var output = ""
    output.reserveCapacity(nTriples.utf8.count)
    for bytes in nTriples.utf8.split(separator: UInt8(ascii: "\n")) {
      let line = Substring(bytes)
      if !bytes.starts(with: documentSubjectPrefix) {
        guard sharedLines.insert(BytewiseKey(String(line))).inserted else { continue }
      }
      output += line
      output += "\n"
    }
    return output
  }
}
