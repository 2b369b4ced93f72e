import Model

/// Reads claims from one sentence whose entity mentions are known: rule-based and precision
/// first, the way INDRA's and SemRep's readers treat explicit statements.
///
/// - Active verbs: `X (can|may|…) activates Y`, `X, which inhibits Y`; passives and reduced
///   relatives: `Y is activated by X`, `Y activated by X`; nominalisations: `activation of Y
///   by X`, `X-induced phosphorylation of Y`, `binding of X to Y`; `X by inhibiting Y` gives
///   the sentence subject; `associated|correlated with`.
/// - Arguments are entity chains: `A/B/C pathway`, `A and B`, `both A and B`, `A/B` give one
///   claim per member, as curators record them (`activates the PI3K/Akt pathway` activates
///   PI3K and Akt). Subjects are genes, families, complexes or
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

    /// The word, when the item is one.
    var word: String? {
      if case .word(let word) = self { return word }
      return nil
    }
  }

  /// An entity chain and how the text qualifies it.
  struct Argument: Equatable {
    var members: [EntityMention]
    /// `A/B/C pathway`: the chain names one pathway (each member is an argument).
    var isPathway = false
    var isAntagonist = false
    /// `the Arg102Lys mutation`, `the ancestral LDH`, `pyruvate activity`: the chain stands for
    /// a mutant, residue or construct of its entity, or an enzyme's activity on it (a
    /// substrate), not the entity; like an antagonist, it is no argument and stops the search.
    var isStandIn = false
    /// `the Ras-PI3KC2β complex`, `ErbB2/EphrinB1 association`: the chain names a complex of
    /// its members (and, as a stand-in, is no argument).
    var namesComplex = false
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
    /// `A but not B`: the members a claim about the chain denies.
    var negatedMembers: [EntityMention] = []
    /// Index of the item after the chain's head nouns.
    var end = 0

    var entities: [EntityMention] { members }
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
    /// The pattern that read it; the claim filter weighs how often each is right.
    var rule: Rule = .verb
  }

  /// The patterns that give readings.
  enum Rule: String, Sendable {
    case agentNoun, association, catalysis, complex, complexChain, drugName, drugTreatment
    case effect, enzymeName, following, modifier, mutual, noun, partnerNoun, patientNoun, reaction
    case requirement, response, role, targetGene, verb
  }

  /// `readings` marked as read by `rule`.
  private func tagged(_ rule: Rule, _ readings: [Reading]) -> [Reading] {
    readings.map { reading in
      var reading = reading
      reading.rule = rule
      return reading
    }
  }

  typealias V = ClaimVocabulary

  /// Processes that are read as the head noun of the entity before them (`IL-6 transcription`,
  /// `IL-6 signaling`), not as arguments.
  static let headWords: [String: String] = [
    "GO:0006351": "transcription", "GO:0010467": "expression", "GO:0046903": "secretion",
    "GO:0023052": "signaling", "GO:0007165": "signaling", "GO:0006412": "translation",
    "CHEBI:33699": "mrna", "MESH:D015854": "up-regulation", "MESH:D015536": "down-regulation",
  ]

  /// `was obtained from`, `were a gift from`: the words before a supplier.
  static let materialCopulas: Set<String> = ["was", "were", "is", "are", "a", "kindly"]

  /// Words that open a clause: the words before them say nothing of a chain after them.
  static let clauseOpeners: Set<String> = ["that", "which", "whereas", "while", "when", "if"]

  static let determiners: Set<String> = [
    "a", "an", "the", "this", "these", "its", "their", "endogenous", "exogenous", "both",
  ]
  /// CURIEs too generic to be a claim's argument (disease, drug, cytokines, atom, solution,
  /// solvent, ligand, mutant proteins, kinase, growth factors in general, phospho-specific
  /// antibodies, cell lines, oncoproteins, peptides, ionophores; GDP, GTPγS and nucleotides,
  /// which a GTPase binds in every experiment on it; 5' and 3' untranslated regions, which an
  /// RNA-binding protein binds in the mRNA that is the claim's argument; initiation factors,
  /// RNA-binding proteins, nutrients and protein kinases in general; the luciferase of a
  /// reporter; microRNAs in general).
  static let genericArguments: Set<String> = [
    "DOID:4", "CHEBI:52217", "CHEBI:35610", "CHEBI:33250", "MESH:D016207", "CHEBI:23888",
    "MESH:D009361", "MESH:D014157", "CHEBI:75958", "CHEBI:46787", "CHEBI:52214",
    "MESH:D050505", "MESH:D010770", "FPLX:Growth_factor", "MESH:D045163", "MESH:D002460",
    "MESH:D015513", "CHEBI:16670", "CHEBI:17552", "CHEBI:36976", "CHEBI:43000", "CHEBI:24869",
    "MESH:D020413", "MESH:D020121", "MESH:D010448", "MESH:D016601", "CHEBI:33284", "MESH:D008156",
    "MESH:D011494", "MESH:D035683",
  ]

  /// The claims of a sentence's `text` whose mentions are `mentions` (UTF-8 offsets in `text`);
  /// `antecedent` is what `it` as a subject refers to when the sentence names nothing before it
  /// (the previous sentence's subject).
  func read(_ text: String, mentions: [EntityMention], antecedent: EntityMention? = nil)
    -> [Reading]
  {
    guard mentions.count >= 2 || (antecedent != nil && !mentions.isEmpty) else { return [] }
    return read(items: Self.items(text, mentions: mentions), mentions: mentions, antecedent: antecedent)
  }

  /// `read(_:mentions:antecedent:)` of a sentence already cut into `items`
  /// (`ClaimReader.items(text, mentions: mentions)`), for a caller that also asks for its
  /// `leadingSubject`: the sentence is cut once.
  func read(items: [Item], mentions: [EntityMention], antecedent: EntityMention? = nil)
    -> [Reading]
  {
    guard mentions.count >= 2 || (antecedent != nil && !mentions.isEmpty) else { return [] }
    return read(Self.resolvingIt(items, antecedent: antecedent))
  }

  private func read(_ items: [Item]) -> [Reading] {
    // `U0126 and LY294002 were purchased from Cell Signaling`, `ERK inhibitor SCH772984 was
    // obtained from Sellek chemicals`, `… was a gift from`: a material, not a finding.
    if items.contains(.word("purchased")) { return [] }
    if Self.isDirectQuestion(items) { return [] }
    for (index, item) in items.enumerated().dropLast() {
      // `from`/`by` first: a cheap test that rules out most words.
      guard case .word(let verb) = item,
        items[index + 1] == .word("from") || items[index + 1] == .word("by"),
        ["obtained", "supplied", "provided", "gift"].contains(verb)
      else { continue }
      if index >= 1, items[index - 1].word.map(Self.materialCopulas.contains) == true {
        return []
      }
    }
    var readings: [Reading] = []
    for (index, item) in items.enumerated() {
      if case .argument(let argument) = item, argument.isModifier {
        readings += tagged(.modifier, modifierReadings(items, at: index, subject: argument))
      }
      if case .argument(let argument) = item, argument.isAntagonist {
        readings += tagged(.drugName, drugNameReadings(items, at: index, target: argument))
      }
      if case .argument(let argument) = item, index + 1 < items.count,
        items[index + 1] == .word("kinase") || items[index + 1] == .word("phosphatase")
      {
        readings += tagged(.enzymeName, enzymeNameReadings(items, at: index, substrate: argument))
      }
      if case .argument(let argument) = item, argument.namesComplex {
        readings += tagged(.complexChain, complexChainReadings(items, at: index, chain: argument))
      }
      // One lookup rules out the words that start no reading below.
      guard case .word(let word) = item, V.readingTriggers.contains(word) else { continue }
      if var predicate = V.verbs[word] {
        if predicate == .associatedWith, index >= 1, case .word(let adverb) = items[index - 1],
          let directed = V.directedRegulation[adverb]
        {
          predicate = directed
        }
        readings += tagged(.verb, verbReadings(items, at: index, word: word, predicate: predicate))
      }
      if V.catalysisVerbs.contains(word) {
        readings += tagged(.catalysis, catalysisReadings(items, at: index))
      }
      if V.conversionVerbs.contains(word) {
        readings += tagged(.reaction, reactionReadings(items, at: index))
      }
      if let predicate = V.nouns[word] {
        readings += tagged(.noun, nounReadings(items, at: index, predicate: predicate))
        readings += tagged(.drugTreatment, drugTreatmentReadings(items, at: index, predicate: predicate))
      }
      if let predicate = V.agentNouns[word] {
        readings += tagged(.agentNoun, agentNounReadings(items, at: index, predicate: predicate))
      }
      if let predicate = V.patientNouns[word] {
        readings += tagged(.patientNoun, patientNounReadings(items, at: index, predicate: predicate))
        readings += tagged(.patientNoun, compoundPatientReadings(items, at: index, predicate: predicate))
        if predicate == .phosphorylates || predicate == .binds {
          readings += tagged(.patientNoun, patientMembersReadings(items, at: index, predicate: predicate))
        }
      }
      if V.requirementWords.contains(word), index + 1 < items.count, items[index + 1] == .word("for") {
        readings += tagged(.requirement, requirementReadings(items, at: index))
      }
      if word == "target" {
        readings += tagged(.targetGene, targetGeneReadings(items, at: index))
      }
      if word == "response" {
        readings += tagged(.response, responseReadings(items, at: index))
      }
      if word == "following" {
        readings += tagged(.following, followingReadings(items, at: index))
      }
      if word == "between" || word == "of" {
        readings += tagged(.complex, complexReadings(items, at: index))
      }
      if Self.complexNouns.contains(word) {
        readings += tagged(.partnerNoun, partnerNounReadings(items, at: index))
      }
      if Self.compositionWords.contains(word) {
        readings += tagged(.complexChain, subunitReadings(items, at: index))
      }
      if Self.mutualVerbs.contains(word) {
        readings += tagged(.mutual, mutualReadings(items, at: index, verb: word))
      }
      if word == "role" || word == "roles", index + 1 < items.count, items[index + 1] == .word("in")
      {
        readings += tagged(.role, roleReadings(items, at: index))
      }
      if word == "effect" || word == "effects", index + 1 < items.count,
        items[index + 1] == .word("of")
      {
        readings += tagged(.effect, effectReadings(items, at: index))
      }
      if word == "effect" || word == "effects", index + 1 < items.count,
        items[index + 1] == .word("on")
      {
        readings += tagged(.effect, effectOnReadings(items, at: index))
      }
      if index + 1 < items.count,
        V.associationWords.contains(word)
          && (items[index + 1] == .word("with") || items[index + 1] == .word("to"))
          || V.involvementWords.contains(word) && items[index + 1] == .word("in")
      {
        readings += tagged(.association, associationReadings(items, at: index))
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

  /// One reading per subject member and object member, with polarity flips, amount
  /// predicates, negation and hedging read from the items in `span` and the whole clause.
  /// With `isNaming` (`the PI3K inhibitor BKM-120`), the reading names what a drug is, which a
  /// condition around it does not make conditional.
  func combine(
    _ subject: Argument, _ predicate: Claim.Predicate, _ object: Argument, _ items: [Item],
    _ span: Range<Int>, isNaming: Bool = false
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
    // `to explore X in Y`: an aim (unless a finding follows: `we examined X and found that`).
    var back = lower - 1
    var isAfterThat = false
    var isAfterComma = false
    // A naming (`U0126, a MEK inhibitor`) holds inside an aim or a question too.
    while !isNaming, back >= 0, items[back] != .punctuation(";") {
      if items[back] == .word("whether") { return [] }
      if items[back] == .punctuation(",") { isAfterComma = true }
      // `Presumably, if Rap1 is required for ERK activation, then …`: a condition, not a
      // finding (when the claim is inside the `if` clause, before its comma).
      if items[back] == .word("if"), !isAfterComma, !isAfterThat, !isNaming { return [] }
      // `It is therefore not certain that Rap1 mediates …`: an open question.
      if items[back] == .word("that"), back >= 2, case .word(let adjective) = items[back - 1],
        ["certain", "clear", "known", "established"].contains(adjective),
        items[back - 2] == .word("not")
      {
        return []
      }
      if items[back] == .word("that") { isAfterThat = true }
      if !isAfterThat, Self.opensAnAim(items, at: back) { return [] }
      if Self.opensAHypothesis(items, at: back) { return [] }
      // `it is unclear if/how X could affect Y`.
      if items[back] == .word("if") || items[back] == .word("how"), back >= 1,
        case .word(let previous) = items[back - 1],
        ["known", "clear", "unclear", "determine", "examined", "tested"].contains(previous)
      {
        return []
      }
      back -= 1
    }
    // `neither A nor B interacted with Y`: the negation stands before the subject; `the
    // inability of Lck to phosphorylate Y` denies it.
    var isNegated = items[max(0, lower - 2)..<lower].contains {
      $0 == .word("neither") || $0 == .word("nor")
    }
    if lower >= 2, items[lower - 1] == .word("of"), case .word(let noun) = items[lower - 2],
      V.abilityNouns[noun] == false
    {
      isNegated = true
    }
    for (position, item) in zip(lower..<upper, items[lower..<upper]) {
      guard case .word(let word) = item, V.negations.contains(word) else { continue }
      // `co-IPed not only A but also B`: no negation.
      if word == "not", position + 1 < items.count, items[position + 1] == .word("only") { continue }
      // `A but not B binds Y`: the contrast denies B alone (`negatedMembers`).
      if word == "not", position >= 1, items[position - 1] == .word("but"), position + 1 < items.count,
        case .argument = items[position + 1]
      {
        continue
      }
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
      for to in object.entities
      where !Self.genericArguments.contains(to.grounding) && !Self.isPlace(to) {
        let isDenied = subject.negatedMembers.contains(from) || object.negatedMembers.contains(to)
        readings.append(
          Reading(
            subject: from, predicate: predicate, object: to, isNegated: isNegated || isDenied,
            isHedged: isHedged))
      }
    }
    return readings
  }

  /// `Does IL-6 activate STAT3 in these cells?`, `How does LARP1 bind mTORC1?`: a question
  /// (a reviewer's, most often) states nothing.
  static func isDirectQuestion(_ items: [Item]) -> Bool {
    guard items.last == .punctuation("?"), case .word(let first) = items.first else { return false }
    return V.questionOpeners.contains(first)
  }

  /// `to explore the contribution of Gab1 to EGF stimulation of PI-3 kinase`, `we next
  /// examined the role of X in Y`: an aim of the study, not a finding; what follows is asked,
  /// not stated.
  static func opensAnAim(_ items: [Item], at index: Int) -> Bool {
    guard case .word(let word) = items[index], V.aimVerbs.contains(word), index >= 1,
      case .word(let before) = items[index - 1]
    else { return false }
    // `Future studies will test …`: an aim too.
    if before == "to" || before == "we" || before == "will" { return true }
    return index >= 2 && ["next", "first", "then", "also", "further"].contains(before)
      && items[index - 2] == .word("we")
  }

  /// `we propose that X ...`, `we hypothesized that ...`, `one could hypothesize that ...`:
  /// the authors' conjecture, not a finding (whatever `that` opens).
  static func opensAHypothesis(_ items: [Item], at index: Int) -> Bool {
    guard case .word(let word) = items[index], V.hypothesisVerbs.contains(word), index >= 1,
      case .word(let before) = items[index - 1]
    else { return false }
    return ["we", "could", "might", "may", "to"].contains(before)
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
