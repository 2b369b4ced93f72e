/// A link from one citation marker to one reference it points to.
public struct Citation: Hashable, Sendable, Codable {
  /// How the link was made.
  public enum Method: String, Hashable, Sendable, Codable {
    /// The source named the target (JATS `rid`).
    case explicitLink
    /// A number in the marker matched a reference's label.
    case numberedLabel
    /// Author and year in the marker matched a reference.
    case authorYear
  }

  public var marker: MarkerID
  public var reference: ReferenceID
  public var method: Method

  public init(marker: MarkerID, reference: ReferenceID, method: Method) {
    self.marker = marker
    self.reference = reference
    self.method = method
  }
}
