import Model

/// `Nutlin` in an article about Nutlin-3: an article that names one numbered compound of a
/// series (`Nutlin-3`) and otherwise writes the series' bare name (`Nutlin`, which the lexicon
/// knows as the class) means that compound by it. The bare name is grounded to the compound
/// when the document numbers exactly one member of the series.
extension EntityRecognizer {
  func groundBareDrugStems(_ sentences: inout [TaggedSentence]) {
    // Lower-cased bare name → the numbered compounds the document names after it.
    var members: [String: [String: Lexicon.Entry]] = [:]
    for sentence in sentences {
      for hit in sentence.hits where hit.entry.type == .chemical {
        let text = String(decoding: sentence.utf8[hit.range], as: UTF8.self)
        if let stem = Self.stemOfNumberedCompound(text) {
          members[stem.lowercased(), default: [:]][hit.entry.curie] = hit.entry
        }
      }
    }
    let compounds = members.compactMapValues { $0.count == 1 ? $0.values.first : nil }
    guard !compounds.isEmpty else { return }
    for index in sentences.indices {
      for position in sentences[index].hits.indices {
        let hit = sentences[index].hits[position]
        guard hit.entry.type == .chemical,
          let compound = compounds[String(decoding: sentences[index].utf8[hit.range], as: UTF8.self).lowercased()],
          compound.curie != hit.entry.curie
        else { continue }
        sentences[index].hits[position].entry = compound
      }
    }
  }

  /// `Nutlin` for `Nutlin-3`, `Nutlin-3a`: letters, a hyphen, digits and at most one letter.
  static func stemOfNumberedCompound(_ text: String) -> Substring? {
    guard let hyphen = text.lastIndex(of: "-") else { return nil }
    let stem = text[..<hyphen]
    let number = text[text.index(after: hyphen)...]
    let digits = number.prefix(while: \.isNumber)
    guard stem.count >= 3, stem.allSatisfy(\.isLetter), !digits.isEmpty,
      number.count - digits.count <= 1, number.dropFirst(digits.count).allSatisfy(\.isLetter)
    else { return nil }
    return stem
  }
}
