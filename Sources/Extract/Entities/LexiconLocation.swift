import Foundation

/// Where the lexicon's `terms.tsv` and `entities.tsv` are, found without SwiftPM's
/// `Bundle.module` (which stops the process when its bundle is not where the build left it).
enum LexiconLocation {
  /// Folders tried in order: `$CITEGRAPH_LEXICON`, the resource bundle beside the executable
  /// (how `swift build` lays it out), then the source tree this file was built from.
  static func candidates() -> [URL] {
    var folders: [URL] = []
    if let override = ProcessInfo.processInfo.environment["CITEGRAPH_LEXICON"], !override.isEmpty {
      folders.append(URL(fileURLWithPath: override))
    }
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
      .resolvingSymlinksInPath().deletingLastPathComponent()
    for base in [Bundle.main.bundleURL, executable] {
      folders.append(base.appendingPathComponent("citegraph_Extract.resources/Lexicon"))
    }
    folders.append(
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources/Lexicon"))
    return folders
  }

  /// The first candidate that holds both files.
  static func folder() -> URL? {
    candidates().first { folder in
      FileManager.default.fileExists(atPath: folder.appendingPathComponent("terms.tsv").path)
        && FileManager.default.fileExists(atPath: folder.appendingPathComponent("entities.tsv").path)
    }
  }
}
