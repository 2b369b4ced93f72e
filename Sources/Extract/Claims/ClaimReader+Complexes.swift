import Model

/// Complexes, the way interaction papers name them; the partners bind (or are associated, when
/// one of them is no gene, protein, family or complex):
///
/// - `complex formation between Gab1 and Shp2`, `the interaction of Ras with GEFs`, `the BiFC
///   complex of Ras and PI3KC2β`, `the affinity of PPP1R15A for PP1` (and, associated only,
///   `a link between RAS and p53`);
/// - `the Ras-PI3KC2β complex`, `ErbB2/EphrinB1 association`, `EGFR/ErbB3 heterodimers`: a
///   chain that names the complex (every pair of its members);
/// - `Ras interaction with PI3KC2β`, `p85 binding to Gab1`, `ASPP2’s interaction with p53`;
/// - `EphrinB1 and ErbB2 co-precipitate`, `ITSN1 and Ras form a BiFC complex`, `PI3KC2β and
///   Ras do not interact`.
extension ClaimReader {
  /// Nouns before `between A and B` or `of A and B` that name a physical complex.
  static let complexNouns: Set<String> = [
    "formation", "association", "interaction", "interactions", "binding", "complex",
    "complexes", "affinity", "co-precipitation", "coprecipitation", "co-immunoprecipitation",
    "coimmunoprecipitation",
  ]

  /// Nouns before `between A and B` that name a relation, not a complex: `a novel link
  /// between RAS and p53` associates them.
  static let relationNouns: Set<String> = [
    "link", "links", "relationship", "correlation", "crosstalk", "cross-talk",
  ]

  /// Nouns after a chain (`Ras-Raf interaction`) that make it name a complex of its members.
  static let complexHeads: Set<String> = [
    "association", "interaction", "interactions", "complex", "complexes", "heterodimer",
    "heterodimers", "dimerization", "heterodimerization", "heterocomplex", "heterocomplexes",
  ]

  /// Verbs whose subject is a pair that binds each other (`A and B co-precipitate`).
  static let mutualVerbs: Set<String> = [
    "interact", "interacted", "associate", "associated", "co-precipitate", "coprecipitate",
    "co-precipitated", "coprecipitated", "co-immunoprecipitate", "coimmunoprecipitate",
    "co-immunoprecipitated", "coimmunoprecipitated", "heterodimerize", "heterodimerized",
    "dimerize", "dimerized", "bind", "form", "formed",
  ]

  /// Words after a complex noun that list its subunits: `a complex comprising A and B`.
  static let compositionWords: Set<String> = ["comprising", "containing", "composed", "consisting"]

  /// `a PBAF complex comprising BRG1 and CHD7`: when `index` is a complex noun followed by a
  /// composition word, the subunits listed after it (at least two) and the index of the last.
  func complexSubunits(_ items: [Item], complexNoun index: Int) -> (argument: Argument, index: Int)? {
    guard index + 2 < items.count, case .word(let noun) = items[index],
      noun == "complex" || noun == "complexes", case .word(let word) = items[index + 1],
      Self.compositionWords.contains(word)
    else { return nil }
    let start = items[index + 2] == .word("of") ? index + 3 : index + 2
    guard let listed = argument(in: items, from: start, step: 1, limit: 0),
      listed.argument.members.count >= 2,
      listed.argument.members.allSatisfy({ [.gene, .family, .complex].contains($0.type) })
    else { return nil }
    return listed
  }

  /// `a complex comprising BRG1 and CHD7`: the subunits bind each other.
  func subunitReadings(_ items: [Item], at index: Int) -> [Reading] {
    guard index >= 1, let listed = complexSubunits(items, complexNoun: index - 1) else { return [] }
    return complexChainReadings(items, at: index, chain: listed.argument)
  }

  /// The readings of `between` at `index`, in `complex formation between A and (the protein
  /// tyrosine phosphatase) B`: A and the last of the adjacent chains after `and`; and of `of`
  /// in `the interaction of A with B`, `the complex of A and B`.
  func complexReadings(_ items: [Item], at index: Int) -> [Reading] {
    guard index >= 1, case .word(let noun) = items[index - 1],
      Self.complexNouns.contains(noun) || (Self.relationNouns.contains(noun) && items[index] == .word("between")),
      let (first, afterFirst) = chain(items, from: index + 1),
      afterFirst < items.count, case .word(let link) = items[afterFirst],
      link == "and"
        || (items[index] == .word("of") && (link == "with" || link == "to" || link == "for")),
      var (second, afterSecond) = chain(items, from: afterFirst + 1),
      first.members.count == 1, second.members.count == 1, !first.isPathway, !second.isPathway
    else { return [] }
    // `co-precipitation of BRG1 with BAF200, BAF155 and BAF170`: a list of partners.
    if link == "with", afterSecond < items.count,
      items[afterSecond] == .punctuation(",") || items[afterSecond] == .word("and"),
      let list = argument(in: items, from: afterSecond - 1, step: 1, limit: 0), list.argument.members.count > 1
    {
      second = list.argument
      afterSecond = list.index + 1
    }
    // `binding of A to B` is the nominalisation rule's.
    if noun == "binding", items[index] == .word("of") { return [] }
    // `formation of A and B`: what is formed, not a complex.
    if noun == "formation", items[index] == .word("of") { return [] }
    // `the interaction between the IL-6 and EGFR signaling pathways`: cross-talk, not binding.
    if afterSecond < items.count, case .word(let word) = items[afterSecond],
      V.pathwayHeads.contains(word)
    {
      return []
    }
    if Self.relationNouns.contains(noun) {
      return combine(first, .associatedWith, second, items, index..<afterSecond)
    }
    return partnerReadings(first, second, items, index..<afterSecond)
  }

  /// `the Ras-PI3KC2β complex`, `ErbB1/ErbB2/EphrinB1 complex`: every pair of the chain's
  /// members, in the text's order.
  func complexChainReadings(_ items: [Item], at index: Int, chain: Argument) -> [Reading] {
    var readings: [Reading] = []
    for (offset, first) in chain.members.enumerated() {
      for second in chain.members.dropFirst(offset + 1) where second.grounding != first.grounding {
        readings += partnerReadings(
          Argument(members: [first]), Argument(members: [second]), items, index..<(index + 1))
      }
    }
    return readings
  }

  /// `Ras interaction with PI3KC2β`, `ITSN1 binding to PI3KC2β`: the entity right before the
  /// complex noun at `index` (or before its `’s`) and the one after `with`/`to`.
  func partnerNounReadings(_ items: [Item], at index: Int) -> [Reading] {
    guard index + 2 < items.count, items[index + 1] == .word("with") || items[index + 1] == .word("to"),
      let (second, afterSecond) = chain(items, from: index + 2), second.members.count == 1
    else { return [] }
    var before = index - 1
    // `Rab8a in complex with Rabin8`, `PP1 in a complex with PPP1R15A`: the partner before `in`.
    if items[index] == .word("complex"), before >= 1, items[before] == .word("in")
      || before >= 2 && items[before] == .word("a") && items[before - 1] == .word("in")
    {
      before -= items[before] == .word("a") ? 2 : 1
    }
    if before >= 1, case .word(let word) = items[before], word == "’s" || word == "'s" || word == "s" {
      before -= 1
      if before >= 1, items[before] == .punctuation("'") { before -= 1 }
    }
    guard before >= 0, case .argument(let first) = items[before], first.members.count == 1,
      !first.isBlocked, !first.isModifier, !first.isPathway
    else { return [] }
    return partnerReadings(first, second, items, before..<afterSecond)
  }

  /// `EphrinB1 and ErbB2 co-precipitate`, `PI3KC2β and Ras do not interact`, `ITSN1 and Ras
  /// form a BiFC complex`: the coordinated pair before a mutual verb with no partner after it.
  func mutualReadings(_ items: [Item], at index: Int, verb: String) -> [Reading] {
    var after = index + 1
    if verb == "form" || verb == "formed" {
      // `form a (stable) complex`, and nothing named after it.
      guard after < items.count, items[after] == .word("a") || items[after] == .word("the")
      else { return [] }
      after += 1
      while after < items.count, after - index <= 3, case .word(let word) = items[after],
        !Self.complexHeads.contains(word)
      {
        after += 1
      }
      guard after < items.count, case .word(let head) = items[after], Self.complexHeads.contains(head)
      else { return [] }
      after += 1
    }
    // The partner named after the verb belongs to the verb rule (`A and B bind C`).
    if after < items.count {
      switch items[after] {
      case .argument: return []
      case .word(let word) where ["with", "to", "a", "an", "the"].contains(word): return []
      default: break
      }
    }
    var back = index - 1
    while back >= 0, case .word(let word) = items[back],
      V.verbModifiers.contains(word) || ["do", "does", "did", "to", "both"].contains(word)
    {
      back -= 1
    }
    guard back >= 2, case .argument(let second) = items[back], items[back - 1] == .word("and"),
      case .argument(let first) = items[back - 2], first.members.count == 1,
      second.members.count == 1
    else { return [] }
    return partnerReadings(first, second, items, (back - 2)..<after)
  }

  /// `first` binds `second` when both are genes, proteins, families or complexes; otherwise
  /// they are associated.
  private func partnerReadings(
    _ first: Argument, _ second: Argument, _ items: [Item], _ span: Range<Int>
  ) -> [Reading] {
    let isPhysical = (first.members + second.members).allSatisfy {
      [.gene, .family, .complex].contains($0.type)
    }
    return combine(first, isPhysical ? .binds : .associatedWith, second, items, span)
  }

  /// The argument from `start` past determiners, the last of adjacent ones (`the protein
  /// tyrosine phosphatase Shp2` is Shp2), and the index after it.
  private func chain(_ items: [Item], from start: Int) -> (Argument, Int)? {
    var position = start
    while position < items.count, case .word(let word) = items[position],
      Self.determiners.contains(word) || word == "protein" || word == "nucleotide-free"
    {
      position += 1
    }
    var found: Argument?
    while position < items.count, case .argument(let argument) = items[position] {
      found = argument
      position += 1
    }
    guard let found, !found.isBlocked else { return nil }
    // `binding to the 5′UTR of RpL32 mRNA`: the gene whose mRNA it is.
    if let gene = Self.geneOfMRNAPart(items, found, at: position - 1) { return (gene.argument, gene.index + 1) }
    return (found, position)
  }
}
