import Foundation
import Testing

/// Finds test fixtures under `Tests/Fixtures`, from this file's own path.
public enum Fixtures {
  /// `Tests/Fixtures`.
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// The repository's root folder.
  public static let repositoryRoot: URL = root.deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `../shared` beside the repository, if present.
  public static var shared: URL? {
    let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// The bytes of `Tests/Fixtures/<relativePath>`.
  public static func bytes(_ relativePath: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: root.appendingPathComponent(relativePath)))
  }

  /// The text of `Tests/Fixtures/<relativePath>`.
  public static func text(_ relativePath: String) throws -> String {
    String(decoding: try bytes(relativePath), as: UTF8.self)
  }

  /// File names in `Tests/Fixtures/<folder>` ending in `.<ext>`, sorted.
  public static func names(in folder: String, withExtension ext: String) throws -> [String] {
    let url = root.appendingPathComponent(folder)
    return try FileManager.default.contentsOfDirectory(atPath: url.path)
      .filter { $0.hasSuffix(".\(ext)") }.sorted()
  }
}

/// Compares `actual` with `Tests/Fixtures/golden/<name>`; with `RECORD_GOLDENS=1` rewrites it
/// and records a test failure so a recording run never passes by accident.
public func expectGolden(
  _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let url = Fixtures.root.appendingPathComponent("golden").appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(actual.utf8).write(to: url, options: .atomic)
    Issue.record("recorded golden \(name); rerun without RECORD_GOLDENS", sourceLocation: sourceLocation)
    return
  }
  guard let data = FileManager.default.contents(atPath: url.path) else {
    Issue.record("missing golden \(name); run `make goldens`", sourceLocation: sourceLocation)
    return
  }
  let expected = String(decoding: data, as: UTF8.self)
  if expected != actual {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let firstDifference = zip(expectedLines, actualLines).enumerated()
      .first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
    let expectedLine = firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<end>"
    let actualLine = firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<end>"
    Issue.record(
      "golden \(name) differs at line \(firstDifference + 1):\n- \(expectedLine)\n+ \(actualLine)\n(run `make goldens` if intended)",
      sourceLocation: sourceLocation)
  }
}

/// Runs a program found on PATH; returns its exit status and combined output.
public func runTool(_ name: String, _ arguments: [String], in directory: URL) throws
  -> (status: Int32, output: String)
{
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = [name] + arguments
  process.currentDirectoryURL = directory
  let pipe = Pipe()
  process.standardOutput = pipe
  process.standardError = pipe
  process.standardInput = FileHandle.nullDevice
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Whether a program is on PATH.
public func toolExists(_ name: String) -> Bool {
  let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
  return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
}

/// A new, empty folder under the system's temporary folder; the caller removes it.
public func temporaryFolder(prefix: String = "citegraph-test") throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
