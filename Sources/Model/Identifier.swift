/// A typed identifier: a `ReferenceID` cannot be passed where a `SentenceID` is expected.
public struct Identifier<Subject>: RawRepresentable, Hashable, Sendable, Codable, Comparable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public var description: String { rawValue }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
  /// Orders by the trailing number first (`r2` before `r10`), then by the raw text.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    let l = lhs.rawValue.trailingNumber, r = rhs.rawValue.trailingNumber
    if l != r { return l < r }
    return lhs.rawValue < rhs.rawValue
  }
}

public typealias ReferenceID = Identifier<Reference>
public typealias SentenceID = Identifier<Sentence>
public typealias MarkerID = Identifier<CitationMarker>

extension String {
  fileprivate var trailingNumber: Int {
    Int(String(reversed().prefix { $0.isASCII && $0.isNumber }.reversed())) ?? 0
  }
}
