import Foundation

/// `run --incremental`: a document whose every output file is newer than both its input and
/// the `citegraph` executable is not processed again.
struct UpToDate: Sendable {
  /// Modification time of the running executable (`/proc/self/exe`), when it can be read:
  /// a rebuilt citegraph redoes every document.
  private let executableTime: Date?

  init() {
    let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments.first
    executableTime = executable.flatMap(Self.modificationTime)
  }

  /// Whether every file of `names` in `folder` is newer than `input` (and the executable).
  func isUpToDate(_ input: String, outputs names: [String], in folder: String) -> Bool {
    guard !names.isEmpty, let source = Self.modificationTime(input) else { return false }
    let newest = max(source, executableTime ?? source)
    return names.allSatisfy { name in
      Self.modificationTime("\(folder)/\(name)").map { $0 > newest } ?? false
    }
  }

  private static func modificationTime(_ path: String) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
  }
}
