/// Something a stage reports and continues past: an unresolved marker, a partly parsed reference.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
  public enum Severity: String, Hashable, Sendable, Codable {
    case error, warning, note
  }

  public var severity: Severity
  /// A stable code such as `extract.citation.unresolved`.
  public var code: String
  public var message: String
  public var position: SourcePosition?

  public init(
    _ severity: Severity, code: String, message: String, position: SourcePosition? = nil
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.position = position
  }

  /// `file:line: warning: message [code]`, the form compilers and editors understand.
  public var description: String {
    let place = position.map { "\($0): " } ?? ""
    return "\(place)\(severity.rawValue): \(message) [\(code)]"
  }
}
