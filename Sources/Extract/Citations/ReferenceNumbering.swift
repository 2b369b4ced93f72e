import Model

/// Gives unnumbered references their list position as label when the text cites by number.
///
/// PDF extraction often loses the numbers of a numbered list (the review's first 14 entries
/// are bullets); the position is then the number the markers use.
enum ReferenceNumbering {
  /// The markers are gathered (`markers()`) only when a reference has no label.
  static func labelled(_ references: [Reference], markers: () -> [CitationMarker]) -> [Reference] {
    guard references.contains(where: { $0.label == nil }) else { return references }
    let citesByNumber = markers().contains { marker in
      marker.citedLabels.contains { $0.allSatisfy(\.isNumber) }
    }
    guard citesByNumber else { return references }
    return references.enumerated().map { index, reference in
      var reference = reference
      if reference.label == nil { reference.label = String(index + 1) }
      return reference
    }
  }
}
