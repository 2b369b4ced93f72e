#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Model

/// Builds the corpus N-Triples from per-document N-Triples, one document at a time, each
/// triple once, without keeping the documents in memory.
///
/// Triples about a document's own parts (subjects under `<base>doc/`) are unique to it, so only
/// the others — works, their authors, entities, which two articles may share — are remembered
/// to drop repeats. Memory grows with the distinct shared nodes, not with the corpus.
public struct CorpusNTriples: Sendable {
  private let documentSubjectPrefix: [UInt8]
  /// The shared lines seen so far, one after another, and where each is.
  private var sharedBytes: [UInt8] = []
  private var sharedLines = ByteRangeSet()

  /// - Parameter baseIRI: the base the documents were written with.
  public init(baseIRI: RDFBaseIRI = .standard) {
    documentSubjectPrefix = Array("<\(baseIRI.description)doc/".utf8)
  }

  /// The lines of `nTriples` (one document's file) not already added, in order.
  public mutating func newLines(of nTriples: String) -> String {
    var output: [UInt8] = []
    appendNewLines(of: nTriples, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// `newLines(of:)` as UTF-8, appended to `output`.
  public mutating func appendNewLines(of nTriples: String, to output: inout [UInt8]) {
    var text = nTriples
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      output.reserveCapacity(output.count + bytes.count)
      var start = 0
      while start < bytes.count {
        let end = memchr(base + start, 0x0A, bytes.count - start)
          .map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) - base } ?? bytes.count
        if end > start {
          let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
          if !isShared(line) || isNewSharedLine(line) {
            output.append(contentsOf: line)
            output.append(0x0A)
          }
        }
        start = end + 1
      }
    }
  }

  /// Remembers a shared line; whether it was not seen before.
  private mutating func isNewSharedLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = sharedBytes.count
    sharedBytes.append(contentsOf: line)
    let range = start..<sharedBytes.count
    let isNew = sharedBytes.withUnsafeBufferPointer { sharedLines.insert(range, of: $0).inserted }
    if !isNew { sharedBytes.removeLast(line.count) }
    return isNew
  }

  /// Whether a line's subject is outside the document's own parts.
  private func isShared(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = documentSubjectPrefix.count
    guard line.count >= count else { return true }
    return documentSubjectPrefix.withUnsafeBufferPointer {
      memcmp(line.baseAddress!, $0.baseAddress!, count) != 0
    }
  }
}
