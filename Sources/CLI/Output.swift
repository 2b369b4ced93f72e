import Foundation
import Model

/// Files, standard error and exit codes.
enum Output {
  /// Writes `text` to `path` atomically (a temporary file renamed into place).
  static func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url, options: .atomic)
  }

  static func report(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    let text = diagnostics.map(\.description).joined(separator: "\n") + "\n"
    FileHandle.standardError.write(Data(text.utf8))
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
