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

extension CitationMarker {
  /// Whether the marker names authors or a year (`Smith et al., 2010`, `Townes (1969)`, `1996`
  /// in "(Wynn-Williams, 1996)"): words of the sentence, where a number (`12`, `[3–5]`) is not.
  public var isAuthorYear: Bool {
    var letters = 0
    // The runs of digits: how many, and the value and length of the first (the only one that
    // can be a year).
    var runs = 0
    var value = 0
    var length = 0
    var inRun = false
    for scalar in label.unicodeScalars {
      if (0x30...0x39).contains(scalar.value) {
        if !inRun { runs += 1 }
        inRun = true
        if runs == 1 {
          value = value * 10 + Int(scalar.value - 0x30)
          length += 1
        }
      } else {
        inRun = false
        // ASCII letters are the only alphabetic ASCII scalars: no property lookup for them.
        let isLetter = scalar.isASCII
          ? (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
          : scalar.properties.isAlphabetic
        if isLetter {
          letters += 1
          if letters >= 2 { return true }
        }
      }
    }
    // One number that is a year (`1996`, `2010a`); `^{15–17}` holds two numbers.
    return runs == 1 && length == 4 && (1500...2099).contains(value)
  }
}
