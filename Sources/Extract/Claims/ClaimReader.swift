import Model

/// Reads claims from one sentence whose entity mentions are known: rule-based and precision
/// first, the way INDRA's and SemRep's readers treat explicit statements.
///
/// - Active verbs: `X (can|may|…) activates Y`, `X, which inhibits Y`; passives and reduced
///   relatives: `Y is activated by X`, `Y activated by X`; nominalisations: `activation of Y
///   by X`, `X-induced phosphorylation of Y`, `binding of X to Y`; `X by inhibiting Y` gives
///   the sentence subject; `associated|correlated with`.
/// - Arguments are entity chains: `A/B/C pathway` is its first member; `A and B`, `both A and
///   B`, `A/B` otherwise give one claim per member. Subjects are genes, families, complexes or
///   chemicals that do not follow a preposition; an entity followed by `inhibitor(s)`,
///   `antibody` or `drugs` names a drug against it and is no argument; nor is a stand-in: a
///   mutant, residue or construct (`the Arg102Lys mutation`, `the ancestral LDH`) or a
///   substrate (`pyruvate activity`). An entity in a `how`/`whether` clause is no object.
/// - `X deficiency`, `blocking X` flip the polarity; an amount noun after the object
///   (`PD-L1 expression`) turns activates/inhibits into increases/decreases_amount.
/// - Negation (`not`, `no`, `without`, `failed`) between subject and object, and hedges
///   (`may`, `could`, `possibly`, `suggested`, …) anywhere in the clause mark the claim.
struct ClaimReader {
  /// One item of the sentence: a word, a punctuation mark, or an argument (entity chain).
  enum Item: Equatable {
    case word(String)
    case punctuation(Character)
    case argument(Argument)
  }

  /// An entity chain and how the text qualifies it.
  struct Argument: Equatable {
    var members: [EntityMention]
    /// `A/B/C pathway`: the chain names one pathway, led by its first member.
    var isPathway = false
    var isAntagonist = false
    /// `the Arg102Lys mutation`, `the ancestral LDH`, `pyruvate activity`: the chain stands for
    /// a mutant, residue or construct of its entity, or an enzyme's activity on it (a
    /// substrate), not the entity; like an antagonist, it is no argument and stops the search.
    var isStandIn = false
    /// An antagonist or a stand-in: no argument, and an argument search stops at it.
    var isBlocked: Bool { isAntagonist || isStandIn }
    var isLoss = false
    /// `memory deficits`, `X deficiency` after the chain: as an object, the claim is about the
    /// loss, so its polarity turns around (`reverses memory deficits` promotes memory).
    var hasLossHead = false
    var hasAmountHead = false
    var isAfterPreposition = false
    var isObjectOfVerb = false
    /// `tumor-infiltrating`, `IL-6-induced`: the entity modifies the next word.
    var isModifier = false
    /// Index of the item after the chain's head nouns.
    var end = 0

    var entities: [EntityMention] { isPathway ? Array(members.prefix(1)) : members }
    var canBeSubject: Bool { !isAfterPreposition && canBeSubjectIgnoringPosition }
    var canBeSubjectIgnoringPosition: Bool {
      !isBlocked && members.contains { [.gene, .family, .complex, .chemical].contains($0.type) }
    }
  }

  /// A claim before numbering: subject and object mentions, predicate, flags.
  struct Reading: Equatable {
    var subject: EntityMention
    var predicate: Claim.Predicate
    var object: EntityMention
    var isNegated: Bool
    var isHedged: Bool
  }

  typealias V = ClaimVocabulary

  /// Processes that are read as the head noun of the entity before them (`IL-6 transcription`,
  /// `IL-6 signaling`), not as arguments.
  static let headWords: [String: String] = [
    "GO:0006351": "transcription", "GO:0010467": "expression", "GO:0046903": "secretion",
    "GO:0023052": "signaling", "GO:0007165": "signaling", "GO:0006412": "translation",
    "CHEBI:33699": "mrna", "MESH:D015854": "up-regulation", "MESH:D015536": "down-regulation",
  ]

  /// Words that open a clause: the words before them say nothing of a chain after them.
  static let clauseOpeners: Set<String> = ["that", "which", "whereas", "while", "when", "if"]

  static let determiners: Set<String> = [
    "a", "an", "the", "this", "these", "its", "their", "endogenous", "exogenous", "both",
  ]
  /// CURIEs too generic to be a claim's argument (disease, drug, cytokines, atom, solution,
  /// solvent, ligand).
  static let genericArguments: Set<String> = [
    "DOID:4", "CHEBI:52217", "CHEBI:35610", "CHEBI:33250", "MESH:D016207", "CHEBI:23888",
    "MESH:D009361", "MESH:D014157", "CHEBI:75958", "CHEBI:46787", "CHEBI:52214",
  ]

  /// The claims of a sentence's `text` whose mentions are `mentions` (UTF-8 offsets in `text`);
  /// `antecedent` is what `it` as a subject refers to when the sentence names nothing before it
  /// (the previous sentence's subject).
  func read(_ text: String, mentions: [EntityMention], antecedent: EntityMention? = nil)
    -> [Reading]
  {
    guard mentions.count >= 2 || (antecedent != nil && !mentions.isEmpty) else { return [] }
    let items = Self.resolvingIt(Self.items(text, mentions: mentions), antecedent: antecedent)
    return read(items)
  }

  private func read(_ items: [Item]) -> [Reading] {
    var readings: [Reading] = []
    for (index, item) in items.enumerated() {
      if case .argument(let argument) = item, argument.isModifier {
        readings += modifierReadings(items, at: index, subject: argument)
      }
      guard case .word(let word) = item else { continue }
      if let predicate = V.verbs[word] {
        readings += verbReadings(items, at: index, word: word, predicate: predicate)
      }
      if V.conversionVerbs.contains(word) {
        readings += reactionReadings(items, at: index)
      }
      if let predicate = V.nouns[word] {
        readings += nounReadings(items, at: index, predicate: predicate)
      }
      if word == "role" || word == "roles", index + 1 < items.count, items[index + 1] == .word("in")
      {
        readings += roleReadings(items, at: index)
      }
      if V.associationWords.contains(word), index + 1 < items.count,
        items[index + 1] == .word("with") || items[index + 1] == .word("to")
      {
        readings += associationReadings(items, at: index)
      }
    }
    var seen: Set<String> = []
    return readings.filter { reading in
      guard reading.subject.grounding != reading.object.grounding else { return false }
      let key =
        "\(reading.subject.grounding)|\(reading.predicate)|\(reading.object.grounding)|\(reading.isNegated)"
      return seen.insert(key).inserted
    }
  }

  // MARK: Items

  /// Words (lower-cased), punctuation, and entity chains joined by `/` or `-` with their
  /// qualifying words recorded.
  static func items(_ text: String, mentions: [EntityMention]) -> [Item] {
    let bytes = Array(text.utf8)
    var raw: [Item] = []
    var index = 0
    var mentionIndex = 0
    let sorted = mentions.sorted { $0.utf8Offsets.lowerBound < $1.utf8Offsets.lowerBound }
    while index < bytes.count {
      if mentionIndex < sorted.count, sorted[mentionIndex].utf8Offsets.lowerBound <= index {
        let mention = sorted[mentionIndex]
        mentionIndex += 1
        guard mention.utf8Offsets.lowerBound == index else { continue }
        // `4′-hydroxy-2,4,6-tribromodiphenyl ether`: the last word of a longer chemical name
        // (after a substituent ending in -yl) is not the lexicon's compound.
        if mention.type == .chemical, case .word(let previous) = raw.last, previous.hasSuffix("yl"),
          index >= 1, bytes[index - 1] == 0x20
        {
          raw.append(
            .word(
              String(decoding: bytes[index..<mention.utf8Offsets.upperBound], as: UTF8.self)
                .lowercased()))
          index = mention.utf8Offsets.upperBound
          continue
        }
        if let head = headWords[mention.grounding] {
          raw.append(.word(head))
        } else {
          raw.append(.argument(Argument(members: [mention])))
        }
        index = mention.utf8Offsets.upperBound
        continue
      }
      let byte = bytes[index]
      if LexiconKey.isAlphanumeric(byte) || byte >= 0x80 {
        let start = index
        let limit =
          mentionIndex < sorted.count ? sorted[mentionIndex].utf8Offsets.lowerBound : bytes.count
        while index < limit, index < bytes.count,
          LexiconKey.isAlphanumeric(bytes[index]) || bytes[index] >= 0x80
            || (bytes[index] == 0x2D && index + 1 < limit && LexiconKey.isLetter(bytes[index + 1])
              && index > start)
        {
          index += 1
        }
        raw.append(.word(String(decoding: bytes[start..<index], as: UTF8.self).lowercased()))
        continue
      }
      if byte != 0x20 { raw.append(.punctuation(Character(Unicode.Scalar(byte)))) }
      index += 1
    }
    return chained(joiningPhrasalVerbs(raw))
  }

  /// `leads to`, `resulted in` as one word (`leads-to`), so that the particle is not read as
  /// a preposition before the object.
  private static func joiningPhrasalVerbs(_ raw: [Item]) -> [Item] {
    var items: [Item] = []
    items.reserveCapacity(raw.count)
    var index = 0
    while index < raw.count {
      if case .word(let verb) = raw[index], let particle = V.phrasalVerbs[verb],
        index + 1 < raw.count, raw[index + 1] == .word(particle)
      {
        items.append(.word("\(verb)-\(particle)"))
        index += 2
        continue
      }
      items.append(raw[index])
      index += 1
    }
    return items
  }

  /// Joins `E / E` and `E - E` into one argument and reads the words around each argument.
  private static func chained(_ raw: [Item]) -> [Item] {
    var items: [Item] = []
    var index = 0
    while index < raw.count {
      guard case .argument(var argument) = raw[index] else {
        items.append(raw[index])
        index += 1
        continue
      }
      var next = index + 1
      while next + 1 < raw.count, raw[next] == .punctuation("/") || raw[next] == .punctuation("-"),
        case .argument(let more) = raw[next + 1]
      {
        argument.members += more.members
        next += 2
      }
      // Words that qualify the chain: `pathway`, `expression`, `deficiency`, `inhibitors`.
      var look = next
      if look < raw.count, raw[look] == .punctuation("-") { look += 1 }
      while look < raw.count, case .word(let word) = raw[look] {
        if V.pathwayHeads.contains(word) {
          argument.isPathway = argument.members.count > 1 || argument.isPathway
        } else if V.amountHeads.contains(word) {
          argument.hasAmountHead = true
        } else if V.lossAfter.contains(word) {
          argument.isLoss = true
          argument.hasLossHead = true
        } else if V.antagonistHeads.contains(word) {
          argument.isAntagonist = true
        } else if word == "receptor" || word == "receptors", look == next {
          // `TH receptor α`: a receptor of the entity that the lexicon did not name; not the
          // entity itself, so no argument.
          argument.isAntagonist = true
        } else if ![
          "gene", "genes", "molecules", "molecule", "activity", "protein", "proteins",
          "cells", "family", "members",
        ].contains(word) {
          break
        }
        if word == "activity", argument.members.allSatisfy({ $0.type == .chemical }) {
          argument.isStandIn = true
        }
        look += 1
      }
      if Self.namesStandIn(raw, after: next) { argument.isStandIn = true }
      // The words before the chain, looking past an `anti-tumor` or `X-induced` modifier.
      var before: [String] = []
      var skippedModifier = false
      for item in items.suffix(7).reversed() where before.count < 4 {
        if case .argument(let other) = item, before.isEmpty, !skippedModifier,
          other.isModifier || other.isAntagonist
        {
          skippedModifier = true
          continue
        }
        if skippedModifier, before.isEmpty, item == .punctuation("-") { continue }
        if skippedModifier, before.isEmpty, item == .word("anti") { continue }
        // `have revealed that BTEB mediates Y`: a clause starts after `that`.
        guard case .word(let word) = item, !Self.clauseOpeners.contains(word) else { break }
        before.append(word)
      }
      // `the T3-induced BTEB protein`: the participle belongs to the modifier before, so it
      // makes no object of the chain.
      let isAfterCompoundModifier =
        items.count >= 2 && items[items.count - 2] == .punctuation("-")
        && {
          if case .word(let w) = items.last {
            return V.participleModifiers[w] != nil
          } else {
            return false
          }
        }()
      if let previous = before.first {
        if let position = before.firstIndex(where: { !Self.determiners.contains($0) }),
          V.prepositions.contains(before[position]),
          !Self.isAgentPhrase(before, preposition: position),
          !Self.isExposurePhrase(before, preposition: position)
        {
          argument.isAfterPreposition = true
        }
        // `estrogen stimulates and progesterone inhibits Y`: a verb right before `and` shares
        // its object with the next verb, so the chain after `and` is a subject.
        let isAfterSharedObjectVerb =
          before.count >= 2 && (before[0] == "and" || before[0] == "or")
          && V.verbs[before[1]] != nil
        if !isAfterSharedObjectVerb,
          before.dropFirst(isAfterCompoundModifier ? 1 : 0).contains(where: {
            V.verbs[$0] != nil || V.nouns[$0] != nil
          })
        {
          argument.isObjectOfVerb = true
        }
        if V.lossBefore.contains(previous) {
          argument.isLoss = true
          argument.isObjectOfVerb = false
        }
        if previous == "anti" { argument.isAntagonist = true }
        if before.prefix(2).contains(where: V.standInModifiers.contains) {
          argument.isStandIn = true
        }
      }
      if items.last == .punctuation("-"), items.count >= 2,
        case .word(let anti) = items[items.count - 2],
        anti == "anti"
      {
        argument.isAntagonist = true
      }
      if look < raw.count, look > next, raw[look - 1] == .punctuation("-") {
        argument.isModifier = true
      } else if next < raw.count, raw[next] == .punctuation("-"), next + 1 < raw.count,
        case .word = raw[next + 1]
      {
        argument.isModifier = true
      }
      items.append(.argument(argument))
      index = next
    }
    return items
  }

  /// `the LDH six-residue insertion`, `the Arg102Lys mutation`: a stand-in head noun among the
  /// plain words (and hyphens) right after the chain, before any preposition or trigger word.
  private static func namesStandIn(_ raw: [Item], after start: Int) -> Bool {
    var index = start
    while index < raw.count, index < start + 5 {
      switch raw[index] {
      case .word(let word):
        if V.standInHeads.contains(word) { return true }
        if V.prepositions.contains(word) || V.verbs[word] != nil || V.nouns[word] != nil
          || V.beForms.contains(word) || Self.clauseOpeners.contains(word)
        {
          return false
        }
      case .punctuation(let mark):
        if mark != "-" { return false }
      case .argument:
        return false
      }
      index += 1
    }
    return false
  }

  /// `(the) overexpression of X` at the start of a phrase that follows no preposition: X is
  /// what the phrase is about. `before` lists the words before X, nearest first.
  private static func isAgentPhrase(_ before: [String], preposition position: Int) -> Bool {
    guard before[position] == "of", position + 1 < before.count,
      V.agentHeads.contains(before[position + 1])
    else { return false }
    // `the correlation between long-term use of X`: the phrase follows a preposition.
    return !before.dropFirst(position + 2).contains {
      V.prepositions.contains($0) || V.verbs[$0] != nil
    }
  }

  /// `exposed to X`, `treated with X`: X causes what the sentence reports next.
  private static func isExposurePhrase(_ before: [String], preposition position: Int) -> Bool {
    guard position + 1 < before.count else { return false }
    return V.exposureWords[before[position + 1]] == before[position]
  }

  // MARK: Patterns

  private func verbReadings(
    _ items: [Item], at index: Int, word: String, predicate: Claim.Predicate
  ) -> [Reading] {
    // `X-induced activation of Y` is read by the noun rule.
    if index >= 1, items[index - 1] == .punctuation("-") { return [] }
    let previousWord = previousWords(items, before: index, count: 2)
    // Passive or reduced relative: `Y is activated by X`, `Y activated by X`, and after a
    // form of `be`, a short phrase before `by`: `Y was elevated in both sexes by X`.
    if word.hasSuffix("ed") || word == "bound",
      let by = passiveBy(
        items, after: index, isAfterBe: previousWord.contains(where: V.beForms.contains))
    {
      guard let subject = argument(in: items, from: by + 1, step: 1, limit: 3),
        let nearest = nearestArgument(items, before: index, limit: 5, needsSubject: false)
      else { return [] }
      let object = appositionHead(items, of: nearest) ?? nearest
      return combine(
        subject.argument, predicate, object.argument, items, object.index..<subject.index)
    }
    if previousWord.contains(where: V.beForms.contains) { return [] }
    // `… X by inhibiting Y`, `X is responsible for disrupting Y`: the clause's subject.
    if word.hasSuffix("ing") {
      // `(by activating TReg cells)`: a parenthetical aside, whose subject is not the clause's.
      if isInsideParentheses(items, at: index) { return [] }
      // `conditions predisposing Y such as A, B and C`.
      if let object = argument(in: items, from: index + 1, step: 1, limit: 5),
        let examples = exampleList(items, after: object.index)
      {
        return combine(examples.argument, predicate, object.argument, items, index..<object.index)
      }
      guard index >= 1,
        items[index - 1] == .word("by") || items[index - 1] == .word("via")
          || (index >= 2 && items[index - 1] == .word("for")
            && items[index - 2] == .word("responsible")),
        let object = argument(in: items, from: index + 1, step: 1, limit: 5),
        let subject = clauseSubject(items, before: index - 1)
      else { return [] }
      return combine(
        subject.argument, predicate, object.argument, items, subject.index..<object.index)
    }
    // Active: `X (can) activate Y`, `X, which inhibits Y`, `X reduces A and eliminates Y`.
    guard
      var object = argument(
        in: items, from: sharedObjectStart(items, after: index) ?? index + 1, step: 1,
        limit: predicate == .binds ? 4 : 6),
      let subject = coordinatedSubject(items, before: index)
        ?? nearestArgument(items, before: index, limit: 8, needsSubject: true)
        ?? exampleList(items, after: object.index)
    else { return [] }
    // `protect neurons against neurotoxicity`: what is prevented follows `against`.
    if predicate == .prevents, object.index + 1 < items.count,
      items[object.index + 1] == .word("against") || items[object.index + 1] == .word("from"),
      let threat = argument(in: items, from: object.index + 2, step: 1, limit: 2)
    {
      object = threat
    }
    return combine(
      subject.argument, predicate, object.argument, items, subject.index..<object.index)
  }

  /// `conditions predisposing hypophosphatemia such as sepsis, catecholamines, intravenous
  /// glucose infusion, diuretics and rhabdomyolysis`: when the verb's subject is a plain noun,
  /// the examples listed after its object are the subjects; an example counts if its entity
  /// heads it (`glucose infusion`, not `alcohol withdrawal`).
  private func exampleList(_ items: [Item], after objectIndex: Int) -> (
    argument: Argument, index: Int
  )? {
    guard objectIndex + 3 < items.count, items[objectIndex + 1] == .word("such"),
      items[objectIndex + 2] == .word("as")
    else { return nil }
    var members: [EntityMention] = []
    var position = objectIndex + 3
    while position < items.count {
      switch items[position] {
      case .argument(let example):
        let next = position + 1 < items.count ? items[position + 1] : .punctuation(".")
        let isHead: Bool
        switch next {
        case .punctuation(let mark): isHead = [",", ".", ";", ")"].contains(mark)
        case .word(let word): isHead = word == "and" || word == "or" || V.agentHeads.contains(word)
        case .argument: isHead = false
        }
        if isHead, !example.isBlocked { members += example.entities }
      case .punctuation(let mark) where mark == ";" || mark == "." || mark == ":":
        position = items.count
        continue
      case .word(let word) where V.verbs[word] != nil || V.boundaries.contains(word):
        position = items.count
        continue
      default: break
      }
      position += 1
    }
    guard !members.isEmpty else { return nil }
    return (Argument(members: members), objectIndex + 3)
  }

  /// `estrogen stimulates and progesterone inhibits epithelial proliferation`: a verb right
  /// before `and` takes its object after the next verb, within four items.
  private func sharedObjectStart(_ items: [Item], after index: Int) -> Int? {
    guard index + 1 < items.count,
      items[index + 1] == .word("and") || items[index + 1] == .word("or")
    else { return nil }
    for position in (index + 2)..<min(items.count, index + 6) {
      if case .word(let word) = items[position], V.verbs[word] != nil { return position + 1 }
    }
    return nil
  }

  /// The index of `by` that makes the participle at `index` passive: right after it, or, when
  /// a form of `be` precedes the participle, after a phrase of at most twelve items (words,
  /// entities, parentheses) with no verb, clause boundary, `and` or other punctuation: `Aβ is
  /// produced through the sequential proteolysis processing of amyloid precursor protein
  /// (APP) by β- and γ-secretases`.
  private func passiveBy(_ items: [Item], after index: Int, isAfterBe: Bool) -> Int? {
    var position = index + 1
    while position < items.count, position - index <= (isAfterBe ? 13 : 1) {
      switch items[position] {
      case .word(let word):
        if word == "by" { return position }
        if V.verbs[word] != nil || V.nouns[word] != nil || V.boundaries.contains(word)
          || word == "and" || word == "or" || Self.clauseOpeners.contains(word)
        {
          return nil
        }
      case .argument:
        if !isAfterBe { return nil }
      case .punctuation(let mark):
        if !isAfterBe || !["(", ")", "-"].contains(mark) { return nil }
      }
      position += 1
    }
    return nil
  }

  /// `X reduces A and eliminates Y`: for a verb right after `and` (past modal verbs and
  /// adverbs), the subject of the active verb before it in the same clause.
  func coordinatedSubject(_ items: [Item], before index: Int)
    -> (argument: Argument, index: Int)?
  {
    var position = index - 1
    while position > 0, case .word(let word) = items[position], V.verbModifiers.contains(word) {
      position -= 1
    }
    guard position > 0, items[position] == .word("and") else { return nil }
    position -= 1
    var depth = 0
    while position >= 0 {
      switch items[position] {
      case .punctuation(")"):
        depth += 1
        position -= 1
      case .punctuation("("):
        depth = max(0, depth - 1)
        position -= 1
      case _ where depth > 0:
        position -= 1
      case .punctuation(let mark) where mark == ";" || mark == "." || mark == ":":
        return nil
      case .word(let word) where V.boundaries.contains(word):
        return nil
      // `can inhibit SOCS3 to prolong the activation of Y and produce Z`: the verb is
      // coordinated with an infinitive, whose subject is not named in its clause.
      case .word("to")
      where position + 1 < index && {
        guard case .word(let next) = items[position + 1] else { return false }
        return !Self.determiners.contains(next) && V.verbs[next] == nil
          && next.first?.isLetter == true
      }():
        return nil
      case .word(let word) where V.verbs[word] != nil:
        // `to induce cell EMT and stimulate metastasis`: an infinitive's subject is not named
        // in its clause.
        let before = previousWords(items, before: position, count: 2)
        guard !word.hasSuffix("ing"), !before.contains(where: V.beForms.contains),
          before.first != "to",
          position == 0 || items[position - 1] != .punctuation("-"),
          passiveBy(items, after: position, isAfterBe: false) == nil
        else { return nil }
        return coordinatedSubject(items, before: position)
          ?? nearestArgument(items, before: position, limit: 8, needsSubject: true)
      default:
        position -= 1
      }
    }
    // `Cisplatin primarily treats tumors through DNA damage and induces apoptosis`: the verb
    // before is not one the reader knows; the sentence's opening subject is the subject.
    guard let subject = Self.leadingSubject(items, before: index) else { return nil }
    for (position, item) in items[..<index].enumerated() {
      if case .argument(let argument) = item, argument.entities.first == subject {
        return (argument, position)
      }
    }
    return nil
  }

  private func nounReadings(_ items: [Item], at index: Int, predicate: Claim.Predicate)
    -> [Reading]
  {
    guard index + 1 < items.count, items[index + 1] == .word("of"),
      let object = argument(in: items, from: index + 2, step: 1, limit: 2)
    else { return [] }
    // `binding of X to Y`.
    if predicate == .binds {
      guard object.index + 1 < items.count,
        items[object.index + 1] == .word("to") || items[object.index + 1] == .word("with"),
        let partner = argument(in: items, from: object.index + 2, step: 1, limit: 2)
      else { return [] }
      return combine(object.argument, .binds, partner.argument, items, index..<partner.index)
    }
    // `activation of Y by X`.
    if object.index + 1 < items.count, items[object.index + 1] == .word("by"),
      let subject = argument(in: items, from: object.index + 2, step: 1, limit: 2)
    {
      return combine(subject.argument, predicate, object.argument, items, index..<subject.index)
    }
    // `X-induced activation of Y`, `X-mediated phosphorylation of Y`.
    var back = index - 1
    while back >= 0, case .word(let word) = items[back],
      !["induced", "mediated", "dependent", "triggered"].contains(word),
      index - back <= 2
    {
      back -= 1
    }
    if back >= 2, case .word = items[back], items[back - 1] == .punctuation("-"),
      case .argument(let subject) = items[back - 2]
    {
      return combine(subject, predicate, object.argument, items, (back - 2)..<object.index)
    }
    // `T3 up-regulation of BTEB`, `TH activation of TRβ`: the entity right before the noun.
    if index >= 1, case .argument(let subject) = items[index - 1], !subject.isModifier {
      return combine(subject, predicate, object.argument, items, (index - 1)..<object.index)
    }
    return []
  }

  /// `T3-induced neural differentiation`, `calcium-mediated neurotoxicity`: the entity before
  /// the participle acts on the noun the compound modifies (the nearest one: a modifier does
  /// not reach across `and`). A trigger noun next (`IL-6-induced activation of Y`) is left to
  /// the nominalisation rule.
  private func modifierReadings(_ items: [Item], at index: Int, subject: Argument) -> [Reading] {
    guard index + 2 < items.count, items[index + 1] == .punctuation("-"),
      case .word(let participle) = items[index + 2],
      let predicate = V.participleModifiers[participle]
    else { return [] }
    var position = index + 3
    while position < items.count, position - index <= 5 {
      switch items[position] {
      case .argument(var object):
        if object.isModifier || object.isBlocked { return [] }
        var head = position
        while head + 1 < items.count, case .argument(let next) = items[head + 1] {
          object = next
          head += 1
        }
        return combine(subject, predicate, object, items, index..<head)
      case .word(let word):
        if V.verbs[word] != nil || V.nouns[word] != nil || V.prepositions.contains(word)
          || V.boundaries.contains(word) || word == "and" || word == "or"
        {
          return []
        }
        position += 1
      case .punctuation:
        return []
      }
    }
    return []
  }

  /// `X plays a key role in Y`: an association.
  private func roleReadings(_ items: [Item], at index: Int) -> [Reading] {
    var verb = index - 1
    while verb >= 0, index - verb <= 4, case .word(let word) = items[verb],
      !["plays", "play", "played", "playing"].contains(word)
    {
      verb -= 1
    }
    guard verb >= 0, case .word(let word) = items[verb], word.hasPrefix("play"),
      let subject = coordinatedSubject(items, before: verb)
        ?? nearestArgument(items, before: verb, limit: 8, needsSubject: true),
      let object = argument(in: items, from: index + 2, step: 1, limit: 3)
    else { return [] }
    return combine(
      subject.argument, .associatedWith, object.argument, items, subject.index..<object.index)
  }

  private func associationReadings(_ items: [Item], at index: Int) -> [Reading] {
    guard let subject = nearestArgument(items, before: index, limit: 8, needsSubject: true),
      let object = argument(in: items, from: index + 2, step: 1, limit: 3)
    else { return [] }
    return combine(
      subject.argument, .associatedWith, object.argument, items, subject.index..<object.index)
  }

  // MARK: Arguments

  /// The first argument from `start` within `limit` words, not crossing punctuation that ends
  /// a clause or a trigger word; coordinated arguments (`A and B`, `both A and B`) are merged.
  func argument(in items: [Item], from start: Int, step: Int, limit: Int)
    -> (argument: Argument, index: Int)?
  {
    var index = start
    var words = 0
    var sawAmount = false
    while index >= 0, index < items.count {
      switch items[index] {
      case .argument(var argument):
        if argument.isBlocked { return nil }
        if argument.isModifier { break }
        // `lung cancer stem cell proliferation`: the last of adjacent arguments is the head.
        // … except a family before a gene or family, which names its members (`histones H2A`).
        if step > 0, index + 1 < items.count, case .argument(let head) = items[index + 1],
          !(argument.members.allSatisfy {
            $0.type == .family && !Self.genericArguments.contains($0.grounding)
          }
            && head.members.allSatisfy { [.gene, .family].contains($0.type) })
        {
          break
        }
        if words > 0 { argument.hasAmountHead = argument.hasAmountHead || sawAmount }
        var last = index
        // `A and B`, `A, B, and C`, `A or B`.
        var next = index + 1
        while next < items.count, case .word(let head) = items[next],
          V.pathwayHeads.contains(head) || V.amountHeads.contains(head) || head == "gene"
        {
          next += 1
        }
        while next < items.count {
          if items[next] == .word("and") || items[next] == .word("or")
            || items[next] == .punctuation(",")
          {
            var after = next + 1
            if after < items.count, items[after] == .word("and") { after += 1 }
            // `… by T3, and THs stimulate Y`: B starts a new clause, not a coordinated argument.
            var afterMore = after + 1
            while afterMore < items.count, case .word(let head) = items[afterMore],
              V.pathwayHeads.contains(head) || V.amountHeads.contains(head)
                || ["can", "may", "might", "could", "also", "directly"].contains(head)
            {
              afterMore += 1
            }
            let startsClause =
              step > 0 && afterMore < items.count
              && {
                if case .word(let w) = items[afterMore] {
                  return V.verbs[w] != nil
                } else {
                  return false
                }
              }()
            if after < items.count, case .argument(let more) = items[after], !more.isBlocked,
              !startsClause
            {
              argument.members += more.isPathway ? Array(more.members.prefix(1)) : more.members
              argument.hasAmountHead = argument.hasAmountHead || more.hasAmountHead
              last = after
              next = after + 1
              continue
            }
          }
          break
        }
        // `the members of the chemokine CC subfamily, CCL2 and CCL5`: a family named and
        // then its members listed; the members are the argument.
        if step > 0, argument.members.allSatisfy({ $0.type == .family }) {
          var look = last + 1
          while look < items.count, case .word(let word) = items[look],
            ["subfamily", "family", "superfamily", "members", "cc", "cxc"].contains(word)
          {
            look += 1
          }
          if look + 1 < items.count, look > last + 1, items[look] == .punctuation(","),
            let listed = self.argument(in: items, from: look + 1, step: 1, limit: 0),
            listed.index == look + 1, listed.argument.members.count >= 2
          {
            return listed
          }
        }
        return (argument, index)
      case .word(let word):
        if V.boundaries.contains(word) { return nil }
        // `reduces the variability of serum phosphate levels`: a property, not the entity.
        if step > 0, V.propertyHeads.contains(word), index + 1 < items.count,
          items[index + 1] == .word("of")
        {
          return nil
        }
        // `transcripts for TSHβ`, `mRNA levels for GPHα`: `for` after an amount noun.
        let afterAmount =
          word == "for" && step > 0 && index > start
          && {
            if case .word(let w) = items[index - 1] {
              return V.amountHeads.contains(w)
            } else {
              return false
            }
          }()
        if V.prepositions.contains(word), word != "of", !afterAmount { return nil }
        if V.verbs[word] != nil, words > 0, items[index - step] != .punctuation("-") {
          guard index + step < items.count, case .argument = items[index + step] else { return nil }
        }
        if V.amountHeads.contains(word) { sawAmount = true }
        words += 1
      case .punctuation(let mark):
        if mark == ";" || mark == "." || mark == ":" || mark == "," { return nil }
        // `related to diminished overall survival (HR, 2.61)`: the noun phrase has ended.
        if mark == "(", step > 0, words > 0 { return nil }
      }
      if words > limit { return nil }
      index += step
    }
    return nil
  }

  /// The nearest argument left of `index` (within `limit` words, same clause); with
  /// `needsSubject`, only one that can be a subject.
  func nearestArgument(
    _ items: [Item], before index: Int, limit: Int, needsSubject: Bool
  ) -> (argument: Argument, index: Int)? {
    // `X, which inhibits Y`: X, whatever else it is.
    // `X levels (which activate Y)`: the same, past amount and pathway nouns.
    // `X, which could inhibit Y`: past modal verbs and adverbs.
    var relative = index - 1
    while relative > 0, case .word(let word) = items[relative], V.verbModifiers.contains(word) {
      relative -= 1
    }
    if needsSubject, relative >= 2,
      items[relative] == .word("which") || items[relative] == .word("that"),
      items[relative - 1] == .punctuation(",") || items[relative - 1] == .punctuation("(")
    {
      var back = relative - 2
      while back > 0, relative - 2 - back < 2, case .word(let head) = items[back],
        V.amountHeads.contains(head) || V.pathwayHeads.contains(head)
      {
        back -= 1
      }
      // `X could precipitate with calcium, which could lead to Y`: after a result verb, a
      // relative clause whose antecedent follows a preposition speaks of the whole event, so
      // the clause's subject is read below.
      if case .argument(let argument) = items[back],
        !(argument.isAfterPreposition && Self.isResultVerb(items[index]))
      {
        return argument.canBeSubjectIgnoringPosition ? (argument, back) : nil
      }
    }
    var position = index - 1
    var words = 0
    var depth = 0
    while position >= 0 {
      if depth > 0 {
        if items[position] == .punctuation("(") { depth -= 1 }
        if items[position] == .punctuation(")") { depth += 1 }
        position -= 1
        continue
      }
      switch items[position] {
      case .argument(var argument):
        // `A and B`, `A, B, and C`, `A or B` left of the verb; a comma joins only a list that
        // ends with `and` or `or`.
        var first = position
        var isList = false
        while first >= 2 {
          var link = first - 1
          let isConjunction = items[link] == .word("and") || items[link] == .word("or")
          if isConjunction, link >= 2, items[link - 1] == .punctuation(",") { link -= 1 }
          guard isConjunction || (isList && items[link] == .punctuation(",")),
            link >= 1, case .argument(let more) = items[link - 1]
          else { break }
          // `induced by T3, and THs stimulate Y`: `, and` after an object opens a new clause.
          if !isList, items[link] == .punctuation(","),
            more.isAfterPreposition || more.isObjectOfVerb
          {
            break
          }
          isList = true
          argument.members =
            (more.isPathway ? Array(more.members.prefix(1)) : more.members)
            + argument.members
          argument.isAfterPreposition = more.isAfterPreposition
          argument.isObjectOfVerb = more.isObjectOfVerb
          argument.isLoss = argument.isLoss || more.isLoss
          first = link - 1
        }
        if !needsSubject { return argument.isBlocked ? nil : (argument, first) }
        if argument.isBlocked { return nil }
        if argument.isAfterPreposition || argument.isObjectOfVerb || argument.isModifier {
          position = first - 1
          continue
        }
        if argument.canBeSubject { return (argument, first) }
        // A disease or process right before the verb is its subject: no claim.
        if words <= 2 { return nil }
        position = first - 1
        continue
      case .word(let word):
        if V.boundaries.contains(word) { return nil }
        words += 1
      case .punctuation(let mark):
        if mark == ";" || mark == ":" || mark == "." { return nil }
        if mark == ")" {
          if needsSubject, let named = appositionSubject(items, closing: position) {
            return named
          }
          depth += 1
        }
      }
      if words > limit { return nil }
      position -= 1
    }
    return nil
  }

  /// `A curcuminoid compound (bisdemethoxycurcumin) has been shown to increase Y`: a clause
  /// that opens with a plain noun phrase naming its entity only in parentheses.
  private func appositionSubject(_ items: [Item], closing: Int) -> (argument: Argument, index: Int)?
  {
    guard closing >= 3, items[closing - 2] == .punctuation("("),
      case .argument(let named) = items[closing - 1], named.canBeSubjectIgnoringPosition,
      case .word = items[closing - 3]
    else { return nil }
    var position = closing - 3
    var words = 0
    while position >= 0, case .word(let word) = items[position] {
      if V.prepositions.contains(word) || V.verbs[word] != nil || V.beForms.contains(word) {
        return nil
      }
      words += 1
      if words > 4 { return nil }
      position -= 1
    }
    guard position < 0 || items[position] == .punctuation(",") else { return nil }
    return (named, closing - 1)
  }

  /// `IL-6, a cytokine activated by type I interferons`: an argument that only names the class
  /// of the entity before it (a generic argument after `, a`) stands for that entity.
  private func appositionHead(_ items: [Item], of nearest: (argument: Argument, index: Int))
    -> (argument: Argument, index: Int)?
  {
    let index = nearest.index
    guard nearest.argument.entities.allSatisfy({ Self.genericArguments.contains($0.grounding) }),
      index >= 3, items[index - 1] == .word("a") || items[index - 1] == .word("an"),
      items[index - 2] == .punctuation(","), case .argument(let head) = items[index - 3],
      !head.isBlocked
    else { return nil }
    return (head, index - 3)
  }

  /// `leads to`, `results in`: verbs that report what an event brings about.
  static func isResultVerb(_ item: Item) -> Bool {
    guard case .word(let word) = item, let particle = word.split(separator: "-").last else {
      return false
    }
    return V.phrasalVerbs[String(word.dropLast(particle.count + 1))] == String(particle)
  }

  /// The subject of the clause that holds `index`: its first argument, if that precedes any
  /// trigger verb and can be a subject.
  private func clauseSubject(_ items: [Item], before index: Int) -> (
    argument: Argument, index: Int
  )? {
    var start = index
    while start > 0 {
      if case .punctuation(let mark) = items[start - 1], mark == ";" { break }
      start -= 1
    }
    for position in start..<index {
      switch items[position] {
      case .argument(let argument):
        if argument.isAfterPreposition || argument.isModifier { continue }
        return argument.canBeSubject ? (argument, position) : nil
      case .word(let word):
        if V.verbs[word] != nil { return nil }
      case .punctuation: continue
      }
    }
    return nil
  }

  /// Whether an unclosed `(` precedes `index` in its sentence.
  private func isInsideParentheses(_ items: [Item], at index: Int) -> Bool {
    var depth = 0
    for item in items[..<index] {
      if item == .punctuation("(") { depth += 1 }
      if item == .punctuation(")"), depth > 0 { depth -= 1 }
    }
    return depth > 0
  }

  private func previousWords(_ items: [Item], before index: Int, count: Int) -> [String] {
    var result: [String] = []
    var position = index - 1
    while position >= 0, result.count < count {
      if case .word(let word) = items[position] {
        if [
          "also", "directly", "further", "not", "significantly", "continuously", "notably", "then",
        ].contains(word) {
          position -= 1
          continue
        }
        result.append(word)
      } else {
        break
      }
      position -= 1
    }
    return result
  }

  /// One reading per subject member and object member, with polarity flips, amount
  /// predicates, negation and hedging read from the items in `span` and the whole clause.
  func combine(
    _ subject: Argument, _ predicate: Claim.Predicate, _ object: Argument, _ items: [Item],
    _ span: Range<Int>
  ) -> [Reading] {
    guard !subject.isBlocked, !object.isBlocked else { return [] }
    var predicate = predicate
    if object.hasAmountHead {
      if predicate == .activates { predicate = .increasesAmount }
      if predicate == .inhibits { predicate = .decreasesAmount }
    }
    if subject.isLoss { predicate = Self.flipped(predicate) }
    if object.hasLossHead { predicate = Self.flipped(predicate) }
    let lower = max(0, min(span.lowerBound, span.upperBound))
    let upper = min(items.count, max(span.lowerBound, span.upperBound))
    // `it is not known if X regulates Y`, `whether X reverses Y`: a question, not a claim.
    var back = lower - 1
    while back >= 0, items[back] != .punctuation(";") {
      if items[back] == .word("whether") { return [] }
      if items[back] == .word("if"), back >= 1, case .word(let previous) = items[back - 1],
        ["known", "clear", "unclear", "determine", "examined", "tested"].contains(previous)
      {
        return []
      }
      back -= 1
    }
    var isNegated = false
    for (position, item) in zip(lower..<upper, items[lower..<upper]) {
      guard case .word(let word) = item, V.negations.contains(word) else { continue }
      // `resulted in no episodes of Y`: a result that is absent is one that is prevented.
      if word == "no", position > 0, Self.isResultVerb(items[position - 1]) {
        predicate = Self.flipped(predicate)
        continue
      }
      isNegated = true
    }
    var isHedged = false
    for item in items {
      if case .word(let word) = item, V.hedges.contains(word) { isHedged = true }
    }
    var readings: [Reading] = []
    for from in subject.entities {
      guard [.gene, .family, .complex, .chemical].contains(from.type),
        !Self.genericArguments.contains(from.grounding)
      else { continue }
      for to in object.entities where !Self.genericArguments.contains(to.grounding) {
        readings.append(
          Reading(
            subject: from, predicate: predicate, object: to, isNegated: isNegated,
            isHedged: isHedged))
      }
    }
    return readings
  }

  static func flipped(_ predicate: Claim.Predicate) -> Claim.Predicate {
    switch predicate {
    case .activates: .inhibits
    case .inhibits: .activates
    case .increasesAmount: .decreasesAmount
    case .decreasesAmount: .increasesAmount
    case .promotes: .prevents
    case .prevents: .promotes
    case .binds, .phosphorylates, .methylates, .associatedWith: predicate
    }
  }
}
