import Model

/// The patterns that give readings: verbs (active, passive, coordinated), nominalisations,
/// modifiers (`X-induced Y`), `a role in`, and `associated with`.
extension ClaimReader {
  func verbReadings(
    _ items: [Item], at index: Int, word: String, predicate: Claim.Predicate
  ) -> [Reading] {
    // `X-induced activation of Y` is read by the noun rule.
    if index >= 1, items[index - 1] == .punctuation("-") { return [] }
    // `SMO bound to cholesterol`, `Ras is bound to PI3KC2β`: the entity before binds the one
    // after `to`.
    if word == "bound", index + 2 < items.count, items[index + 1] == .word("to") {
      var holder = index >= 2 && items[index - 1].word.map(V.beForms.contains) == true ? index - 2 : index - 1
      // `Rab10 that was bound to RILPL1`.
      if holder >= 1, holder < index - 1, items[holder] == .word("that") || items[holder] == .word("which") {
        holder -= 1
      }
      guard holder >= 0, case .argument(let bound) = items[holder], !bound.isModifier,
        let partner = argument(in: items, from: index + 2, step: 1, limit: 2)
      else { return [] }
      return combine(bound, .binds, partner.argument, items, holder..<partner.index)
    }
    let previousWord = previousWords(items, before: index, count: 2)
    // Passive or reduced relative: `Y is activated by X`, `Y activated by X`, and after a
    // form of `be`, a short phrase before `by`: `Y was elevated in both sexes by X`.
    if word.hasSuffix("ed") || word == "bound",
      let by = passiveBy(
        items, after: index,
        isAfterBe: previousWord.contains { V.beForms.contains($0) || V.becomeForms.contains($0) })
        ?? drugWith(items, after: index, predicate: predicate)
    {
      guard var subject = argument(in: items, from: by + 1, step: 1, limit: 3) else { return [] }
      // `Once recruited to the TCR and activated by Lck, ZAP-70 phosphorylates Y`: a clause
      // that opens with the participle speaks of the main clause's subject.
      if let patient = fronted(items, participle: index, agentEnd: subject.index) {
        return combine(subject.argument, predicate, patient.argument, items, index..<patient.index)
      }
      guard let nearest = patientBeforeRelativeClause(items, before: index)
          ?? nearestArgument(items, before: index, limit: 5, needsSubject: false)
          ?? sharedPassive(items, before: index).flatMap({
            patientBeforeRelativeClause(items, before: $0)
              ?? nearestArgument(items, before: $0, limit: 5, needsSubject: false)
          })
      else { return [] }
      // `inhibited by BAY43-9006 and by rapamycin`.
      if subject.index + 2 < items.count, items[subject.index + 1] == .word("and"),
        items[subject.index + 2] == .word("by"),
        let more = argument(in: items, from: subject.index + 3, step: 1, limit: 2)
      {
        subject.argument.members += more.argument.members
        subject.index = more.index
      }
      let object = appositionHead(items, of: nearest) ?? nearest
      return combine(
        subject.argument, predicate, object.argument, items, object.index..<subject.index)
    }
    // `immunoblot for phosphorylated and total ERK`, `the amount of activated Src`, `the bound
    // GTP`: a participle right after `for`/`of`/`against` or an article is an adjective of the
    // noun after it, not a verb.
    if word.hasSuffix("ed") || word == "bound", index >= 1, case .word(let before) = items[index - 1],
      ["for", "of", "against", "the", "a", "an", "with", "to", "by", "from", "on"].contains(before)
        || before.hasSuffix("-with")
    {
      return []
    }
    // `Mdm2 is constitutively repressing p53 activation`: a progressive is active.
    if word.hasSuffix("ing") {
      var be = index - 1
      while be > 0, case .word(let adverb) = items[be], V.verbModifiers.contains(adverb) { be -= 1 }
      if be >= 1, be < index, items[be].word.map(V.beForms.contains) == true {
        guard let object = argument(in: items, from: index + 1, step: 1, limit: 6),
          let subject = nearestArgument(items, before: be, limit: 3, needsSubject: true)
        else { return [] }
        return combine(subject.argument, predicate, object.argument, items, subject.index..<object.index)
      }
    }
    // `AKT becomes fully activated following PI3K activation`: a passive without `by`
    // (`EphrinB1 was pulled down with ErbB2`: a partner after `with` is no agent).
    if previousWord.contains(where: { V.beForms.contains($0) || V.becomeForms.contains($0) }),
      !word.hasSuffix("-with")
    {
      return []
    }
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
      // `blocking ErbB2 with trastuzumab`: the drug the action is done with does it.
      if let object = argument(in: items, from: index + 1, step: 1, limit: 3),
        object.index + 2 < items.count, items[object.index + 1] == .word("with"),
        case .argument(let drug) = items[object.index + 2], !drug.isBlocked,
        drug.members.allSatisfy({ $0.type == .chemical })
      {
        return combine(drug, predicate, object.argument, items, index..<(object.index + 2))
      }
      // `by directly activating Y`: past an adverb.
      let opener =
        index >= 2 && items[index - 1].word.map({ V.verbModifiers.contains($0) && $0.hasSuffix("ly") }) == true
        ? index - 1 : index
      // `a role for Ras in negatively regulating Y`.
      let role = roleHolder(items, before: opener)
      guard opener >= 1,
        items[opener - 1] == .word("by") || items[opener - 1] == .word("via")
          || (index >= 2 && items[index - 1] == .word("for")
            && items[index - 2] == .word("responsible"))
          // `ATM, a kinase … capable of phosphorylating KAP1`.
          || (index >= 2 && items[index - 1] == .word("of")
            && items[index - 2] == .word("capable"))
          || (index >= 2 && items[index - 1] == .word("at")
            && items[index - 2].word.map(Self.efficacyWords.contains) == true)
          || isParticipleClause(items, at: index)
          || role != nil,
        let object = argument(in: items, from: index + 1, step: 1, limit: 5),
        let subject = role ?? clauseSubject(items, before: opener - 1)
      else { return [] }
      return combine(
        subject.argument, predicate, object.argument, items, subject.index..<object.index)
    }
    // Active: `X (can) activate Y`, `X, which inhibits Y`, `X reduces A and eliminates Y`.
    // `stresses that deplete ATP, and increase ADP`: after `, and`, the chain right before it
    // is the earlier verb's object, not this verb's subject.
    let isAfterCommaAnd = index >= 2 && items[index - 1] == .word("and") && items[index - 2] == .punctuation(",")
    // `X binds (directly) to Y`, `X binds with Y`: the partner follows the preposition.
    var objectStart = sharedObjectStart(items, after: index) ?? index + 1
    // `GSK690693 does not protect from cell death`: what is prevented follows `from`.
    if predicate == .prevents, index + 1 < items.count,
      items[index + 1] == .word("from") || items[index + 1] == .word("against")
    {
      objectStart = index + 2
    }
    if predicate == .binds {
      var next = index + 1
      while next < items.count, case .word(let word) = items[next], V.verbModifiers.contains(word) {
        next += 1
      }
      if next < items.count, items[next] == .word("to") || items[next] == .word("with") {
        objectStart = next + 1
      }
    }
    guard
      var object = argument(
        in: items, from: objectStart, step: 1, limit: predicate == .binds ? 4 : 6),
      let subject = coordinatedSubject(items, before: index)
        ?? nearestArgument(items, before: index, limit: 8, needsSubject: true)
        ?? exampleList(items, after: object.index)
        ?? subjectSharedAfterBut(items, before: index),
      !(isAfterCommaAnd && subject.index + 1 == index - 2)
    else { return [] }
    // `some were then treated with IGF-1 to activate Akt`, `treated with the Ca2+ ionophore
    // A23187 to activate CaMKKβ`: the purpose of a treatment is the design of the experiment,
    // not its finding.
    var with = subject.index - 1
    while with > subject.index - 6, with >= 1, items[with] != .word("with") {
      if case .word(let word) = items[with],
        V.verbsAndNouns.contains(word) || V.prepositions.contains(word)
          || Self.clauseOpeners.contains(word)
      {
        break
      }
      with -= 1
    }
    if index >= 1, items[index - 1] == .word("to"), with >= 1, items[with] == .word("with"),
      case .word(let treated) = items[with - 1],
      V.exposureWords[treated] == "with" || ["pretreated", "incubated", "stimulated"].contains(treated)
    {
      return []
    }
    // The clause from subject to object; from the verb when the subjects are examples listed
    // after the object (`conditions predisposing Y such as A and B`).
    let span = subject.index < object.index ? subject.index..<object.index : index..<object.index
    // `X produced synergistic inhibition of Y`: a negative nominalisation before the object
    // turns the verb's predicate around.
    // (Past a modifier before the object: `suppression of AKT-dependent BAD phosphorylation`.)
    var of = object.index - 1
    while of >= 1, items[of] == .punctuation("-") || items[of].word?.hasSuffix("dependent") == true
      || { if case .argument(let modifier) = items[of] { return modifier.isModifier } else { return false } }()
    {
      of -= 1
    }
    if [.increasesAmount, .promotes, .activates].contains(predicate), of >= 1,
      items[of] == .word("of"), case .word(let noun) = items[of - 1],
      let nominal = V.nouns[noun], [.inhibits, .decreasesAmount].contains(nominal)
    {
      return combine(subject.argument, nominal, object.argument, items, span)
    }
    // `X stimulated an increase in Y`, `X resulted in a decrease in Y`: the change in the
    // object's amount, read through the verb.
    if [.increasesAmount, .promotes, .activates].contains(predicate), object.index >= 2,
      items[object.index - 1] == .word("in"), case .word(let noun) = items[object.index - 2],
      let change = V.changeNouns[noun]
    {
      return combine(subject.argument, change, object.argument, items, span)
    }
    // `protect neurons against neurotoxicity`: what is prevented follows `against`.
    if predicate == .prevents, object.index + 1 < items.count,
      items[object.index + 1] == .word("against") || items[object.index + 1] == .word("from"),
      let threat = argument(in: items, from: object.index + 2, step: 1, limit: 2)
    {
      object = threat
    }
    let readings = combine(
      subject.argument, predicate, object.argument, items, span)
    // `inhibition of mTOR by rapamycin reduced Y`: the drug that brings the loss about acts
    // on Y as the verb says.
    if subject.argument.isLoss, subject.index + 2 < items.count,
      items[subject.index + 1] == .word("by") || items[subject.index + 1] == .word("with"),
      case .argument(let drug) = items[subject.index + 2], !drug.isBlocked, !drug.isLoss,
      drug.members.allSatisfy({ $0.type == .chemical })
    {
      return readings + combine(drug, predicate, object.argument, items, span)
    }
    return readings
  }

  /// `conditions predisposing hypophosphatemia such as sepsis, catecholamines, intravenous
  /// glucose infusion, diuretics and rhabdomyolysis`: when the verb's subject is a plain noun,
  /// the examples listed after its object are the subjects; an example counts if its entity
  /// heads it (`glucose infusion`, not `alcohol withdrawal`).
  func exampleList(_ items: [Item], after objectIndex: Int) -> (
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
  func sharedObjectStart(_ items: [Item], after index: Int) -> Int? {
    guard index + 1 < items.count,
      items[index + 1] == .word("and") || items[index + 1] == .word("or")
    else { return nil }
    for position in (index + 2)..<min(items.count, index + 6) {
      if case .word(let word) = items[position], V.verbs[word] != nil { return position + 1 }
    }
    return nil
  }

  /// `ATF4 protein, which was decreased with rapamycin`, `inhibited with MK2206`: the index of
  /// `with` (or `using`) that gives a drug as the agent of a participle that lowers or blocks.
  func drugWith(_ items: [Item], after index: Int, predicate: Claim.Predicate) -> Int? {
    guard [.inhibits, .decreasesAmount].contains(predicate), index + 2 < items.count,
      items[index + 1] == .word("with") || items[index + 1] == .word("using")
    else { return nil }
    var drug = index + 2
    if case .word(let word) = items[drug], Self.determiners.contains(word) { drug += 1 }
    guard drug < items.count, case .argument(let argument) = items[drug],
      argument.members.allSatisfy({ $0.type == .chemical })
    else { return nil }
    return index + 1
  }

  /// `LARP1, which stably interacts with RP mRNAs, is phosphorylated by mTORC1`: the passive's
  /// patient is the entity before the relative clause, not the last one inside it.
  func patientBeforeRelativeClause(_ items: [Item], before index: Int) -> (argument: Argument, index: Int)? {
    var position = index - 1
    while position >= 0, case .word(let word) = items[position],
      V.beForms.contains(word) || V.verbModifiers.contains(word) || ["not", "then"].contains(word)
    {
      position -= 1
    }
    guard position >= 2, items[position] == .punctuation(",") else { return nil }
    var back = position - 1
    while back >= 1, position - back <= 20 {
      if case .punctuation(let mark) = items[back] {
        guard mark == ",", case .word(let opener) = items[back + 1], ["which", "who"].contains(opener)
        else { return nil }
        return nearestArgument(items, before: back, limit: 3, needsSubject: false)
      }
      back -= 1
    }
    return nil
  }

  /// `X is more effective at inhibiting Y`: the words before `at` whose gerund X does.
  static let efficacyWords: Set<String> = [
    "effective", "efficient", "potent", "successful", "synergistic", "better", "best",
  ]

  /// `PTPN13 dephosphorylates this residue, inactivating Src`, `…, thereby blocking Y`: a
  /// present participle after a comma (and `thereby`/`thus`) whose subject is the clause's.
  func isParticipleClause(_ items: [Item], at index: Int) -> Bool {
    var comma = index - 1
    if comma >= 1, items[comma] == .word("thereby") || items[comma] == .word("thus") { comma -= 1 }
    return comma >= 1 && items[comma] == .punctuation(",")
  }

  /// `Y is partially inhibited by rapamycin but largely inhibited by Torin1`: for a passive
  /// participle after `but` or `and` (past adverbs), the passive participle before it, with
  /// `by` and its agent, whose patient the two share.
  func sharedPassive(_ items: [Item], before index: Int) -> Int? {
    var position = index - 1
    while position > 0, case .word(let word) = items[position],
      V.verbModifiers.contains(word) || word.hasSuffix("ly")
    {
      position -= 1
    }
    guard position >= 3, items[position] == .word("but") || items[position] == .word("and") else { return nil }
    var back = position - 1
    if items[back] == .punctuation(",") { back -= 1 }
    var look = back
    while look >= 1, back - look <= 8 {
      if items[look] == .word("by"), case .word(let participle) = items[look - 1],
        participle.hasSuffix("ed"), V.verbs[participle] != nil
      {
        return look - 1
      }
      switch items[look] {
      case .word(let word):
        if V.verbs[word] != nil || V.boundaries.contains(word) || Self.clauseOpeners.contains(word) { return nil }
      case .punctuation(let mark):
        if mark != "," && mark != "-" && mark != "/" { return nil }
      case .argument: break
      }
      look -= 1
    }
    return nil
  }

  /// Conjunctions that open a participle clause before the main clause: `Once activated by X,`.
  static let participleClauseOpeners: Set<String> = ["once", "when", "after", "upon", "if", "while"]

  /// `(Once) recruited to the TCR and activated by Lck, ZAP-70 …`: when the participle at
  /// `participle` opens the sentence (after a conjunction, or after another participle and
  /// `and`) and a comma follows its agent, the main clause's subject right after the comma.
  func fronted(_ items: [Item], participle: Int, agentEnd: Int) -> (argument: Argument, index: Int)? {
    guard agentEnd + 2 < items.count, items[agentEnd + 1] == .punctuation(",") else { return nil }
    var start = 0
    if case .word(let first) = items[0], Self.participleClauseOpeners.contains(first) { start = 1 }
    guard start < participle, case .word(let opening) = items[start], opening.hasSuffix("ed")
    else { return start == participle ? mainSubject(items, after: agentEnd + 1) : nil }
    // Between the first participle and this one: no punctuation and no verb but participles.
    for item in items[(start + 1)..<participle] {
      switch item {
      case .punctuation: return nil
      case .word(let word):
        if V.beForms.contains(word) || Self.clauseOpeners.contains(word)
          || (V.verbs[word] != nil && !word.hasSuffix("ed"))
        {
          return nil
        }
      case .argument: continue
      }
    }
    guard items[participle - 1] == .word("and") else { return nil }
    return mainSubject(items, after: agentEnd + 1)
  }

  /// The entity that opens the clause after `comma`, when a verb follows it.
  private func mainSubject(_ items: [Item], after comma: Int) -> (argument: Argument, index: Int)? {
    guard let subject = argument(in: items, from: comma + 1, step: 1, limit: 1),
      !subject.argument.isBlocked, subject.index + 1 < items.count,
      case .word(let verb) = items[subject.index + 1],
      V.verbs[verb] != nil || V.verbModifiers.contains(verb)
    else { return nil }
    return subject
  }

  /// The index of `by` that makes the participle at `index` passive: right after it, or, when
  /// a form of `be` precedes the participle, after a phrase of at most twelve items (words,
  /// entities, parentheses) with no verb, clause boundary, `and` or other punctuation: `Aβ is
  /// produced through the sequential proteolysis processing of amyloid precursor protein
  /// (APP) by β- and γ-secretases`.
  func passiveBy(_ items: [Item], after index: Int, isAfterBe: Bool) -> Int? {
    var position = index + 1
    while position < items.count, position - index <= (isAfterBe ? 13 : 1) {
      switch items[position] {
      case .word(let word):
        if word == "by" { return position }
        // `were blocked or reduced by MK2206`: past the coordinated participle.
        if word == "or" || word == "and", position + 1 < items.count,
          case .word(let next) = items[position + 1], next.hasSuffix("ed"), V.verbs[next] != nil
        {
          position += 2
          continue
        }
        // `c-MYC can be activated downstream of mTORC1`.
        if word == "downstream", position + 1 < items.count, items[position + 1] == .word("of") {
          return position + 1
        }
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

  func nounReadings(_ items: [Item], at index: Int, predicate: Claim.Predicate)
    -> [Reading]
  {
    // `ASPP2 phosphorylation by MAPK`, `Rap1A inhibition by GGTI-298`.
    if index + 1 < items.count, items[index + 1] == .word("by") {
      return nounByReadings(items, at: index, predicate: predicate)
    }
    // `eIF2α-P dephosphorylation activity of the PP1-PPP1R15A holophosphatase`: the enzyme
    // whose activity it is acts, as after `by`.
    if index + 2 < items.count, items[index + 1] == .word("activity"), items[index + 2] == .word("of") {
      return nounByReadings(items, at: index, predicate: predicate, agentStart: index + 3)
    }
    guard index + 1 < items.count, items[index + 1] == .word("of"),
      var object = argument(
        in: items, from: Self.pastResidue(items, from: Self.pastNestedNoun(items, from: index + 2)),
        step: 1, limit: 2)
    else { return [] }
    // `phosphorylation of ASPP2 at Ser827 by MAPK`: past the site to `by`.
    if object.index + 3 < items.count, items[object.index + 1] == .word("at"),
      case .word(let site) = items[object.index + 2], Self.isResidue(site),
      items[object.index + 3] == .word("by")
    {
      object.index += 2
    }
    // `binding of X to Y`, `binding of PI3KC2β-RBD to Ras`.
    if predicate == .binds {
      var to = object.index + 1
      if to + 1 < items.count, items[to] == .punctuation("-"),
        items[to + 1].word.map(V.domainNames.contains) == true
      {
        to += 2
      }
      guard to < items.count, items[to] == .word("to") || items[to] == .word("with"),
        let partner = argument(in: items, from: to + 1, step: 1, limit: 2)
      else { return [] }
      return combine(object.argument, .binds, partner.argument, items, index..<partner.index)
    }
    // `activation of Y by X`; `inhibition of ERK phosphorylation by X`; `inhibition of Rap1A
    // and Rap1B by Rap1GAP`.
    var by = Self.coordinationEnd(items, from: object.index) + 1
    if by + 1 < items.count, case .word(let head) = items[by],
      V.nouns[head] != nil || V.amountHeads.contains(head) || head == "activity",
      items[by + 1] == .word("by")
    {
      by += 1
    }
    if by < items.count, items[by] == .word("by"),
      let subject = argument(in: items, from: by + 1, step: 1, limit: 2)
    {
      return combine(subject.argument, predicate, object.argument, items, index..<subject.index)
    }
    // `X-induced activation of Y`, `X-mediated phosphorylation of Y`, `insulin-activated
    // phosphorylation of 4EBP1`.
    var back = index - 1
    while back >= 0, case .word(let word) = items[back], !Self.agentParticiples.contains(word),
      index - back <= 2
    {
      back -= 1
    }
    if back >= 2, case .word = items[back], items[back - 1] == .punctuation("-"),
      case .argument(let subject) = items[back - 2]
    {
      return combine(subject, predicate, object.argument, items, (back - 2)..<object.index)
    }
    // `the EGF induced activation of PI3K`: the same, unhyphenated (a compound modifier).
    if back >= 1, case .word(let participle) = items[back], Self.agentParticiples.contains(participle),
      case .argument(let subject) = items[back - 1], subject.isModifier
    {
      return combine(subject, predicate, object.argument, items, (back - 1)..<object.index)
    }
    // `T3 up-regulation of BTEB`, `rapamycin inhibition of ERK`: the entity right before the
    // noun is its agent (no loss: the noun is the predicate).
    // `ATM or mTOR phosphorylation of KAP1`: each of a list before the noun.
    if index >= 1, case .argument(var subject) = items[index - 1], !subject.isModifier {
      subject.isLoss = false
      var first = index - 1
      while first >= 2, items[first - 1] == .word("and") || items[first - 1] == .word("or"),
        case .argument(let more) = items[first - 2], !more.isModifier, !more.isBlocked
      {
        subject.members = more.members + subject.members
        first -= 2
      }
      return combine(subject, predicate, object.argument, items, first..<object.index)
    }
    // `EGF-stimulation of PI-3 kinase`: the same, hyphenated.
    if index >= 2, items[index - 1] == .punctuation("-"), case .argument(var subject) = items[index - 2] {
      subject.isModifier = false
      return combine(subject, predicate, object.argument, items, (index - 2)..<object.index)
    }
    return []
  }

  /// `X-induced N of Y`, `the EGF induced N of Y`: participles after an entity that make it
  /// the agent of the nominalisation that follows.
  static let agentParticiples: Set<String> = [
    "induced", "mediated", "dependent", "triggered", "activated", "stimulated",
  ]

  /// The index of the last argument coordinated with the one at `index` (`A and B`, `A, B,
  /// and C`, `A or B`); `index` itself when none is.
  static func coordinationEnd(_ items: [Item], from index: Int) -> Int {
    var last = index
    var next = index + 1
    while next < items.count,
      items[next] == .word("and") || items[next] == .word("or") || items[next] == .punctuation(",")
    {
      var after = next + 1
      if after < items.count, items[after] == .word("and") || items[after] == .word("or") { after += 1 }
      guard after < items.count, case .argument = items[after] else { break }
      last = after
      next = after + 1
    }
    return last
  }

  /// `ASPP2 phosphorylation by RAS/MAPK`, `AKT kinase inhibition by GSK690693 and MK2206`: the
  /// entity right before the noun (past `kinase`, `pathway`) is acted on by the one after `by`.
  func nounByReadings(
    _ items: [Item], at index: Int, predicate: Claim.Predicate, agentStart: Int? = nil
  ) -> [Reading] {
    var before = index - 1
    while before >= 1, case .word(let word) = items[before],
      ["kinase", "pathway", "signaling", "signalling", "protein", "tyrosine"].contains(word)
    {
      before -= 1
    }
    // `eIF2α-P dephosphorylation`: the phosphorylated form stands for the protein.
    if before >= 2, items[before] == .word("p"), items[before - 1] == .punctuation("-") {
      before -= 2
    }
    guard before >= 0, case .argument(let object) = items[before], !object.isModifier,
      let subject = argument(in: items, from: agentStart ?? index + 2, step: 1, limit: 3)
    else { return [] }
    // `inhibition of ERK phosphorylation by X`: the agent is the outer nominalisation's.
    if before >= 2, items[before - 1] == .word("of"), items[before - 2].word.map({ V.nouns[$0] != nil }) == true {
      return []
    }
    return combine(subject.argument, predicate, object, items, before..<subject.index)
  }

  /// `mTORC1 inhibition with rapamycin or Torin1`, `inhibition of PI3K with LY294002`: a drug
  /// given to inhibit (activate) the entity does so.
  func drugTreatmentReadings(_ items: [Item], at index: Int, predicate: Claim.Predicate)
    -> [Reading]
  {
    guard [.inhibits, .activates].contains(predicate) else { return [] }
    var target: (argument: Argument, index: Int)?
    var preposition = index + 1
    if index >= 1, case .argument(let before) = items[index - 1], !before.isModifier {
      target = (before, index - 1)
    } else if preposition < items.count, items[preposition] == .word("of"),
      let object = argument(in: items, from: preposition + 1, step: 1, limit: 2)
    {
      target = object
      preposition = object.index + 1
    }
    // `inhibition with both GSK2578215A and HG-10-102-01`.
    var drugStart = preposition + 1
    if drugStart < items.count, items[drugStart] == .word("both") || items[drugStart] == .word("either") {
      drugStart += 1
    }
    guard let target, drugStart < items.count,
      items[preposition] == .word("with") || items[preposition] == .word("using"),
      case .argument(var drugs) = items[drugStart],
      !drugs.isBlocked, drugs.members.allSatisfy({ $0.type == .chemical })
    else { return [] }
    // `with rapamycin or Torin1`.
    var end = drugStart + 1
    if end + 1 < items.count, items[end] == .word("or") || items[end] == .word("and"),
      case .argument(let more) = items[end + 1], more.members.allSatisfy({ $0.type == .chemical })
    {
      drugs.members += more.members
      end += 2
    }
    drugs.isAfterPreposition = false
    return combine(
      drugs, predicate, target.argument, items, min(index, target.index)..<end, isNaming: true)
  }

  /// `inhibition of the phosphorylation of ERK`: the index past a nested nominalisation (or
  /// activity, amount noun) and its `of`, or `start` when none is there.
  static func pastNestedNoun(_ items: [Item], from start: Int) -> Int {
    var index = start
    if index < items.count, case .word(let word) = items[index], determiners.contains(word) {
      index += 1
    }
    guard index + 1 < items.count, case .word(let noun) = items[index],
      V.nouns[noun] != nil || V.amountHeads.contains(noun) || noun == "activity",
      items[index + 1] == .word("of")
    else { return start }
    return index + 2
  }

  /// `Ser487`, `Thr172`, `Tyr-705`, `S827`: an amino-acid residue with its number.
  static func isResidue(_ word: String) -> Bool {
    let letters = word.prefix { $0.isLetter }
    guard ["ser", "thr", "tyr", "s", "t", "y", "serine", "threonine", "tyrosine"].contains(letters)
    else { return false }
    let rest = word.dropFirst(letters.count).drop { $0 == "-" }
    return !rest.isEmpty && rest.allSatisfy(\.isNumber)
  }

  /// `phosphorylation of Ser487 on AMPK-α1`: the index past a residue and its `on`/`in`/`of`
  /// (or `start` when none is there).
  static func pastResidue(_ items: [Item], from start: Int) -> Int {
    guard start + 1 < items.count, case .word(let site) = items[start], isResidue(site),
      case .word(let preposition) = items[start + 1], ["on", "in", "of", "within"].contains(preposition)
    else { return start }
    return start + 2
  }

  /// `T3-induced neural differentiation`, `calcium-mediated neurotoxicity`: the entity before
  /// the participle acts on the noun the compound modifies (the nearest one: a modifier does
  /// not reach across `and`). A trigger noun next (`IL-6-induced activation of Y`) is left to
  /// the nominalisation rule.
  func modifierReadings(_ items: [Item], at index: Int, subject: Argument) -> [Reading] {
    // `X-induced Y`, or after a determiner `the X induced Y`.
    let participleIndex = index + (index + 1 < items.count && items[index + 1] == .punctuation("-") ? 2 : 1)
    guard participleIndex < items.count, case .word(let participle) = items[participleIndex],
      let predicate = V.participleModifiers[participle]
        ?? (participleIndex == index + 2 ? V.hyphenModifiers[participle] : nil)
    else { return [] }
    // `PD-associated LRRK2 mutations`: a disease-associated gene (its mutants too).
    if participle == "associated", participleIndex == index + 2,
      subject.members.allSatisfy({ $0.type == .disease }), participleIndex + 1 < items.count,
      case .argument(var gene) = items[participleIndex + 1], !gene.isAntagonist, !gene.isModifier
    {
      gene.isStandIn = false
      return combine(gene, .associatedWith, subject, items, index..<(participleIndex + 1))
    }
    // `p53-dependent apoptosis`: a hyphen-only modifier names the noun right after it.
    if V.participleModifiers[participle] == nil, participleIndex + 1 < items.count,
      case .word = items[participleIndex + 1]
    {
      return []
    }
    var position = participleIndex + 1
    while position < items.count, position - index <= 5 {
      switch items[position] {
      case .argument(var object):
        if object.isModifier || object.isBlocked { return [] }
        var head = position
        while head + 1 < items.count, case .argument(let next) = items[head + 1] {
          object = next
          head += 1
        }
        // `EGF-induced PI-3 kinase and Akt activation`: a coordinated second object.
        if head + 2 < items.count, items[head + 1] == .word("and") || items[head + 1] == .word("or"),
          case .argument(let more) = items[head + 2], !more.isBlocked, !more.isModifier
        {
          object.members += more.entities
          head += 2
        }
        // `PPP1R15A-mediated eIF2α-P dephosphorylation`: a negative nominalisation after the
        // object says what the mediator does to it.
        var after = head + 1
        if after + 1 < items.count, items[after] == .punctuation("-"), items[after + 1] == .word("p") {
          after += 2
        }
        var predicate = predicate
        if [.promotes, .activates].contains(predicate), after < items.count,
          case .word(let noun) = items[after], let nominal = V.nouns[noun],
          [.inhibits, .decreasesAmount].contains(nominal)
        {
          predicate = nominal
        }
        // `LRRK2-mediated RAB8A phosphorylation`: the mediator does the reaction.
        if participle == "mediated", after < items.count, case .word(let noun) = items[after],
          let nominal = V.nouns[noun], [.phosphorylates, .methylates].contains(nominal)
        {
          predicate = nominal
        }
        // `Gab1-associated Shp2`: bound, when both are proteins.
        if predicate == .binds,
          !(subject.members + object.members).allSatisfy({ [.gene, .family, .complex].contains($0.type) })
        {
          return []
        }
        return combine(subject, predicate, object, items, index..<head)
      case .word(let word):
        // `an mTORC1-mediated increase in glucose uptake`: a change in what follows `in`.
        if position == participleIndex + 1, let change = V.changeNouns[word], position + 1 < items.count,
          items[position + 1] == .word("in"),
          let object = argument(in: items, from: position + 2, step: 1, limit: 3)
        {
          return combine(subject, change, object.argument, items, index..<object.index)
        }
        // `doxorubicin-induced synthesis of ceramide`: the amount of what follows `of` changes.
        if position == participleIndex + 1, V.productionNouns.contains(word), position + 1 < items.count,
          items[position + 1] == .word("of"), predicate != .binds,
          let object = argument(in: items, from: position + 2, step: 1, limit: 2)
        {
          let change: Claim.Predicate = [.inhibits, .decreasesAmount, .prevents].contains(predicate)
            ? .decreasesAmount : .increasesAmount
          return combine(subject, change, object.argument, items, index..<object.index)
        }
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

  /// `MDM4 lacks E3 ligase activity, but represses p53`: a verb right after `but` (past
  /// modal verbs and adverbs) shares the clause's subject.
  func subjectSharedAfterBut(_ items: [Item], before index: Int) -> (argument: Argument, index: Int)? {
    var but = index - 1
    while but > 0, case .word(let word) = items[but], V.verbModifiers.contains(word) { but -= 1 }
    guard but >= 2, items[but] == .word("but") else { return nil }
    return clauseSubject(items, before: but)
  }

  /// Nouns of a part played: `a role for Ras in regulating Y`.
  static let roleNouns: Set<String> = ["role", "roles", "function", "functions", "involvement"]

  /// `a unique role for nucleotide-free Ras in negatively regulating Y`, `the function of LARP1
  /// in regulating Y`: the entity whose role it is, when `in` at `opener - 1` follows it.
  func roleHolder(_ items: [Item], before opener: Int) -> (argument: Argument, index: Int)? {
    guard opener >= 4, items[opener - 1] == .word("in"), case .argument(var holder) = items[opener - 2],
      holder.canBeSubjectIgnoringPosition
    else { return nil }
    // Past a modifier: `a role for nucleotide-free Ras in`.
    var link = opener - 3
    while link >= 1, opener - 3 - link < 3, items[link] != .word("of"), items[link] != .word("for") {
      if case .word(let word) = items[link], V.verbs[word] != nil || V.boundaries.contains(word) { return nil }
      link -= 1
    }
    guard link >= 1, items[link] == .word("of") || items[link] == .word("for"),
      items[link - 1].word.map(Self.roleNouns.contains) == true
    else { return nil }
    holder.isAfterPreposition = false
    return (holder, opener - 2)
  }

  /// `X plays a key role in Y`: an association.
  func roleReadings(_ items: [Item], at index: Int) -> [Reading] {
    guard let verb = Self.verb(in: ["plays", "play", "played", "playing"], before: index, items),
      let subject = coordinatedSubject(items, before: verb)
        ?? nearestArgument(items, before: verb, limit: 8, needsSubject: true),
      let object = argument(in: items, from: index + 2, step: 1, limit: 3)
    else { return [] }
    return combine(
      subject.argument, .associatedWith, object.argument, items, subject.index..<object.index)
  }

  /// `the inhibitory (stimulatory, protective) effect(s) of X on Y`: X acts on Y as the
  /// adjective says.
  func effectReadings(_ items: [Item], at index: Int) -> [Reading] {
    // `the inhibitory effects of phenformin and quercetin on Y`: past the coordination.
    guard let subject = argument(in: items, from: index + 2, step: 1, limit: 2),
      case let last = Self.coordinationEnd(items, from: subject.index),
      last + 1 < items.count, items[last + 1] == .word("on"),
      let object = argument(in: items, from: last + 2, step: 1, limit: 3)
    else { return [] }
    // `the effect of X on Y was measured`: without an adjective saying what it is, an effect
    // is what was studied, not found.
    guard index >= 1, case .word(let adjective) = items[index - 1],
      let predicate = V.effectAdjectives[adjective]
    else { return [] }
    var subjectArgument = subject.argument
    subjectArgument.isAfterPreposition = false
    return combine(subjectArgument, predicate, object.argument, items, index..<object.index)
  }

  /// `the eIF2α kinase PERK`, `the KAP1 kinase ATM`: the enzyme named after its substrate
  /// phosphorylates it (a phosphatase dephosphorylates, so inhibits, it).
  func enzymeNameReadings(_ items: [Item], at index: Int, substrate: Argument) -> [Reading] {
    guard index + 2 < items.count, case .word(let noun) = items[index + 1],
      let predicate = Self.enzymeNouns[noun], case .argument(let enzyme) = items[index + 2],
      enzyme.members.allSatisfy({ [.gene, .family, .complex].contains($0.type) }),
      substrate.members.allSatisfy({ [.gene, .family, .complex].contains($0.type) })
    else { return [] }
    return combine(enzyme, predicate, substrate, items, index..<(index + 3), isNaming: true)
  }

  static let enzymeNouns: [String: Claim.Predicate] = [
    "kinase": .phosphorylates, "phosphatase": .inhibits,
  ]

  /// `Rap1GAP had no effect on ERK activity` (negated), `X exerts an inhibitory effect on Y`:
  /// the subject of `had`/`has`/`exerts` before the effect acts on the entity after `on`, as
  /// an adjective says, else associated.
  func effectOnReadings(_ items: [Item], at index: Int) -> [Reading] {
    guard let verb = Self.verb(in: Self.effectVerbs, before: index, items), verb >= 1,
      let subject = nearestArgument(items, before: verb, limit: 6, needsSubject: true),
      let object = argument(in: items, from: index + 2, step: 1, limit: 3)
    else { return [] }
    var predicate = Claim.Predicate.associatedWith
    if case .word(let adjective) = items[index - 1], let directed = V.effectAdjectives[adjective] {
      predicate = directed
    }
    return combine(subject.argument, predicate, object.argument, items, subject.index..<object.index)
  }

  static let effectVerbs: Set<String> = ["had", "has", "have", "exerts", "exerted", "exert"]

  /// The index of one of `verbs` among the four words before `index` (`plays a key role`,
  /// `had no significant effect`), found over words only.
  static func verb(in verbs: Set<String>, before index: Int, _ items: [Item]) -> Int? {
    var position = index - 1
    while position >= 0, index - position <= 4, case .word(let word) = items[position] {
      if verbs.contains(word) { return position }
      position -= 1
    }
    return nil
  }

  /// `X is associated with Y`; `decreased PTPN13 expression correlates with increased ERK
  /// phosphorylation`: a change in amount after `with` gives the association its direction.
  func associationReadings(_ items: [Item], at index: Int) -> [Reading] {
    guard
      let subject = coordinatedSubject(items, before: index)
        ?? nearestArgument(items, before: index, limit: 8, needsSubject: true),
      let object = argument(in: items, from: index + 2, step: 1, limit: 3)
        ?? Self.examplesOfPlainNoun(items, after: index + 2).flatMap({
          argument(in: items, from: $0, step: 1, limit: 1)
        })
    else { return [] }
    var predicate = Claim.Predicate.associatedWith
    if index + 2 < items.count, case .word(let change) = items[index + 2], change.hasSuffix("ed"),
      let stated = V.verbs[change], [.increasesAmount, .decreasesAmount].contains(stated)
    {
      predicate = stated
    }
    return combine(
      subject.argument, predicate, object.argument, items, subject.index..<object.index)
  }

  /// `involved in regulating many other cellular processes, such as cell migration`: where
  /// the examples start, when `, such as` or `, including` follows a plain noun phrase (at
  /// most eight words, no entity) from `start`.
  static func examplesOfPlainNoun(_ items: [Item], after start: Int) -> Int? {
    var position = start
    while position < items.count, position - start <= 8, case .word(let word) = items[position] {
      if V.boundaries.contains(word) || clauseOpeners.contains(word) { return nil }
      position += 1
    }
    guard position + 1 < items.count, items[position] == .punctuation(",") else { return nil }
    if items[position + 1] == .word("including") { return position + 2 }
    guard position + 2 < items.count, items[position + 1] == .word("such"), items[position + 2] == .word("as")
    else { return nil }
    return position + 3
  }

  /// `the canonical p53 target genes CDKN1A and TP53I3`, `CDKN1A is a p53 target gene`: the
  /// transcription factor raises the expression of its target genes (`target` at `index`).
  func targetGeneReadings(_ items: [Item], at index: Int) -> [Reading] {
    var agentIndex = index - 1
    if agentIndex >= 1, items[agentIndex] == .punctuation("-") { agentIndex -= 1 }
    guard agentIndex >= 0, index + 1 < items.count, case .argument(var factor) = items[agentIndex],
      !factor.isAntagonist, case .word(let noun) = items[index + 1], noun == "gene" || noun == "genes"
    else { return [] }
    factor.isModifier = false
    factor.isStandIn = false
    // The genes named right after the noun.
    if let listed = argument(in: items, from: index + 2, step: 1, limit: 0), listed.index == index + 2 {
      return combine(factor, .increasesAmount, listed.argument, items, agentIndex..<listed.index)
    }
    // `A is a (novel) p53 target gene`, `identified A as a p53 target gene`.
    // (Over at most three words, none a verb: not `is sufficient to activate Hh target genes`.)
    var copula = agentIndex - 1
    while copula >= 1, agentIndex - copula <= 3, case .word(let word) = items[copula],
      !V.beForms.contains(word), word != "as", word != "to", V.verbs[word] == nil
    {
      copula -= 1
    }
    guard copula >= 1, agentIndex - copula <= 3, case .word(let word) = items[copula],
      V.beForms.contains(word) || word == "as",
      let gene = nearestArgument(items, before: copula, limit: 3, needsSubject: false)
    else { return [] }
    return combine(factor, .increasesAmount, gene.argument, items, gene.index..<index)
  }

  /// `ATF4 is an effector of mTORC1 signaling`, `ASPP2 is a substrate of MAPK`: the entity
  /// after `of` acts on the subject before the copula.
  func patientNounReadings(_ items: [Item], at index: Int, predicate: Claim.Predicate)
    -> [Reading]
  {
    guard let (patient, agent) = nounPhraseArguments(items, at: index, allowsApposition: false)
    else { return [] }
    var agentArgument = agent.argument
    agentArgument.isAfterPreposition = false
    return combine(agentArgument, predicate, patient.argument, items, patient.index..<agent.index)
  }

  /// `Rab GTPases are physiological LRRK2 substrates`, `identify Rabs as key LRRK2
  /// substrates`: the entity before the noun does what the noun says to the subject before
  /// `are` / `as` (over at most three modifiers: `bona-fide`, `in vitro`).
  func compoundPatientReadings(_ items: [Item], at index: Int, predicate: Claim.Predicate) -> [Reading] {
    guard index >= 3, case .argument(var agent) = items[index - 1], !agent.isAntagonist,
      !(index + 1 < items.count && items[index + 1] == .word("of"))
    else { return [] }
    agent.isStandIn = false
    var position = index - 2
    while position >= 0, index - 1 - position <= 3, case .word(let word) = items[position],
      !V.beForms.contains(word), word != "as"
    {
      position -= 1
    }
    guard position >= 1, case .word(let copula) = items[position],
      V.beForms.contains(copula) || copula == "as",
      let patient = nearestArgument(items, before: position, limit: 3, needsSubject: false)
    else { return [] }
    return combine(agent, predicate, patient.argument, items, patient.index..<(index - 1))
  }

  /// `the MEK substrate ERK1/2`, `LRRK2 substrates, including Rab isoforms`, `mTORC1 … its
  /// substrates S6K1 and 4EBP1`, `IL20RA ligands IL20 and IL24`: the members named after a patient noun whose agent is the
  /// entity before it (or, for substrates after `its`, the nearest entity before that).
  func patientMembersReadings(_ items: [Item], at index: Int, predicate: Claim.Predicate) -> [Reading] {
    guard index >= 1, index + 1 < items.count else { return [] }
    var agent: (argument: Argument, index: Int)
    if case .argument(let named) = items[index - 1] {
      agent = (named, index - 1)
    } else if predicate == .phosphorylates, items[index - 1] == .word("its"), index >= 2,
      let antecedent = nearestArgument(items, before: index - 1, limit: 4, needsSubject: false)
    {
      agent = antecedent
    } else {
      return []
    }
    guard !agent.argument.isAntagonist, !agent.argument.isModifier,
      agent.argument.members.allSatisfy({ [.gene, .family, .complex].contains($0.type) })
    else { return [] }
    agent.argument.isStandIn = false
    agent.argument.isAfterPreposition = false
    var start = index + 1
    if items[start] == .punctuation(",") { start += 1 }
    if start < items.count, items[start] == .word("including") { start += 1 }
    if start + 1 < items.count, items[start] == .word("such"), items[start + 1] == .word("as") { start += 2 }
    guard start < items.count, case .argument = items[start],
      let members = argument(in: items, from: start, step: 1, limit: 0),
      members.argument.members.allSatisfy({ [.gene, .family, .complex].contains($0.type) })
    else { return [] }
    return combine(agent.argument, predicate, members.argument, items, agent.index..<members.index)
  }

  /// `X is an activator of Y`, `X, a chemical inhibitor of Y`, `X is a potent inducer of Y`:
  /// the subject before the copula or the apposition comma does what the noun says to Y.
  func agentNounReadings(_ items: [Item], at index: Int, predicate: Claim.Predicate)
    -> [Reading]
  {
    guard let (subject, object) = nounPhraseArguments(items, at: index, allowsApposition: true)
    else { return [] }
    // `a negative regulator of Y` inhibits it, `a positive regulator` activates it.
    var predicate = predicate
    if predicate == .associatedWith, index >= 1, case .word(let adjective) = items[index - 1],
      let directed = V.effectAdjectives[adjective]
    {
      predicate = directed
    }
    return combine(
      subject.argument, predicate, object.argument, items, subject.index..<object.index,
      isNaming: true)
  }

  /// `X acts as a regulator of Y`, `X was identified as an inhibitor of Y`: `as` after these
  /// verbs names what X is, as a copula does.
  static let namingVerbs: Set<String> = [
    "act", "acts", "acted", "acting", "serve", "serves", "served", "serving", "function",
    "functions", "functioned", "identified", "discovered", "described", "known", "characterized",
    "developed", "designed", "used", "identify", "identifies", "identifying", "established",
    "establish", "establishes", "regarded", "considered",
  ]

  /// For the noun at `index` in `X is a (potent) N of Y` (or, with `allowsApposition`,
  /// `X, a (potent) N of Y`): X, the subject before the copula or comma (over at most three
  /// words), and Y, the entity after `of`.
  private func nounPhraseArguments(_ items: [Item], at index: Int, allowsApposition: Bool)
    -> (before: (argument: Argument, index: Int), after: (argument: Argument, index: Int))?
  {
    guard index + 1 < items.count, items[index + 1] == .word("of") || items[index + 1] == .word("for"),
      let after = argument(in: items, from: index + 2, step: 1, limit: 2)
    else { return nil }
    var position = index - 1
    func isCopula(_ position: Int) -> Bool {
      guard case .word(let word) = items[position] else { return false }
      if V.beForms.contains(word) { return true }
      guard word == "as", position >= 1 else { return false }
      if items[position - 1].word.map(Self.namingVerbs.contains) == true { return true }
      // `we identified IL20RA (…) as a suppressor of Y`: the object of the naming verb is X.
      var verb = position - 1
      if items[verb] == .punctuation(")") {
        while verb > 0, items[verb] != .punctuation("(") { verb -= 1 }
        verb -= 1
      }
      guard verb >= 1, case .argument = items[verb] else { return false }
      return items[verb - 1].word.map(Self.namingVerbs.contains) == true
    }
    while position >= 0, index - position <= 4, case .word = items[position], !isCopula(position) {
      position -= 1
    }
    guard position >= 1, index - position <= 4 else { return nil }
    let isCopula = isCopula(position)
    let isApposition = allowsApposition && items[position] == .punctuation(",")
    // `the effects of rapamycin, an inhibitor of mTORC1`: an apposition names the entity
    // right before its comma, whatever precedes that entity.
    let appositionHead: (argument: Argument, index: Int)? = {
      guard isApposition, position >= 1, case .argument(let head) = items[position - 1],
        head.canBeSubjectIgnoringPosition
      else { return nil }
      return (head, position - 1)
    }()
    guard isCopula || isApposition,
      let before = nearestArgument(
        items, before: position + (isApposition ? 1 : 0), limit: 3, needsSubject: true) ?? appositionHead
    else { return nil }
    return (before, after)
  }

  /// `the MEK1/2 inhibitor U0126`, `U0126, a MEK inhibitor`, `an mTOR inhibitor (rapamycin)`,
  /// `SCH772984 (ERK inhibitor)`, `PP2 is a Src-family kinase inhibitor`, `AKT inhibitors
  /// GSK690693 and MK2206`, `AMPK activators such as AICAR or metformin`: a chemical named as
  /// an inhibitor (activator) of the entity before the noun inhibits (activates) it.
  func drugNameReadings(_ items: [Item], at index: Int, target: Argument) -> [Reading] {
    // Past `-family kinase` to the head noun.
    var head = index + 1
    while head < items.count,
      items[head] == .punctuation("-")
        || [.word("family"), .word("kinase"), .word("kinases")].contains(items[head])
    {
      head += 1
    }
    guard head < items.count, case .word(let noun) = items[head],
      let predicate = V.drugNouns[noun]
    else { return [] }
    var target = target
    target.isAntagonist = false
    func isDrug(_ argument: Argument) -> Bool {
      !argument.isBlocked && argument.members.allSatisfy { $0.type == .chemical }
    }
    var after = head + 1
    if after < items.count, items[after] == .punctuation("(") || items[after] == .punctuation(",") {
      after += 1
    }
    // `activators such as AICAR`, `inhibitors including X`, `inhibitors, e.g. X`.
    if after + 1 < items.count, items[after] == .word("such"), items[after + 1] == .word("as") {
      after += 2
    } else if after < items.count, items[after] == .word("including") || items[after] == .word("e.g") {
      after += 1
      if after < items.count, items[after] == .punctuation(".") { after += 1 }
    }
    if after < items.count, case .argument(let drug) = items[after], isDrug(drug) {
      // `The MEK1/2 and PI3K inhibitors, U0126 and LY294002`: pairs, respectively; lists of
      // unequal length say nothing certain, except one target for all the drugs.
      var targets = target.entities
      if index >= 2, items[index - 1] == .word("and"), case .argument(let first) = items[index - 2] {
        targets = first.entities + targets
      }
      var drugs = drug.members
      var next = after + 1
      while next + 1 < items.count,
        items[next] == .word("and") || items[next] == .word("or") || items[next] == .punctuation(","),
        case .argument(let more) = items[next + 1], isDrug(more)
      {
        drugs += more.members
        next += 2
      }
      if targets.count == 1 { targets = Array(repeating: targets[0], count: drugs.count) }
      guard drugs.count == targets.count else { return [] }
      return zip(drugs, targets).flatMap { drug, entity in
        combine(
          Argument(members: [drug]), predicate, Argument(members: [entity]), items, index..<after,
          isNaming: true)
      }
    }
    // `SCH772984 (ERK inhibitor)`.
    if index >= 2, items[index - 1] == .punctuation("("), case .argument(let drug) = items[index - 2],
      isDrug(drug)
    {
      return combine(drug, predicate, target, items, (index - 2)..<index, isNaming: true)
    }
    // `U0126, a MEK inhibitor`, `U0126 (a MEK1/2 inhibitor)` and `PP2 is a Src-family kinase
    // inhibitor`.
    guard let named = Self.drugBeforeArticle(items, target: index),
      named.link == .punctuation(",") || named.link == .punctuation("(")
        || named.link.word.map(V.beForms.contains) == true
    else { return [] }
    return combine(named.drug, predicate, target, items, named.index..<index, isNaming: true)
  }

  /// `U0126, a (potent) MEK inhibitor`: the drug before the article of the drug noun phrase
  /// whose target is at `target`, its index, and the item between them (`,`, `(` or a copula),
  /// which the caller judges.
  static func drugBeforeArticle(_ items: [Item], target: Int)
    -> (drug: Argument, index: Int, link: Item)?
  {
    var article = target - 1
    if article >= 1, case .word(let adjective) = items[article], V.drugAdjectives.contains(adjective) {
      article -= 1
    }
    guard article >= 2, case .word(let word) = items[article], ["a", "an"].contains(word),
      case .argument(let drug) = items[article - 2], !drug.isBlocked,
      drug.members.allSatisfy({ $0.type == .chemical })
    else { return nil }
    return (drug, article - 2, items[article - 1])
  }

  /// `Gab1 is required for EGF-stimulation of PI-3 kinase`, `Ras is necessary for ITSN1
  /// activation of AKT`: the subject before the copula promotes what it is needed for (the
  /// object of the nominalisation when there is one).
  func requirementReadings(_ items: [Item], at index: Int) -> [Reading] {
    // `Shc was shown to be partly required for Y`: past a degree adverb.
    var copulaIndex = index - 1
    if copulaIndex >= 1, case .word(let adverb) = items[copulaIndex],
      ["partly", "partially", "largely", "absolutely", "strictly", "also"].contains(adverb)
    {
      copulaIndex -= 1
    }
    guard copulaIndex >= 0, case .word(let copula) = items[copulaIndex], V.beForms.contains(copula),
      let subject = nearestArgument(items, before: copulaIndex, limit: 3, needsSubject: true)
    else { return [] }
    // The object: the entity after the nominalisation's `of`, else the first one after `for`.
    var position = index + 2
    while position < items.count, position - index <= 6 {
      if case .word(let word) = items[position], V.nouns[word] != nil,
        position + 1 < items.count, items[position + 1] == .word("of"),
        let object = argument(in: items, from: position + 2, step: 1, limit: 2)
      {
        return combine(subject.argument, .promotes, object.argument, items, subject.index..<object.index)
      }
      position += 1
    }
    guard let object = argument(in: items, from: index + 2, step: 1, limit: 3) else { return [] }
    // `ERK activity is required for regulating Rac1`: what it is needed for is the gerund's
    // (regulating says no direction).
    var predicate = Claim.Predicate.promotes
    if index + 2 < items.count, case .word(let gerund) = items[index + 2], gerund.hasSuffix("ing"),
      let stated = V.verbs[gerund]
    {
      predicate = stated
    }
    return combine(subject.argument, predicate, object.argument, items, subject.index..<object.index)
  }
}
