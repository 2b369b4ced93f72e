import Export
import Foundation

/// `DIR/corpus.nt`, written as documents finish and renamed into place at the end, so a run
/// that stops early never leaves a half-written corpus file.
struct CorpusFile {
  private let path: String
  private let temporaryPath: String
  private let handle: FileHandle
  private var lines: CorpusNTriples

  init(path: String, baseIRI: RDFBaseIRI) throws {
    self.path = path
    temporaryPath = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    guard FileManager.default.createFile(atPath: temporaryPath, contents: nil) else {
      throw CLIError("cannot create \(temporaryPath)")
    }
    guard let handle = FileHandle(forWritingAtPath: temporaryPath) else {
      throw CLIError("cannot open \(temporaryPath) for writing")
    }
    self.handle = handle
    lines = CorpusNTriples(baseIRI: baseIRI)
  }

  /// Adds one document's N-Triples.
  mutating func append(_ nTriples: String) throws {
    try handle.write(contentsOf: Data(lines.newLines(of: nTriples).utf8))
  }

  /// Closes the file and moves it into place.
  func finish() throws {
    try handle.close()
    guard rename(temporaryPath, path) == 0 else {
      throw CLIError("cannot move \(temporaryPath) to \(path): errno \(errno)")
    }
  }
}
