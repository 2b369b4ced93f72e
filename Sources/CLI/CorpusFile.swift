import Export
import Foundation

/// `DIR/corpus.nt`, written as documents finish and renamed into place at the end, so a run
/// that stops early never leaves a half-written corpus file.
struct CorpusFile {
  private let path: String
  private let temporaryPath: String
  private let descriptor: Int32
  private var lines: CorpusNTriples
  /// One document's new lines, reused from one document to the next.
  private var buffer: [UInt8] = []

  init(path: String, baseIRI: RDFBaseIRI) throws {
    self.path = path
    temporaryPath = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw CLIError("cannot create \(temporaryPath)") }
    lines = CorpusNTriples(baseIRI: baseIRI)
  }

  /// Adds one document's N-Triples.
  mutating func append(_ nTriples: String) throws {
    buffer.removeAll(keepingCapacity: true)
    lines.appendNewLines(of: nTriples, to: &buffer)
    let written = buffer.withUnsafeBufferPointer { Output.writeAll($0, to: descriptor) }
    guard written else { throw CLIError("cannot write \(temporaryPath): errno \(errno)") }
  }

  /// Closes the file and moves it into place.
  func finish() throws {
    guard close(descriptor) == 0 else {
      throw CLIError("cannot close \(temporaryPath): errno \(errno)")
    }
    guard rename(temporaryPath, path) == 0 else {
      throw CLIError("cannot move \(temporaryPath) to \(path): errno \(errno)")
    }
  }
}
