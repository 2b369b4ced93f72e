import Foundation
import Model

/// Files, standard error and exit codes.
enum Output {
  /// Writes `text` to `path` atomically: a temporary file beside it, renamed into place, so a
  /// reader sees the old file or the whole new one, never a part. Not flushed to the disk
  /// (no `fsync`): atomic against a crash of this process, not against a power cut.
  static func write(_ text: String, to path: String) throws {
    try write(ExportText.string(text), to: path)
  }

  /// `write(_:to:)` for an output file's contents.
  static func write(_ text: ExportText, to path: String) throws {
    try createFolder((path as NSString).deletingLastPathComponent)
    try write(text, toPathInExistingFolder: path)
  }

  /// Creates `folder`, and its missing parents, unless it exists.
  static func createFolder(_ folder: String) throws {
    // One `mkdir` call in the usual case (the parent exists); FileManager for deeper paths.
    if !folder.isEmpty, mkdir(folder, 0o755) != 0, errno != EEXIST {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
  }

  /// `write(_:to:)` into a folder that exists (`createFolder(_:)`): a document's files, its
  /// folder made once, not tried again (failing with `EEXIST`) for each file.
  static func write(_ text: ExportText, toPathInExistingFolder path: String) throws {
    let temporary = "\(path).partial-\(processID)"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw CLIError("cannot create \(temporary): \(errorText())") }
    let written = text.withUTF8 { writeAll($0, to: descriptor) }
    let closed = close(descriptor) == 0
    guard written, closed, rename(temporary, path) == 0 else {
      let reason = errorText()
      unlink(temporary)
      throw CLIError("cannot write \(path): \(reason)")
    }
  }

  /// This process's id, asked for once: it names the temporary files.
  private static let processID = getpid()

  /// Writes all of `bytes` to the open file `descriptor`; false on an error (see `errno`).
  static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if count < 0 { if errno == EINTR { continue } else { return false } }
      offset += count
    }
    return true
  }

  private static func errorText() -> String { String(cString: strerror(errno)) }

  static func report(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    let text = diagnostics.map(\.description).joined(separator: "\n") + "\n"
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// One line to standard error.
  static func report(line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  static func printData(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return encoder
  }()

  static func json<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }

  /// Reads a pipeline JSON file, checking its schema version.
  static func readDocument(_ path: String) throws -> Document {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    struct Version: Decodable { var schemaVersion: Int }
    let version = try JSONDecoder().decode(Version.self, from: data).schemaVersion
    guard version == DocumentFile.currentSchemaVersion else {
      throw CLIError(
        "\(path): schema version \(version), this citegraph writes \(DocumentFile.currentSchemaVersion); run `make clean`")
    }
    return try JSONDecoder().decode(DocumentFile.self, from: data).document
  }
}

/// A failure the CLI reports in one line.
struct CLIError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
