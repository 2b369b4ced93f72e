import Model

/// Coreference for claims: what `it` as a subject refers to.
extension ClaimReader {
  /// The entity a sentence opens with as its subject, if any: the first chain that can be a
  /// subject, before any verb.
  static func leadingSubject(_ text: String, mentions: [EntityMention]) -> EntityMention? {
    guard !mentions.isEmpty else { return nil }
    return leadingSubject(items(text, mentions: mentions), before: nil)
  }

  static func leadingSubject(_ items: [Item], before end: Int?) -> EntityMention? {
    for (index, item) in items.prefix(end ?? items.count).enumerated() {
      switch item {
      case .argument(let argument):
        // `As phosphate is a constituent of enzymes, it …`: `as` opens a clause here.
        let isAfterOpeningAs =
          index >= 1 && items[index - 1] == .word("as")
          && (index == 1 || items[index - 2] == .punctuation(","))
        if (argument.isAfterPreposition && !isAfterOpeningAs) || argument.isModifier
          || argument.isObjectOfVerb
        {
          continue
        }
        guard argument.canBeSubjectIgnoringPosition, let first = argument.entities.first,
          [.gene, .family, .complex, .chemical].contains(first.type),
          !genericArguments.contains(first.grounding)
        else { return nil }
        return first
      case .word(let word):
        if word == "it" || V.verbsAndBeForms.contains(word) { return nil }
      case .punctuation: continue
      }
    }
    return nil
  }

  /// `it` right before a verb (past modal verbs and adverbs) as the entity it refers to: the
  /// sentence's own opening subject before it (`As phosphate is a constituent of enzymes, it
  /// plays a key role`), else `antecedent`.
  static func resolvingIt(_ items: [Item], antecedent: EntityMention?) -> [Item] {
    var items = items
    for index in items.indices where items[index] == .word("it") {
      var next = index + 1
      while next < items.count, case .word(let word) = items[next], V.verbModifiers.contains(word) {
        next += 1
      }
      guard next < items.count, case .word(let verb) = items[next],
        V.verbs[verb] != nil || ["plays", "play", "played"].contains(verb)
      else { continue }
      // The previous sentence's subject only when this one names no possible subject before
      // `it` (`By enhancing tumor cell proliferation, it inhibits apoptosis`). A stand-in
      // before `it` (`The LDH six-residue insertion is a mutation: it enhances Y`) is what
      // `it` may mean, so then nothing is guessed.
      let namesNothingBefore = !items[..<index].contains {
        if case .argument(let argument) = $0 {
          return argument.canBeSubjectIgnoringPosition || argument.isStandIn
        }
        return false
      }
      guard
        let referent = leadingSubject(items, before: index)
          ?? (namesNothingBefore ? antecedent : nil)
      else { continue }
      items[index] = .argument(Argument(members: [referent]))
    }
    return items
  }
}
