import Model

/// Why a document could not be read at all. Each message says what, where, and what to do next.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
  case empty(path: String)
  case binary(path: String, line: Int)
  case invalidUTF8(path: String, line: Int)
  case lineTooLong(path: String, line: Int, bytes: Int, limit: Int)
  case noContent(path: String)
  case unreadable(path: String, reason: String)
  case malformedXML(path: String, line: Int, reason: String)
  case notJATS(path: String, root: String)
  case severalArticles(path: String, count: Int)

  /// The file and line the error points at.
  public var position: SourcePosition {
    switch self {
    case .empty(let path), .noContent(let path), .unreadable(let path, _),
      .notJATS(let path, _), .severalArticles(let path, _):
      SourcePosition(file: path, line: 1)
    case .binary(let path, let line), .invalidUTF8(let path, let line),
      .lineTooLong(let path, let line, _, _), .malformedXML(let path, let line, _):
      SourcePosition(file: path, line: line)
    }
  }

  /// A stable code for the diagnostic line.
  public var code: String {
    switch self {
    case .empty: "ingest.empty"
    case .binary: "ingest.binary"
    case .invalidUTF8: "ingest.encoding"
    case .lineTooLong: "ingest.line-too-long"
    case .noContent: "ingest.no-content"
    case .unreadable: "ingest.unreadable"
    case .malformedXML: "ingest.xml.malformed"
    case .notJATS: "ingest.xml.not-jats"
    case .severalArticles: "ingest.xml.several-articles"
    }
  }

  public var description: String {
    switch self {
    case .empty(let path):
      "'\(path)' is empty; nothing to read"
    case .binary(let path, let line):
      "'\(path)' contains NUL bytes at line \(line): it is a binary file, not text; convert it to text or JATS XML first"
    case .invalidUTF8(let path, let line):
      "'\(path)' is not valid UTF-8 at line \(line); re-encode it as UTF-8 (e.g. iconv -f latin1 -t utf-8)"
    case .lineTooLong(let path, let line, let bytes, let limit):
      "'\(path)' line \(line) is \(bytes) bytes long, over the \(limit)-byte limit for a line of article text"
    case .noContent(let path):
      "'\(path)' has no article text (only blank lines or markup)"
    case .unreadable(let path, let reason):
      "'\(path)' cannot be read: \(reason)"
    case .malformedXML(let path, let line, let reason):
      "'\(path)' is not well-formed XML at line \(line): \(reason)"
    case .notJATS(let path, let root):
      "'\(path)' has root <\(root)>, not <article>; it is not JATS (use a .txt rendering instead)"
    case .severalArticles(let path, let count):
      "'\(path)' is a <pmc-articleset> of \(count) articles; citegraph reads one article per file: split it into files of one <article> each"
    }
  }

  /// The error as a diagnostic line.
  public var diagnostic: Diagnostic {
    Diagnostic(.error, code: code, message: description, position: position)
  }
}
