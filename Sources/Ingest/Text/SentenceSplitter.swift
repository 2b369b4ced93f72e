import Model

/// Splits a paragraph's atoms into sentences.
///
/// A sentence ends at `.`, `?` or `!` (plus closing quotes, brackets and citation markers)
/// followed by white space and a capital letter, a digit or an opening bracket — but not after
/// abbreviations (`et al.`, `i.e.`, `vs.`, `Fig.`), initials (`G. R. Stark`) or inside decimals.
enum SentenceSplitter {
  static func split(_ atoms: [Atom]) -> [[Atom]] {
    var sentences: [[Atom]] = []
    var start = 0
    var index = 0
    while index < atoms.count {
      guard let character = atoms[index].character,
        character == "." || character == "?" || character == "!"
      else {
        index += 1
        continue
      }
      // Extend over closing punctuation and markers that belong to this sentence.
      var end = index + 1
      while end < atoms.count {
        if atoms[end].isMarker {
          end += 1
        } else if let next = atoms[end].character, "\"”’')]".contains(next) {
          end += 1
        } else {
          break
        }
      }
      // There must be white space, then a plausible sentence start.
      var next = end
      while next < atoms.count, atoms[next].character?.isSpaceFast == true { next += 1 }
      guard next > end, next < atoms.count, let first = atoms[next].character,
        first.isUppercaseFast || first.isNumberFast || "(\"“‘[".contains(first)
          || isLowercaseGeneName(atoms, from: next),
        character != "." || !isAbbreviation(before: index, in: atoms)
      else {
        index = end
        continue
      }
      sentences.append(Array(atoms[start..<end]))
      start = next
      index = next
    }
    if start < atoms.count {
      let rest = Array(atoms[start...])
      if rest.contains(where: { $0.character.map { !$0.isWhitespace } ?? true }) {
        sentences.append(rest)
      }
    }
    return sentences
  }

  /// Words after which a full stop does not end a sentence.
  static let abbreviations: Set<String> = [
    "al", "e.g", "i.e", "vs", "fig", "figs", "ref", "refs", "dr", "mr", "mrs", "ms", "prof",
    "no", "nos", "approx", "ca", "cf", "eq", "eqs", "st", "vol", "pp", "p", "jr", "sr", "inc",
    "ltd", "co", "corp", "dept", "univ", "resp", "sp", "spp", "var", "subsp", "viz", "etc.",
    "suppl", "tab", "chap", "sec", "ed", "eds", "min", "max", "mol", "wt",
  ]

  private static func isAbbreviation(before index: Int, in atoms: [Atom]) -> Bool {
    var start = index
    while start > 0, let character = atoms[start - 1].character,
      !character.isSpaceFast, character != "(", character != "[", index - start < 12
    {
      start -= 1
    }
    if start == index { return false }
    if index - start >= 12 { return false }  // longer than any abbreviation
    let word = String(atoms[start..<index].compactMap(\.character))
    // A single capital is an initial (`G. R. Stark`); `e.g.`/`i.e.` contain their own dots.
    if word.count == 1, let letter = word.first, letter.isUppercase { return true }
    return abbreviations.contains(word.lowercased())
  }

  /// Sentences may start with a lower-case gene or protein name such as `p53` or `miR-21`.
  private static func isLowercaseGeneName(_ atoms: [Atom], from index: Int) -> Bool {
    var word = ""
    var position = index
    while position < atoms.count, let character = atoms[position].character,
      !character.isWhitespace
    {
      word.append(character)
      position += 1
      if word.count > 12 { break }
    }
    guard let first = word.first, first.isLowercase else { return false }
    return word.contains(where: \.isNumber) || word.hasPrefix("miR") || word.hasPrefix("mRNA")
  }
}
