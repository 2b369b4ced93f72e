import Model

/// `the mTOR inhibitor rapamycin`, `mTOR inhibitors, rapamycin and Torin1`, `an mTOR inhibitor
/// (rapamycin)`: the lexicon knows drug classes named after their target (ChEBI's mTOR
/// inhibitor, MeSH's Interleukin-6 Inhibitors), which would hide the target. When a drug is
/// named right after the class, the class is read as its target and the noun, so that the
/// claim reader finds "rapamycin inhibits MTOR"; a class without a named drug stays the class.
extension EntityRecognizer {
  static let drugClassNouns: Set<String> = [
    "inhibitor", "inhibitors", "antagonist", "antagonists", "agonist", "agonists", "activator",
    "activators", "blocker", "blockers",
  ]

  func nameTargetsOfNamedDrugs(_ sentence: inout TaggedSentence) {
    let bytes = sentence.utf8
    for position in sentence.hits.indices.dropLast() {
      let hit = sentence.hits[position]
      let next = sentence.hits[position + 1]
      // (`tyrosine kinase inhibitors (TKIs)`: the class's own short form names no drug.)
      guard hit.entry.type == .chemical, next.entry.type == .chemical, next.entry.curie != hit.entry.curie,
        Self.isDrugNameGap(bytes[hit.range.upperBound..<next.range.lowerBound]),
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

  /// ` `, `, `, ` (`: what stands between a class and the drug named after it.
  private static func isDrugNameGap(_ gap: ArraySlice<UInt8>) -> Bool {
    !gap.isEmpty && gap.count <= 3 && gap.allSatisfy { $0 == 0x20 || $0 == 0x2C || $0 == 0x28 }
  }
}
