import Model

/// Splits a paragraph's atoms into sentences.
///
/// A sentence ends at `.`, `?` or `!` (plus closing quotes, brackets and citation markers)
/// followed by white space and a capital letter, a digit, an opening bracket or a narrative
/// citation (`Masselink et al. (2016) found`) — but not after
/// abbreviations (`et al.`, `i.e.`, `vs.`, `Fig.`), initials (`G. R. Stark`) or inside decimals.
enum SentenceSplitter {
  /// The sentences' ranges of atoms, in order; white space between sentences is left out.
  static func split(_ text: AtomText) -> [Range<Int>] {
    text.atoms.withUnsafeBufferPointer { split($0, of: text) }
  }

  /// `split(_:)` over the atoms' storage: the scan of every atom does no bounds checks.
  private static func split(_ atoms: UnsafeBufferPointer<Atom>, of text: AtomText) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < atoms.count {
      let atom = atoms[index]
      guard atom.isScalar(".") || atom.isScalar("?") || atom.isScalar("!") else {
        index += 1
        continue
      }
      let isFullStop = atom.isScalar(".")
      // Extend over closing punctuation and markers that belong to this sentence.
      var end = index + 1
      while end < atoms.count {
        if atoms[end].isMarker {
          end += 1
        } else if let next = atoms[end].scalar, closing.contains(next) {
          end += 1
        } else {
          break
        }
      }
      // There must be white space, then a plausible sentence start.
      var next = end
      while next < atoms.count, atoms[next].isSpace { next += 1 }
      guard next > end, next < atoms.count,
        startsSentence(atoms[next], in: text) || isLowercaseGeneName(atoms, from: next),
        !isFullStop || !isAbbreviation(before: index, in: atoms)
      else {
        index = end
        continue
      }
      sentences.append(start..<end)
      start = next
      index = next
    }
    if start < atoms.count, text.hasContent(start..<atoms.count) {
      sentences.append(start..<atoms.count)
    }
    return sentences
  }

  /// A capital letter, a digit, an opening bracket or quote, or a narrative citation whose
  /// names open the sentence (`regime. Masselink et al. (2016) found …`).
  private static func startsSentence(_ atom: Atom, in text: AtomText) -> Bool {
    if let first = atom.scalar {
      return first.isUppercaseFast || first.isNumberFast || opening.contains(first)
    }
    if let number = atom.markerNumber {
      let marker = text.markers[number]
      return marker.isAuthorYear && marker.label.unicodeScalars.first?.isUppercaseFast == true
    }
    return false
  }

  private static let closing: Set<Unicode.Scalar> = ["\"", "”", "’", "'", ")", "]"]
  private static let opening: Set<Unicode.Scalar> = ["(", "\"", "“", "‘", "["]

  /// Words after which a full stop does not end a sentence.
  static let abbreviations: Set<String> = [
    "al", "e.g", "i.e", "vs", "fig", "figs", "ref", "refs", "dr", "mr", "mrs", "ms", "prof",
    "no", "nos", "approx", "ca", "cf", "eq", "eqs", "st", "vol", "pp", "p", "jr", "sr", "inc",
    "ltd", "co", "corp", "dept", "univ", "resp", "sp", "spp", "var", "subsp", "viz", "etc.",
    "suppl", "tab", "chap", "sec", "ed", "eds", "min", "max", "mol", "wt", "m.p", "b.p",
  ]

  private static func isAbbreviation(before index: Int, in atoms: UnsafeBufferPointer<Atom>) -> Bool {
    var start = index
    while start > 0, let scalar = atoms[start - 1].scalar,
      !scalar.isSpaceFast, scalar != "(", scalar != "[", index - start < 12
    {
      start -= 1
    }
    if start == index { return false }
    if index - start >= 12 { return false }  // longer than any abbreviation
    // A single capital is an initial (`G. R. Stark`); `e.g.`/`i.e.` contain their own dots.
    // (Every atom in `start..<index` is a scalar: the walk back stopped at markers.)
    if index - start == 1, let letter = atoms[start].scalar, letter.isUppercaseFast { return true }
    if let word = asciiLowercased(atoms[start..<index]) { return abbreviations.contains(word) }
    var word = String.UnicodeScalarView()
    for atom in atoms[start..<index] { if let scalar = atom.scalar { word.append(scalar) } }
    return abbreviations.contains(String(word).lowercased())
  }

  /// The scalars of `atoms` (fewer than 16) lower-cased, if all are ASCII: a small String,
  /// made without an allocation.
  private static func asciiLowercased(_ atoms: Slice<UnsafeBufferPointer<Atom>>) -> String? {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: atoms.count) { buffer -> String? in
      for (offset, atom) in atoms.enumerated() {
        guard let scalar = atom.scalar, scalar.isASCII else { return nil }
        let byte = UInt8(truncatingIfNeeded: scalar.value)
        buffer[offset] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
      }
      return String(decoding: buffer, as: UTF8.self)
    }
  }

  /// Sentences may start with a lower-case gene or protein name such as `p53` or `miR-21`.
  private static func isLowercaseGeneName(_ atoms: UnsafeBufferPointer<Atom>, from index: Int) -> Bool {
    guard let first = atoms[index].scalar, first.isLowercaseFast else { return false }
    var word = String.UnicodeScalarView()
    var position = index
    while position < atoms.count, let scalar = atoms[position].scalar, !scalar.isSpaceFast {
      word.append(scalar)
      position += 1
      if word.count > 12 { break }
    }
    let text = String(word)
    return text.contains(where: \.isNumber) || text.hasPrefix("miR") || text.hasPrefix("mRNA")
  }
}
