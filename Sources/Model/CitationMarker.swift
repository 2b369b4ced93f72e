/// An in-text citation marker as written (`¹²`, `^{15–17}`, `[3-5]`, `Smith et al., 2010`).
public struct CitationMarker: Hashable, Sendable, Codable {
  public var id: MarkerID
  /// Exactly as written in the source.
  public var label: String
  /// The labels it names, ranges expanded (`15–17` → 15, 16, 17).
  public var citedLabels: [String]
  /// The references it points to, once linked (or given by the source, as JATS `rid`s).
  public var targets: [ReferenceID]
  public var position: SourcePosition?

  public init(
    id: MarkerID, label: String, citedLabels: [String] = [], targets: [ReferenceID] = [],
    position: SourcePosition? = nil
  ) {
    self.id = id
    self.label = label
    self.citedLabels = citedLabels
    self.targets = targets
    self.position = position
  }
}
