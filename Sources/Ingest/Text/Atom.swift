import Model

/// One unit of paragraph content: a Unicode scalar (emphasised or not) or a citation marker,
/// by its index in the paragraph's `AtomText.markers`.
///
/// A plain value of eight bytes: arrays of atoms copy without reference counting.
enum Atom: Equatable {
  case scalar(Unicode.Scalar, emphasised: Bool)
  case marker(Int32)

  static let space = Atom.scalar(" ", emphasised: false)

  var scalar: Unicode.Scalar? {
    if case .scalar(let scalar, _) = self { return scalar }
    return nil
  }

  var isMarker: Bool {
    if case .marker = self { return true }
    return false
  }

  /// White space (a marker is not).
  var isSpace: Bool { scalar?.isSpaceFast ?? false }
}

/// A paragraph's content, scanned into atoms before it is split into sentences and regrouped
/// into `Inline`s.
struct AtomText {
  private(set) var atoms: [Atom] = []
  private(set) var markers: [CitationMarker] = []

  init() {}

  var count: Int { atoms.count }
  var isEmpty: Bool { atoms.isEmpty }
  subscript(index: Int) -> Atom { atoms[index] }

  mutating func reserveCapacity(_ count: Int) { atoms.reserveCapacity(count) }

  mutating func append(_ scalar: Unicode.Scalar, emphasised: Bool) {
    atoms.append(.scalar(scalar, emphasised: emphasised))
  }

  /// Every scalar of `character`.
  mutating func append(scalarsOf character: Character, emphasised: Bool) {
    for scalar in character.unicodeScalars { atoms.append(.scalar(scalar, emphasised: emphasised)) }
  }

  mutating func append(_ marker: CitationMarker) {
    atoms.append(.marker(Int32(markers.count)))
    markers.append(marker)
  }

  mutating func removeLast() { atoms.removeLast() }

  func marker(at index: Int) -> CitationMarker? {
    if case .marker(let number) = atoms[index] { return markers[Int(number)] }
    return nil
  }

  /// The range without leading and trailing white space.
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, atoms[lower].isSpace { lower += 1 }
    while upper > lower, atoms[upper - 1].isSpace { upper -= 1 }
    return lower..<upper
  }

  /// Whether the range holds a marker or a scalar that is not white space.
  func hasContent(_ range: Range<Int>) -> Bool {
    atoms[range].contains { !$0.isSpace }
  }

  /// The atoms in `range` regrouped into inlines: runs of plain text, runs of emphasis, markers.
  func inlines(_ range: Range<Int>) -> [Inline] {
    var result: [Inline] = []
    var run: [UInt8] = []  // UTF-8, decoded once per run
    run.reserveCapacity(range.count)
    var runIsEmphasis = false
    func flush() {
      guard !run.isEmpty else { return }
      let text = String(decoding: run, as: UTF8.self)
      result.append(runIsEmphasis ? .emphasis([.text(text)]) : .text(text))
      run.removeAll(keepingCapacity: true)
    }
    for atom in atoms[range] {
      switch atom {
      case .scalar(let scalar, let emphasised):
        if emphasised != runIsEmphasis { flush() }
        runIsEmphasis = emphasised
        if scalar.isASCII {
          run.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
          UTF8.encode(scalar) { run.append($0) }
        }
      case .marker(let number):
        flush()
        result.append(.citation(markers[Int(number)]))
      }
    }
    flush()
    return result
  }
}
