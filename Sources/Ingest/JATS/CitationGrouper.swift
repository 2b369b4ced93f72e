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

  func group(_ atoms: [Atom]) -> [Atom] {
    var output: [Atom] = []
    output.reserveCapacity(atoms.count)
    var index = 0
    while index < atoms.count {
      guard case .marker(let first) = atoms[index] else {
        output.append(atoms[index])
        index += 1
        continue
      }
      // Collect markers joined only by separators.
      var members: [CitationMarker] = [expandedWithinXref(first)]
      var separators: [String] = []
      var end = index + 1
      while true {
        var probe = end
        var separator = ""
        while probe < atoms.count, let character = atoms[probe].character,
          Self.separatorCharacters.contains(character), separator.count < 6
        {
          separator.append(character)
          probe += 1
        }
        guard probe < atoms.count, case .marker(let next) = atoms[probe],
          separator.contains(where: { !$0.isWhitespace }) || separator.isEmpty
        else { break }
        members.append(expandedWithinXref(next))
        separators.append(separator)
        end = probe + 1
      }
      // Enclosing brackets or parentheses belong to the citation.
      var opening = ""
      var closing = ""
      if let last = output.last?.character, let after = end < atoms.count ? atoms[end].character : nil,
        (last == "[" && after == "]") || (last == "(" && after == ")")
      {
        output.removeLast()
        opening = String(last)
        closing = String(after)
        end += 1
      }
      var label = opening
      var targets: [ReferenceID] = members[0].targets
      var cited: [String] = members[0].citedLabels
      label += members[0].label
      for (separator, member) in zip(separators, members.dropFirst()) {
        label += separator + member.label
        if separator.contains(where: { "–-—‐‑−".contains($0) }),
          let from = targets.last.flatMap({ position[$0] }),
          let to = member.targets.first.flatMap({ position[$0] }), to > from + 1, to - from <= 300
        {
          let between = order[(from + 1)..<to]
          targets += between
          cited += between.map(\.rawValue)
        }
        targets += member.targets
        cited += member.citedLabels
      }
      label += closing
      var merged = members[0]
      merged.label = label
      merged.targets = targets
      merged.citedLabels = cited
      output.append(.marker(merged))
      index = end
    }
    return output
  }

  static let separatorCharacters: Set<Character> = [
    ",", ";", "–", "-", "—", "‐", "‑", "−", " ", "\u{2009}", "\u{00A0}",
  ]

  /// `<xref rid="B4">4–6</xref>`: one rid, a range in the text: the references from B4 on.
  private func expandedWithinXref(_ marker: CitationMarker) -> CitationMarker {
    guard marker.targets.count == 1, let start = marker.targets.first.flatMap({ position[$0] }),
      let numbers = NumberList.expand(marker.label), numbers.count > 1,
      start + numbers.count <= order.count
    else { return marker }
    var expanded = marker
    expanded.targets = Array(order[start..<(start + numbers.count)])
    return expanded
  }
}
