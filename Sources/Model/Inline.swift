/// A piece of sentence content.
public enum Inline: Hashable, Sendable, Codable {
  case text(String)
  case emphasis([Inline])
  case citation(CitationMarker)

  /// The text a reader sees, without citation markers.
  public var plainText: String {
    switch self {
    case .text(let text): text
    case .emphasis(let inlines): inlines.map(\.plainText).joined()
    case .citation: ""
    }
  }

  /// The citation markers in this inline, in order.
  public var markers: [CitationMarker] {
    switch self {
    case .text: []
    case .emphasis(let inlines): inlines.flatMap(\.markers)
    case .citation(let marker): [marker]
    }
  }

  /// Whether this inline holds a citation marker.
  public var hasMarkers: Bool {
    switch self {
    case .text: false
    case .emphasis(let inlines): inlines.contains(where: \.hasMarkers)
    case .citation: true
    }
  }

  /// Whether a citation marker in this inline satisfies `predicate`.
  func containsMarker(where predicate: (CitationMarker) -> Bool) -> Bool {
    switch self {
    case .text: false
    case .emphasis(let inlines): inlines.contains { $0.containsMarker(where: predicate) }
    case .citation(let marker): predicate(marker)
    }
  }

  /// Appends the citation markers in this inline to `result`, without an array per inline.
  func appendMarkers(to result: inout [CitationMarker]) {
    switch self {
    case .text: return
    case .emphasis(let inlines): for inline in inlines { inline.appendMarkers(to: &result) }
    case .citation(let marker): result.append(marker)
    }
  }

  /// Changes every marker in this inline in place with `transform`, in order.
  mutating func rewriteMarkers(_ transform: (inout CitationMarker) -> Void) {
    switch self {
    case .text: return
    case .emphasis(var inlines):
      self = .text("")  // drops the reference, so that `inlines` is held once
      for index in inlines.indices { inlines[index].rewriteMarkers(transform) }
      self = .emphasis(inlines)
    case .citation(var marker):
      self = .text("")
      transform(&marker)
      self = .citation(marker)
    }
  }

  /// This inline with every marker replaced by `transform(marker)`.
  public func rewritingMarkers(_ transform: (CitationMarker) -> CitationMarker) -> Inline {
    switch self {
    case .text: self
    case .emphasis(let inlines): .emphasis(inlines.map { $0.rewritingMarkers(transform) })
    case .citation(let marker): .citation(transform(marker))
    }
  }
}
