import Model

/// Finding a pattern's arguments: the chain after or before a word, appositions, clause
/// subjects, and the words before an index.
extension ClaimReader {
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
        // `nucleotide-free Ras`: a modifier is looked past, even one that is no argument.
        if argument.isModifier && !argument.isAntagonist { break }
        // `the mTOR substrates, p70S6K and 4EBP1`: a stand-in's members listed after it.
        if argument.isStandIn, step > 0, index + 2 < items.count, case .word = items[index + 1],
          items[index + 2] == .punctuation(","), let listed = listedMembers(items, from: index + 3)
        {
          return listed
        }
        if argument.isBlocked { return nil }
        // `binds the 5′UTR of RpL32 mRNA`: the gene whose mRNA it is stands for its part.
        if step > 0, let gene = Self.geneOfMRNAPart(items, argument, at: index) { return gene }
        // `lung cancer stem cell proliferation`: the last of adjacent arguments is the head.
        // … except a family before a gene or family, which names its members (`histones H2A`).
        // `activates the eIF2α kinase PERK`: the enzyme named after its substrate is the head.
        if step > 0, index + 2 < items.count,
          items[index + 1] == .word("kinase") || items[index + 1] == .word("phosphatase"),
          case .argument(let enzyme) = items[index + 2], !enzyme.isBlocked
        {
          break
        }
        // `the PI-3 kinase/Akt cell survival pathway`: a process between the members and the
        // pathway noun names what the pathway does; the members are the argument.
        let isPathwayPurpose: Bool = {
          guard step > 0, index + 2 < items.count, case .argument(let process) = items[index + 1],
            process.members.allSatisfy({ $0.type == .process }),
            case .word(let noun) = items[index + 2]
          else { return false }
          return V.pathwayHeads.contains(noun)
        }()
        if !isPathwayPurpose, step > 0, index + 1 < items.count, case .argument(let head) = items[index + 1],
          !(argument.members.allSatisfy {
            $0.type == .family && !Self.genericArguments.contains($0.grounding)
          }
            && head.members.allSatisfy { [.gene, .family].contains($0.type) })
        {
          break
        }
        if words > 0 { argument.hasAmountHead = argument.hasAmountHead || sawAmount }
        // `interacts with a PBAF chromatin remodelling complex comprising BRG1 and CHD7`: the
        // subunits, not the words naming the complex.
        if step > 0, let subunits = subunitsAfter(items, from: index + 1) { return subunits }
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
            || items[next] == .punctuation(",") || items[next] == .word("but")
          {
            var after = next + 1
            if after < items.count, items[after] == .word("and") { after += 1 }
            // `A but not B` (B denied), `not only A, but also B`.
            let contrast = Self.contrast(items, at: items[next] == .word("but") ? next : after)
            if items[next] == .word("but") || contrast != nil {
              guard let contrast else { break }
              after = contrast.after
            }
            // `… by T3, and THs stimulate Y`: B starts a new clause, not a coordinated argument.
            var afterMore = after + 1
            while afterMore < items.count, case .word(let head) = items[afterMore],
              V.pathwayHeads.contains(head) || V.amountHeads.contains(head)
                || ["can", "may", "might", "could", "also", "directly"].contains(head)
            {
              afterMore += 1
            }
            // (Only after a comma: `phosphorylation by mTOR and S6K1 induces Y` lists two
            // agents.)
            let startsClause =
              step > 0 && items[next] == .punctuation(",") && afterMore < items.count
              && items[afterMore].word.map { V.verbs[$0] != nil } == true
            if after < items.count, case .argument(let more) = items[after], !more.isBlocked,
              !startsClause
            {
              let added = more.isPathway ? Array(more.members.prefix(1)) : more.members
              if contrast?.denies == true { argument.negatedMembers += added }
              argument.members += added
              argument.hasAmountHead = argument.hasAmountHead || more.hasAmountHead
              last = after
              next = after + 1
              continue
            }
          }
          break
        }
        // `multiple Rab GTPases, including Rab8A and Rab10`, `kinases such as AKT`: the
        // examples are arguments beside the class.
        if step > 0, argument.members.allSatisfy({ $0.type == .family || Self.genericArguments.contains($0.grounding) }),
          let examples = examples(items, after: last)
        {
          argument.members += examples.members.filter { !argument.members.contains($0) }
          return (argument, index)
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
        if step > 0, let subunits = complexSubunits(items, complexNoun: index) { return subunits }
        // `reduces the variability of serum phosphate levels`: a property, not the entity.
        if step > 0, V.propertyHeads.contains(word), index + 1 < items.count,
          items[index + 1] == .word("of")
        {
          return nil
        }
        // `transcripts for TSHβ`, `mRNA levels for GPHα`: `for` after an amount noun.
        let afterAmount =
          word == "for" && step > 0 && index > start
          && items[index - 1].word.map(V.amountHeads.contains) == true
        // `regulates signals such as BAD`: the examples after `such as`.
        let isSuchAs = word == "as" && index > start && items[index - 1] == .word("such")
        // `stimulated an increase in ATF4`.
        let isAfterChange =
          word == "in" && step > 0 && index > start
          && items[index - 1].word.map { V.changeNouns[$0] != nil } == true
        // `binds to the hydrophobic pocket in MDM2`.
        let isAfterSite =
          (word == "in" || word == "on") && step > 0 && index > start
          && items[index - 1].word.map(V.bindingSites.contains) == true
        if V.prepositions.contains(word), word != "of", !afterAmount, !isSuchAs, !isAfterChange, !isAfterSite {
          return nil
        }
        // `with the phosphorylated forms of Rab8A`: a participle after a determiner is an
        // adjective, not a verb.
        let isAdjective =
          step > 0 && word.hasSuffix("ed")
          && items[index - 1].word.map(Self.determiners.contains) == true
        // `stimulated an increase in ATF4`: a change noun after an article is no verb.
        let isChangeNoun =
          step > 0 && V.changeNouns[word] != nil && index + 1 < items.count
          && items[index + 1] == .word("in")
          && items[index - 1].word.map(["a", "an", "the"].contains) == true
        if V.verbs[word] != nil, words > 0, items[index - step] != .punctuation("-"), !isAdjective,
          !isChangeNoun
        {
          guard index + step < items.count, case .argument = items[index + step] else { return nil }
        }
        if V.amountHeads.contains(word) { sawAmount = true }
        words += 1
      case .punctuation(let mark):
        // `phosphorylation of its substrates, p70S6K and 4EBP1`: a plain noun and its members.
        if mark == ",", step > 0, words > 0, let listed = listedMembers(items, from: index + 1) {
          return listed
        }
        if mark == ";" || mark == "." || mark == ":" || mark == "," { return nil }
        // `related to diminished overall survival (HR, 2.61)`: the noun phrase has ended.
        if mark == "(", step > 0, words > 0 { return nil }
      }
      if words > limit { return nil }
      index += step
    }
    return nil
  }

  /// The subunits listed after a complex noun at most two words after `start`.
  private func subunitsAfter(_ items: [Item], from start: Int) -> (argument: Argument, index: Int)? {
    for noun in start..<min(start + 2, items.count) {
      if let subunits = complexSubunits(items, complexNoun: noun) { return subunits }
      guard case .word = items[noun] else { return nil }
    }
    return nil
  }

  /// `but not` (`denies`) or `but also` at `index`, and the index after it.
  static func contrast(_ items: [Item], at index: Int) -> (after: Int, denies: Bool)? {
    guard index + 1 < items.count, items[index] == .word("but") else { return nil }
    if items[index + 1] == .word("not") { return (index + 2, true) }
    if items[index + 1] == .word("also") { return (index + 2, false) }
    return nil
  }

  /// Whether `item` is a class noun, as a word or as a generic class the lexicon names
  /// (`kinase`).
  static func namesProteinClass(_ item: Item) -> Bool {
    switch item {
    case .word(let noun): classNouns.contains(noun)
    case .argument(let argument): argument.members.allSatisfy { genericArguments.contains($0.grounding) }
    case .punctuation: false
    }
  }

  /// Nouns of a protein's class: `X is the kinase that …`.
  static let classNouns: Set<String> = [
    "kinase", "phosphatase", "protein", "enzyme", "factor", "receptor", "ligand", "gtpase",
  ]

  /// The examples named after a class ending at `last`: `, including A and B`, `such as A`,
  /// nil when none follow.
  private func examples(_ items: [Item], after last: Int) -> Argument? {
    var index = last + 1
    if index < items.count, items[index] == .punctuation(",") || items[index] == .punctuation("(") { index += 1 }
    guard index < items.count, case .word(let word) = items[index] else { return nil }
    if word == "including" {
      index += 1
    } else if word == "such", index + 1 < items.count, items[index + 1] == .word("as") {
      index += 2
    } else {
      return nil
    }
    guard index < items.count, case .argument = items[index],
      let listed = argument(in: items, from: index, step: 1, limit: 0), listed.index == index
    else { return nil }
    return listed.argument
  }

  /// `p70S6K and 4EBP1` starting right at `start`: a list of two or more members, or nil.
  private func listedMembers(_ items: [Item], from start: Int) -> (argument: Argument, index: Int)? {
    guard start < items.count, case .argument = items[start],
      let listed = argument(in: items, from: start, step: 1, limit: 0),
      listed.argument.members.count >= 2
    else { return nil }
    return listed
  }

  /// The 5′ and 3′ untranslated regions (MeSH), parts of an mRNA.
  static let mRNAParts: Set<String> = ["MESH:D020121", "MESH:D020413"]

  /// For a 5′ or 3′ UTR `part` at `index` followed by `of` and a gene (`the 5′UTR of RpL32
  /// mRNA`): that gene and its index, which stand for the part (CONVENTIONS.md); nil otherwise.
  static func geneOfMRNAPart(_ items: [Item], _ part: Argument, at index: Int)
    -> (argument: Argument, index: Int)?
  {
    guard part.members.allSatisfy({ mRNAParts.contains($0.grounding) }), index + 2 < items.count,
      items[index + 1] == .word("of"), case .argument(let whole) = items[index + 2], !whole.isBlocked,
      whole.members.allSatisfy({ $0.type == .gene || $0.type == .family })
    else { return nil }
    return (whole, index + 2)
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
    // `Src is the kinase that activates EphrinB1`: the class noun after a copula is its
    // subject's, so the relative clause's subject is the entity before the copula.
    if needsSubject, relative >= 4, items[relative] == .word("that") || items[relative] == .word("which"),
      Self.namesProteinClass(items[relative - 1]),
      items[relative - 2] == .word("the") || items[relative - 2] == .word("a"),
      items[relative - 3].word.map(V.beForms.contains) == true,
      case .argument(let named) = items[relative - 4], named.canBeSubject
    {
      return (named, relative - 4)
    }
    // `a family of ligands that bind and activate Y`: the relative clause's subject is the
    // noun before `that`, no entity; `doxorubicin, a DNA-damaging agent that activates p53`:
    // unless that noun is in apposition to an entity, which is the subject.
    if needsSubject, relative >= 1, items[relative] == .word("that") || items[relative] == .word("which"),
      case .word(let noun) = items[relative - 1], !V.verbsAndNouns.contains(noun),
      !["and", "or", "but", "so", "such", "than", "now", "is", "was", "are", "were"].contains(noun)
    {
      var article = relative - 1
      while article > relative - 6, article >= 2, items[article] != .word("a"), items[article] != .word("an"),
        items[article] != .punctuation(",")
      {
        article -= 1
      }
      if article >= 2, items[article] == .word("a") || items[article] == .word("an"),
        items[article - 1] == .punctuation(","), case .argument(let head) = items[article - 2],
        head.canBeSubjectIgnoringPosition
      {
        return (head, article - 2)
      }
      return nil
    }
    // `associates with activated Src which phosphorylates EphrinB1`: a relative clause right
    // after an entity (no comma) has it as its subject.
    if needsSubject, relative >= 1, items[relative] == .word("which"),
      case .argument(let head) = items[relative - 1], head.canBeSubjectIgnoringPosition
    {
      return (head, relative - 1)
    }
    // `MEK, which in turn activates ERK`.
    if relative >= 2, items[relative] == .word("turn"), items[relative - 1] == .word("in") {
      relative -= 2
    }
    // `EphrinB1, a PTPN13 substrate, interacts with ErbB2`: the subject before the apposition.
    if needsSubject, relative >= 4, items[relative] == .punctuation(",") {
      var comma = relative - 1
      while comma > 0, relative - comma <= 8, items[comma] != .punctuation(",") { comma -= 1 }
      if comma >= 1, relative - comma <= 8, items[comma] == .punctuation(","),
        items[comma + 1] == .word("a") || items[comma + 1] == .word("an"),
        case .argument(let head) = items[comma - 1], head.canBeSubject
      {
        return (head, comma - 1)
      }
    }
    if needsSubject, relative >= 2,
      items[relative] == .word("which") || items[relative] == .word("that"),
      items[relative - 1] == .punctuation(",") || items[relative - 1] == .punctuation("(")
    {
      var back = relative - 2
      while back > 0, relative - 2 - back < 2, case .word(let head) = items[back],
        V.amountHeads.contains(head) || V.pathwayHeads.contains(head)
          || V.drugNouns[head] != nil
      {
        back -= 1
      }
      // `U0126, a MEK inhibitor, which blocked Y`: the drug the apposition names.
      if case .argument(let target) = items[back], target.isAntagonist,
        let named = Self.drugBeforeArticle(items, target: back), named.link == .punctuation(",")
      {
        return (named.drug, named.index)
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
    // `Lck then phosphorylates Y`: `then` right before the verb is its adverb, no boundary.
    var position = index - 1
    while position > 0, items[position] == .word("then") || items[position] == .word("also") {
      position -= 1
    }
    // `LRRK2 thus phosphorylates Y`: a connective between a subject and its verb.
    if position > 0, items[position] == .word("thus") || items[position] == .word("therefore"),
      case .argument = items[position - 1]
    {
      position -= 1
    }
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
        let nearest = argument
        var conjunctions = 0
        var isAfterCommaAnd = false
        while first >= 2 {
          var link = first - 1
          // `A but not B V`, `A, but not B, V`: B is denied.
          if link >= 2, Self.contrast(items, at: link - 1)?.denies == true, !isList {
            let before = link >= 3 && items[link - 2] == .punctuation(",") ? link - 3 : link - 2
            if case .argument(let more) = items[before], !more.isBlocked, !more.isAfterPreposition {
              argument.negatedMembers += argument.members
              argument.members = more.members + argument.members
              first = before
              continue
            }
          }
          let isConjunction = items[link] == .word("and") || items[link] == .word("or")
          // `inhibited the phosphorylation of p70S6K and 4EBP1, and BAY43-9006 inhibited Y`:
          // a list has one `and`; a second one further left means the first opened a clause.
          if isConjunction {
            conjunctions += 1
            if conjunctions == 1 { isAfterCommaAnd = link >= 1 && items[link - 1] == .punctuation(",") }
            if conjunctions == 2, isAfterCommaAnd, case .argument = items[link - 1] {
              argument = nearest
              first = position
              break
            }
          }
          if isConjunction, link >= 2, items[link - 1] == .punctuation(",") { link -= 1 }
          guard isConjunction || (isList && items[link] == .punctuation(",")),
            link >= 1, case .argument(let more) = items[link - 1]
          else { break }
          // `induced by T3, and THs stimulate Y`: `, and` after an object opens a new clause.
          if !isList || Self.isIntroductoryPhrase(items, before: link),
            items[link] == .punctuation(","), more.isAfterPreposition || more.isObjectOfVerb
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
        // `ATF4-dependent genes induced by X`: the modifier's head noun, no entity, is the object.
        if !needsSubject { return argument.isBlocked || argument.isModifier ? nil : (argument, first) }
        if argument.isBlocked { return nil }
        // `regulates Gab1 mediated PI-3 kinase activation`: a participle right after an object
        // is that object's (an unhyphenated compound); no subject further back does it.
        if argument.isObjectOfVerb, position == index - 1, case .word(let verb) = items[index],
          verb.hasSuffix("ed")
        {
          return nil
        }
        // `necessary for cholesterol to activate Y`: the entity after `for` is the subject of
        // the infinitive right after it.
        if argument.isAfterPreposition, first >= 1, items[first - 1] == .word("for"),
          position + 2 == index, items[position + 1] == .word("to"), argument.canBeSubjectIgnoringPosition
        {
          return (argument, first)
        }
        // `the ability of insulin to increase Y`, `the inability of Lck to phosphorylate Y`
        // (denied in `combine`): the entity after `of` is the subject of the infinitive.
        if argument.isAfterPreposition, first >= 2, items[first - 1] == .word("of"),
          case .word(let noun) = items[first - 2], V.abilityNouns[noun] != nil,
          position + 2 == index, items[position + 1] == .word("to"), argument.canBeSubjectIgnoringPosition
        {
          argument.isAfterPreposition = false
          return (argument, first)
        }
        if argument.isAfterPreposition || argument.isObjectOfVerb || argument.isModifier {
          position = first - 1
          continue
        }
        // `p85 binding to Gab1 does not influence Y`: the subject is the binding, an event.
        if position + 2 < items.count, case .word(let noun) = items[position + 1],
          V.nouns[noun] != nil, items[position + 2] == .word("to") || items[position + 2] == .word("of")
        {
          return nil
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
  func appositionSubject(_ items: [Item], closing: Int) -> (argument: Argument, index: Int)?
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
  func appositionHead(_ items: [Item], of nearest: (argument: Argument, index: Int))
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
  func clauseSubject(_ items: [Item], before index: Int) -> (
    argument: Argument, index: Int
  )? {
    var start = index
    while start > 0 {
      if case .punctuation(let mark) = items[start - 1], mark == ";" { break }
      start -= 1
    }
    // `In addition to blocking cell proliferation, doxorubicin induces Y by V-ing Z`: past the
    // opening adverbial phrase.
    if let comma = items[start..<index].firstIndex(of: .punctuation(",")),
      Self.isIntroductoryPhrase(items, before: comma)
    {
      start = comma + 1
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

  /// Whether the items before the comma at `comma` are the sentence's opening adverbial
  /// phrase (`However, in cells expressing ErbB3, EGF and NRG stimulate Y`): a preposition
  /// first (past sentence adverbs) and no other comma after it.
  static func isIntroductoryPhrase(_ items: [Item], before comma: Int) -> Bool {
    var start = 0
    while start < comma, items[start] == .punctuation(",")
      || items[start].word.map(sentenceAdverbs.contains) == true
    {
      start += 1
    }
    guard start < comma, items[start].word.map(V.prepositions.contains) == true else { return false }
    return !items[(start + 1)..<comma].contains(.punctuation(","))
  }

  static let sentenceAdverbs: Set<String> = [
    "however", "moreover", "furthermore", "thus", "indeed", "similarly", "importantly",
    "notably", "interestingly", "consistently", "therefore", "conversely", "finally", "also",
  ]

  /// Whether an unclosed `(` precedes `index` in its sentence.
  func isInsideParentheses(_ items: [Item], at index: Int) -> Bool {
    var depth = 0
    for item in items[..<index] {
      if item == .punctuation("(") { depth += 1 }
      if item == .punctuation(")"), depth > 0 { depth -= 1 }
    }
    return depth > 0
  }

  func previousWords(_ items: [Item], before index: Int, count: Int) -> [String] {
    var result: [String] = []
    var position = index - 1
    while position >= 0, result.count < count {
      if case .word(let word) = items[position] {
        if [
          "also", "directly", "further", "not", "significantly", "continuously", "notably", "then",
          "negatively", "positively",
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
}
