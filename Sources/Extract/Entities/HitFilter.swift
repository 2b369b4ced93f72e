import Model

/// Rejects lexicon hits that their context shows are not the entity.
///
/// - An organ named alone is no disease: `hypothalamic-pituitary-thyroid axis` is not
///   thyroid adenoma (a DOID synonym of it is `Thyroid`).
/// - Author initials are no gene symbol: `(Lema SC, Dickey JT, Schultz IR, Swanson P,
///   unpublished data)` names no insulin receptor. An all-capitals hit of two or three
///   letters right after a capitalised surname (itself after `(`, `,` or `;`), and before `,`,
///   `;` or `)`, is taken for initials.
/// - An amino acid naming a kind of residue is no chemical: `tyrosine phosphorylation of
///   Gab1`, `tyrosine residues`, `serine/threonine kinase` say where a protein is modified,
///   not that tyrosine acts; nor is a three-letter residue code (`the neutral Gln`).
/// - GST as a fusion tag (`GST-Raf-RBD`, `GST alone`) is not the enzyme.
/// - `ER stress` is the endoplasmic reticulum's, not the estrogen receptor's.
/// - A chemical before an enzyme head noun names the enzyme: `ceramide synthase`,
///   `sphingosine kinase`.
/// - A chemical followed by locants in parentheses is the start of a longer name:
///   `phosphatidylinositol (3,4,5) triphosphate`, `PtdIns(3,4)P2` are not phosphatidylinositol.
enum HitFilter {
  /// Amino acids that name the residues of a modification.
  static let residueAminoAcids: Set<String> = [
    "tyrosine", "serine", "threonine", "histidine", "lysine", "arginine", "cysteine",
    "aspartate", "glutamate", "proline",
  ]

  /// Words after an amino acid that make it a residue type.
  static let residueHeads: Set<String> = [
    "phosphorylation", "phosphorylated", "phosphorylates", "phosphorylate", "phosphorylating",
    "dephosphorylation", "dephosphorylated", "autophosphorylation", "methylation", "methylated",
    "acetylation", "acetylated", "nitration", "sulfation", "residue", "residues", "kinase",
    "kinases", "phosphatase", "phosphatases", "site", "sites", "motif", "motifs",
  ]

  /// Organ words that name a disease only with a head noun (`thyroid cancer`).
  static let organs: Set<String> = [
    "thyroid", "liver", "kidney", "lung", "heart", "brain", "breast", "prostate", "pancreas",
    "colon", "stomach", "skin", "bone", "ovary", "testis", "pituitary", "adrenal", "bladder",
  ]

  /// Whether `hit` in `bytes` (a sentence's UTF-8) is kept.
  static func keeps(_ hit: EntityTagger.Hit, in bytes: [UInt8]) -> Bool {
    let surface = bytes[hit.range]
    if hit.entry.type == .disease,
      organs.contains(String(decoding: surface, as: UTF8.self).lowercased())
    {
      return false
    }
    return !isAuthorInitials(hit.range, in: bytes) && !isResidueType(hit, in: bytes)
      && !isFusionTag(hit, in: bytes) && !isBeforeLocants(hit, in: bytes)
      && !isEndoplasmicReticulum(hit, in: bytes) && !namesAnEnzyme(hit, in: bytes)
  }

  /// Enzyme head nouns: a chemical right before one names the enzyme's substrate or product.
  static let enzymeHeads: Set<String> = [
    "synthase", "synthases", "synthetase", "synthetases", "kinase", "kinases", "reductase",
    "reductases", "oxidase", "oxidases", "dehydrogenase", "dehydrogenases", "hydroxylase",
    "hydroxylases", "carboxylase", "carboxylases", "transferase", "transferases", "phosphatase",
    "phosphatases", "lyase", "isomerase", "hydrolase", "ligase", "desaturase", "deaminase",
  ]

  /// `ceramide synthase`, `sphingosine kinase`: a chemical before an enzyme head noun names the
  /// enzyme (which the lexicon may not know), not the chemical.
  private static func namesAnEnzyme(_ hit: EntityTagger.Hit, in bytes: [UInt8]) -> Bool {
    guard hit.entry.type == .chemical else { return false }
    return enzymeHeads.contains(word(after: hit.range.upperBound, in: bytes).0)
  }

  /// `ER stress`, `ER membrane`, `ER lumen`: the endoplasmic reticulum, not the estrogen
  /// receptor.
  private static func isEndoplasmicReticulum(_ hit: EntityTagger.Hit, in bytes: [UInt8]) -> Bool {
    guard hit.entry.curie == "FPLX:ESR", bytes[hit.range].elementsEqual("ER".utf8) else {
      return false
    }
    let (word, _) = self.word(after: hit.range.upperBound, in: bytes)
    return ["stress", "stressor", "stressors", "membrane", "membranes", "lumen", "exit", "import",
      "retention", "homeostasis", "chaperone", "chaperones", "export", "stress-induced"].contains(word)
  }

  /// `phosphatidylinositol (3,4,5) triphosphate`, `PtdIns(3,4)P2`, `PI(4,5)P2`: a chemical
  /// followed (after at most one space) by `(`, digits joined by commas (two or more), `)`.
  private static func isBeforeLocants(_ hit: EntityTagger.Hit, in bytes: [UInt8]) -> Bool {
    guard hit.entry.type == .chemical else { return false }
    var index = hit.range.upperBound
    if index < bytes.count, bytes[index] == 0x20 { index += 1 }
    guard index < bytes.count, bytes[index] == 0x28 else { return false }
    index += 1
    var digits = 0
    var commas = 0
    while index < bytes.count, (0x30...0x39).contains(bytes[index]) || bytes[index] == 0x2C {
      if bytes[index] == 0x2C { commas += 1 } else { digits += 1 }
      index += 1
    }
    return index < bytes.count && bytes[index] == 0x29 && commas >= 1 && digits > commas
  }

  /// `GST-Raf-RBD`, `GST alone`, `GST proteins`, `GST beads`: glutathione S-transferase as the
  /// tag of a fusion protein, not the enzyme.
  private static func isFusionTag(_ hit: EntityTagger.Hit, in bytes: [UInt8]) -> Bool {
    guard hit.entry.curie == "FPLX:GST", hit.range.upperBound < bytes.count else { return false }
    if bytes[hit.range.upperBound] == 0x2D { return true }
    let (word, _) = self.word(after: hit.range.upperBound, in: bytes)
    return ["alone", "protein", "proteins", "fusion", "fusions", "beads", "pull", "pulldown", "tag"]
      .contains(word)
  }

  /// Three-letter amino-acid codes: in an article they name residues (`the neutral Gln`,
  /// `Gln102`), not the free amino acid.
  static let residueCodes: Set<String> = [
    "Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys", "Met",
    "Phe", "Pro", "Ser", "Thr", "Trp", "Tyr", "Val",
  ]

  private static func isResidueType(_ hit: EntityTagger.Hit, in bytes: [UInt8]) -> Bool {
    guard hit.entry.type == .chemical else { return false }
    if residueCodes.contains(String(decoding: bytes[hit.range], as: UTF8.self)) { return true }
    guard
      residueAminoAcids.contains(String(decoding: bytes[hit.range], as: UTF8.self).lowercased())
    else { return false }
    var (word, end) = self.word(after: hit.range.upperBound, in: bytes)
    // `serine/threonine kinase`: one more amino acid after a slash.
    if hit.range.upperBound < bytes.count, bytes[hit.range.upperBound] == 0x2F,
      residueAminoAcids.contains(word)
    {
      (word, end) = self.word(after: end, in: bytes)
    }
    return residueHeads.contains(word)
  }

  /// The lower-cased word that starts after spaces, a hyphen or a slash at `index`, and the
  /// index after it.
  private static func word(after index: Int, in bytes: [UInt8]) -> (String, Int) {
    var start = index
    while start < bytes.count, [0x20, 0x2D, 0x2F].contains(bytes[start]) { start += 1 }
    var end = start
    while end < bytes.count, LexiconKey.isLetter(bytes[end]) { end += 1 }
    return (String(decoding: bytes[start..<end], as: UTF8.self).lowercased(), end)
  }

  private static func isAuthorInitials(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
    guard (2...3).contains(range.count), range.allSatisfy({ LexiconKey.isUpperLetter(bytes[$0]) }),
      range.upperBound < bytes.count, [0x2C, 0x3B, 0x29].contains(bytes[range.upperBound]),
      range.lowerBound >= 3, bytes[range.lowerBound - 1] == 0x20
    else { return false }
    // The surname: a capital, then lower-case letters, after `(`, `, ` or `; `.
    var start = range.lowerBound - 1
    while start > 0, LexiconKey.isLetter(bytes[start - 1]) { start -= 1 }
    let surname = bytes[start..<(range.lowerBound - 1)]
    guard surname.count >= 2, let first = surname.first, LexiconKey.isUpperLetter(first),
      surname.dropFirst().allSatisfy({ LexiconKey.isLetter($0) && !LexiconKey.isUpperLetter($0) })
    else { return false }
    if start == 0 { return false }
    let before = bytes[start - 1]
    if before == 0x28 { return true }
    return before == 0x20 && start >= 2 && [0x2C, 0x3B].contains(bytes[start - 2])
  }
}
