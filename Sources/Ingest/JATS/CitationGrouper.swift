import Model

/// Merges the `<xref>` markers that a reader sees as one citation — `[1, 2]`,
/// `4–6` written as two xrefs joined by a dash, `(Smith et al., 2010; Lee, 2011)` — into one
/// marker, expanding dash ranges through the reference list order.
struct CitationGrouper {
  /// Reference ids in list order.
  var order: [ReferenceID]
  private var position: [ReferenceID: Int] = [:]

  init(order: [ReferenceID]) {
    self.order = order
    for (index, id) in order.enumerated() where position[id] == nil { position[id] = index }
  }

  func group(_ text: MarkedText) -> MarkedText {
    guard !text.markers.isEmpty else { return text }
    var output = MarkedText()
    output.reserveCapacity(text.count)
    var index = 0
    var number = 0  // of the next marker in `text`
    while index < text.count {
      guard text.isMarker(at: index) else {
        // A run of text up to the next marker, copied at once.
        let end = number < text.markerOffsets.count ? text.markerOffsets[number] : text.count
        output.append(index..<end, of: text)
        index = end
        continue
      }
      // Collect markers joined only by separators, merged into the first as they come: most
      // groups are one marker, which is then appended as it is.
      var merged = expandedWithinXref(text.markers[number])
      number += 1
      var end = index + 1
      while true {
        // The separator is the bytes from `end` to `probe`: up to six scalars.
        var probe = end
        var length = 0
        var hasDash = false
        var isSpaceOnly = true
        while let (scalar, width) = text.scalar(at: probe), Self.separatorScalars.contains(scalar),
          length < 6
        {
          hasDash = hasDash || Self.dashes.contains(scalar)
          isSpaceOnly = isSpaceOnly && scalar.isSpaceFast
          length += 1
          probe += width
        }
        guard probe < text.count, text.isMarker(at: probe), length == 0 || !isSpaceOnly
        else { break }
        let member = expandedWithinXref(text.markers[number])
        number += 1
        merged.label += String(decoding: text.utf8[end..<probe], as: UTF8.self)
        merged.label += member.label
        if hasDash,
          let from = merged.targets.last.flatMap({ position[$0] }),
          let to = member.targets.first.flatMap({ position[$0] }), to > from + 1, to - from <= 300
        {
          let between = order[(from + 1)..<to]
          merged.targets += between
          merged.citedLabels += between.map(\.rawValue)
        }
        merged.targets += member.targets
        merged.citedLabels += member.citedLabels
        end = probe + 1
      }
      // Enclosing brackets or parentheses belong to the citation.
      if let last = output.lastScalar, let (after, _) = text.scalar(at: end),
        (last == "[" && after == "]") || (last == "(" && after == ")")
      {
        output.removeLastScalar()
        var label = String(last)
        label += merged.label
        label.unicodeScalars.append(after)
        merged.label = label
        end += 1
      }
      output.append(merged)
      index = end
    }
    return output
  }

  private static let separatorScalars: Set<Unicode.Scalar> = [
    ",", ";", "–", "-", "—", "‐", "‑", "−", " ", "\u{2009}", "\u{00A0}",
  ]
  private static let dashes: Set<Unicode.Scalar> = ["–", "-", "—", "‐", "‑", "−"]

  /// `<xref rid="B4">4–6</xref>`: one rid, a range in the text: the references from B4 on.
  private func expandedWithinXref(_ marker: CitationMarker) -> CitationMarker {
    // A label of digits alone names one number: nothing to expand.
    guard marker.targets.count == 1, !marker.label.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
      let start = marker.targets.first.flatMap({ position[$0] }),
      let numbers = NumberList.expand(marker.label), numbers.count > 1,
      start + numbers.count <= order.count
    else { return marker }
    var expanded = marker
    expanded.targets = Array(order[start..<(start + numbers.count)])
    return expanded
  }
}
