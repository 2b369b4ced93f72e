import Foundation

/// A file's bytes, read with `open`/`fstat`/`read`: no URL, no `Data` copied into an array.
enum FileBytes {
  /// The contents of the regular file at `path`.
  ///
  /// - Throws: the system's reason (`No such file or directory`, `Permission denied`).
  static func read(_ path: String) throws(FileBytesError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FileBytesError(reason: reason()) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw FileBytesError(reason: reason()) }
    guard (status.st_mode & S_IFMT) == S_IFREG else { throw FileBytesError(reason: "not a regular file") }
    var bytes: [UInt8] = []
    // The size fstat gives, then more if the file grew meanwhile, until read says the end.
    var chunk = max(Int(status.st_size), 0) + 1
    while true {
      var count = 0
      var failed = false
      let start = bytes.count
      bytes.append(contentsOf: repeatElement(0, count: chunk))
      bytes.withUnsafeMutableBufferPointer { buffer in
        while count < chunk {
          let got = Foundation.read(descriptor, buffer.baseAddress! + start + count, chunk - count)
          if got < 0, errno == EINTR { continue }
          if got <= 0 {
            failed = got < 0
            break
          }
          count += got
        }
      }
      if failed { throw FileBytesError(reason: reason()) }
      bytes.removeLast(chunk - count)
      if count < chunk { return bytes }
      chunk = 65536
    }
  }

  private static func reason() -> String { String(cString: strerror(errno)) }
}

/// Why a file could not be read.
struct FileBytesError: Error {
  var reason: String
}
