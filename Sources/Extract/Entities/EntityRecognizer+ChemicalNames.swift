import Model

/// Letter-and-digit codes that are part of a chemical's name, not genes.
extension EntityRecognizer {
  /// `fumonisin B1`, `C6-ceramide`, `C2/C6-ceramide`: a gene or family hit of one capital and
  /// one or two digits, right after a chemical (one space between) or right before one (a
  /// space, a hyphen, or another such code and a slash between), names the chemical (its
  /// variant or acyl chain), not the gene (HGNC aliases B1, C6, C2). `hits` in text order.
  static func droppingChemicalNameCodes(_ hits: [EntityTagger.Hit], in bytes: [UInt8]) -> [EntityTagger.Hit] {
    func isCode(_ hit: EntityTagger.Hit) -> Bool {
      guard [.gene, .family].contains(hit.entry.type), (2...3).contains(hit.range.count),
        LexiconKey.isUpperLetter(bytes[hit.range.lowerBound])
      else { return false }
      return bytes[(hit.range.lowerBound + 1)..<hit.range.upperBound].allSatisfy { (0x30...0x39).contains($0) }
    }
    func touches(_ left: EntityTagger.Hit, _ right: EntityTagger.Hit, through marks: Set<UInt8>) -> Bool {
      right.range.lowerBound == left.range.upperBound + 1 && marks.contains(bytes[left.range.upperBound])
    }
    var dropped = Set<Int>()
    for index in hits.indices.reversed() where isCode(hits[index]) {
      if index > 0, hits[index - 1].entry.type == .chemical, touches(hits[index - 1], hits[index], through: [0x20]) {
        dropped.insert(index)
      } else if index + 1 < hits.count,
        (hits[index + 1].entry.type == .chemical && touches(hits[index], hits[index + 1], through: [0x20, 0x2D]))
          || (dropped.contains(index + 1) && touches(hits[index], hits[index + 1], through: [0x2F]))
      {
        dropped.insert(index)
      }
    }
    guard !dropped.isEmpty else { return hits }
    return hits.indices.filter { !dropped.contains($0) }.map { hits[$0] }
  }
}
