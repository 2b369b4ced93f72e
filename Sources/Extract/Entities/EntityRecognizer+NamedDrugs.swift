import Model

/// `the mTOR inhibitor rapamycin`, `mTOR inhibitors, rapamycin and Torin1`, `an mTOR inhibitor
/// (rapamycin)`, `rapamycin, an mTOR inhibitor`: the lexicon knows drug classes named after their
/// target (ChEBI's mTOR inhibitor, MeSH's Interleukin-6 Inhibitors), which would hide the
/// target. When a drug is named right after the class, or the class stands in apposition right
/// after the drug, the class is read as its target and the noun, so that the claim reader finds
/// "rapamycin inhibits MTOR"; a class without a named drug stays the class.
extension EntityRecognizer {
  static let drugClassNouns: Set<String> = [
    "inhibitor", "inhibitors", "antagonist", "antagonists", "agonist", "agonists", "activator",
    "activators", "blocker", "blockers",
  ]

  func nameTargetsOfNamedDrugs(_ sentence: inout TaggedSentence) {
    let bytes = sentence.utf8
    for position in sentence.hits.indices {
      let hit = sentence.hits[position]
      guard hit.entry.type == .chemical else { continue }
      // `the mTOR inhibitor rapamycin`: the drug right after the class; `rapamycin, an mTOR
      // inhibitor`: the drug right before it, the class in apposition.
      let isBeforeDrug =
        position + 1 < sentence.hits.count
        && Self.namesDrug(sentence.hits[position + 1], besides: hit)
        && Self.isDrugNameGap(bytes[hit.range.upperBound..<sentence.hits[position + 1].range.lowerBound])
      let isAfterDrug =
        position >= 1 && Self.namesDrug(sentence.hits[position - 1], besides: hit)
        && Self.isAppositionGap(bytes[sentence.hits[position - 1].range.upperBound..<hit.range.lowerBound])
      guard isBeforeDrug || isAfterDrug,
        let space = bytes[hit.range].lastIndex(of: 0x20),
        Self.drugClassNouns.contains(String(decoding: bytes[(space + 1)..<hit.range.upperBound], as: UTF8.self).lowercased())
      else { continue }
      let base = Array(bytes[hit.range.lowerBound..<space])
      guard let target = base.withUnsafeBufferPointer({ tagger.tag(bytes: $0) }).first,
        target.range == 0..<base.count, [.gene, .family, .complex].contains(target.entry.type)
      else { continue }
      sentence.hits[position] = EntityTagger.Hit(
        range: hit.range.lowerBound..<space, entry: target.entry, flags: target.flags)
    }
  }

  /// Whether `drug` is a chemical other than the `drugClass` beside it.
  private static func namesDrug(_ drug: EntityTagger.Hit, besides drugClass: EntityTagger.Hit) -> Bool {
    drug.entry.type == .chemical && drug.entry.curie != drugClass.entry.curie
  }

  /// ` `, `, `, ` (`: what stands between a class and the drug named after it.
  private static func isDrugNameGap(_ gap: ArraySlice<UInt8>) -> Bool {
    !gap.isEmpty && gap.count <= 3 && gap.allSatisfy { $0 == 0x20 || $0 == 0x2C || $0 == 0x28 }
  }

  /// `, a `, `, an `, ` (a `, ` (an `, perhaps with one lower-case adjective after the article
  /// (`, a novel `): what stands between a drug and its class in apposition.
  private static func isAppositionGap(_ gap: ArraySlice<UInt8>) -> Bool {
    guard
      let opening = [", a ", ", an ", " (a ", " (an "].first(where: { gap.starts(with: $0.utf8) })
    else { return false }
    let rest = gap.dropFirst(opening.utf8.count)
    guard let space = rest.firstIndex(of: 0x20) else { return rest.isEmpty }
    return space > rest.startIndex && space == rest.endIndex - 1
      && rest[..<space].allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
  }
}
