import Model

/// Gives unnumbered references their list position as label when the text cites by number.
///
/// PDF extraction often loses the numbers of a numbered list (the review's first 14 entries
/// are bullets); the position is then the number the markers use.
enum ReferenceNumbering {
  /// The references of `document`, labelled by position if it cites by number; its markers
  /// are looked at only when a reference has no label.
  static func labelled(_ references: [Reference], in document: Document) -> [Reference] {
    guard references.contains(where: { $0.label == nil }) else { return references }
    let citesByNumber = document.containsMarker { marker in marker.citedLabels.contains(where: isNumber) }
    guard citesByNumber else { return references }
    return references.enumerated().map { index, reference in
      var reference = reference
      if reference.label == nil { reference.label = String(index + 1) }
      return reference
    }
  }

  /// `label.allSatisfy(\.isNumber)`, told on the bytes while they are ASCII: an ASCII byte
  /// that is not a digit starts a `Character` that is not a number.
  static func isNumber(_ label: String) -> Bool {
    for byte in label.utf8 {
      guard byte < 0x80 else { return label.allSatisfy(\.isNumber) }
      guard (0x30...0x39).contains(byte) else { return false }
    }
    return true
  }
}
