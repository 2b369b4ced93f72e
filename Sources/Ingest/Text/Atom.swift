import Model

/// One unit of paragraph content: a character (emphasised or not) or a whole citation marker.
///
/// Paragraphs are scanned into atoms, split into sentences, then regrouped into `Inline`s.
enum Atom: Equatable {
  case character(Character, emphasised: Bool)
  /// Boxed, so that the common case (a character) stays small to copy.
  indirect case marker(CitationMarker)

  var character: Character? {
    if case .character(let character, _) = self { return character }
    return nil
  }

  var isMarker: Bool {
    if case .marker = self { return true }
    return false
  }
}

extension Array where Element == Atom {
  /// Regroups atoms into inlines: runs of plain text, runs of emphasis, markers.
  var inlines: [Inline] {
    var result: [Inline] = []
    var run: [UInt8] = []  // UTF-8, decoded once per run
    var runIsEmphasis = false
    func flush() {
      guard !run.isEmpty else { return }
      let text = String(decoding: run, as: UTF8.self)
      result.append(runIsEmphasis ? .emphasis([.text(text)]) : .text(text))
      run.removeAll(keepingCapacity: true)
    }
    for atom in self {
      switch atom {
      case .character(let character, let emphasised):
        if emphasised != runIsEmphasis { flush() }
        runIsEmphasis = emphasised
        run.append(contentsOf: character.utf8)
      case .marker(let marker):
        flush()
        result.append(.citation(marker))
      }
    }
    flush()
    return result
  }
}
