import Model

/// Catalysed reactions: `LDH converts pyruvate to lactate`, `MDH reduces oxaloacetate to
/// malate`, read the BEL way: the enzyme decreases the amount of the substrate and increases
/// that of the product; and `PRMT5 catalyzes the methylation of p65`: the enzyme methylates it.
extension ClaimReader {
  /// The readings of a conversion verb at `index` whose object is a chemical followed by `to`
  /// or `into` and a second chemical, with an enzyme (gene, family or complex) as subject.
  /// A passive (`is converted to`) or an object that is not a chemical gives nothing.
  func reactionReadings(_ items: [Item], at index: Int) -> [Reading] {
    if index >= 1, case .word(let previous) = items[index - 1], V.beForms.contains(previous) {
      return []
    }
    guard let substrate = argument(in: items, from: index + 1, step: 1, limit: 2),
      Self.isChemical(substrate.argument), substrate.index + 2 < items.count,
      items[substrate.index + 1] == .word("to") || items[substrate.index + 1] == .word("into"),
      case .argument(let product) = items[substrate.index + 2], Self.isChemical(product),
      let enzyme = coordinatedSubject(items, before: index)
        ?? nearestArgument(items, before: index, limit: 8, needsSubject: true),
      enzyme.argument.entities.allSatisfy({ [.gene, .family, .complex].contains($0.type) })
    else { return [] }
    let span = enzyme.index..<(substrate.index + 2)
    return combine(enzyme.argument, .decreasesAmount, substrate.argument, items, span)
      + combine(enzyme.argument, .increasesAmount, product, items, span)
  }

  /// The readings of a catalysis verb at `index` whose object is a reaction noun, `E catalyzes
  /// the (signal-dependent) dimethylation of (R30 of) Y`: the enzyme does to Y what the noun
  /// says. The noun must come within four items and `of` right after it; the enzyme is a gene,
  /// family or complex before the verb.
  func catalysisReadings(_ items: [Item], at index: Int) -> [Reading] {
    guard index + 1 < items.count,
      let noun = (index + 1..<min(items.count - 1, index + 5)).first(where: { position in
        if case .word(let word) = items[position] { return V.nouns[word] != nil }
        return false
      }),
      case .word(let word) = items[noun], let predicate = V.nouns[word], predicate != .binds,
      items[noun + 1] == .word("of"),
      let object = argument(in: items, from: noun + 2, step: 1, limit: 4),
      let enzyme = coordinatedSubject(items, before: index)
        ?? nearestArgument(items, before: index, limit: 8, needsSubject: true),
      enzyme.argument.entities.allSatisfy({ [.gene, .family, .complex].contains($0.type) })
    else { return [] }
    return combine(enzyme.argument, predicate, object.argument, items, enzyme.index..<object.index)
  }

  /// A single-member chain naming a chemical, not blocked.
  private static func isChemical(_ argument: Argument) -> Bool {
    argument.members.count == 1 && argument.members[0].type == .chemical && !argument.isBlocked
  }
}
