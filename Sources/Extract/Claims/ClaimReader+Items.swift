import Model

/// Cutting a sentence into items: lower-cased words, punctuation, and entity chains with
/// the words that qualify them (pathway, antagonist, stand-in, loss, amount, modifier).
extension ClaimReader {
  /// Words (lower-cased), punctuation, and entity chains joined by `/` or `-` with their
  /// qualifying words recorded.
  static func items(_ text: String, mentions: [EntityMention]) -> [Item] {
    let bytes = Array(text.utf8)
    var raw: [Item] = []
    raw.reserveCapacity(bytes.count / 4)
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
        // `IL-6 translation`: the head noun of the entity before; `mTORC1 induces protein
        // synthesis`: the process itself, an argument.
        let isHeadOfEntity: Bool = {
          guard case .argument = raw.last else { return false }
          return true
        }()
        // `GST alone`: a tag (`GST` is also read as glutathione) is no argument.
        // `IL20RA ligands IL20 and IL24`: `ligand` (generic) is a noun of the phrase.
        if V.tagNames.contains(mention.text.lowercased()) || mention.grounding == "CHEBI:52214" {
          raw.append(.word(mention.text.lowercased()))
          index = mention.utf8Offsets.upperBound
          continue
        }
        // `the (protein) kinase activity of PI3KC2β`, `the lipid kinase activity of PI3KC2β`: a
        // generic class (no argument ever), a class noun, or a chemical naming the enzyme's
        // substrate before the activity of the entity after `of` is a word of the phrase (not
        // `GTPase activity of Ras`, which a GAP enhances to inactivate Ras: a stand-in).
        let rest = bytes[mention.utf8Offsets.upperBound...]
        if (genericArguments.contains(mention.grounding)
          || mention.type == .family && isClassNoun(mention.text)
            && !mention.text.lowercased().hasSuffix("gtpase"))
          && rest.starts(with: " activity of ".utf8)
          || mention.type == .chemical && rest.starts(with: " kinase activity of ".utf8)
        {
          raw.append(.word(mention.text.lowercased()))
          index = mention.utf8Offsets.upperBound
          continue
        }
        // `the protein kinase activity of RAF` (one GO term): an activity of the entity after
        // `of`, which stands for it (as `the activity of RAF` does).
        if mention.type == .process, mention.text.lowercased().hasSuffix("activity"),
          bytes[mention.utf8Offsets.upperBound...].starts(with: " of ".utf8)
        {
          raw.append(.word("activity"))
          index = mention.utf8Offsets.upperBound
          continue
        }
        if let head = headWords[mention.grounding],
          isHeadOfEntity || !Self.processesOfTheirOwn.contains(mention.grounding)
            || Self.namesWhoseProcess(bytes[mention.utf8Offsets.upperBound...])
        {
          raw.append(.word(head))
        } else if reactionProcesses.contains(mention.grounding) {
          // `MK2206-induced dephosphorylation`, `dephosphorylation of Gab1`: a reaction on a
          // substrate, read as its noun.
          raw += mention.text.lowercased().split(separator: " ").map { .word(String($0)) }
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
        raw.append(.word(lowercasedWord(bytes[start..<index])))
        continue
      }
      if byte != 0x20 { raw.append(.punctuation(Character(Unicode.Scalar(byte)))) }
      index += 1
    }
    return chained(joiningPhrasalVerbs(namingClassNounsAsWords(droppingAsides(droppingPanelLabels(droppingReferenceAsides(droppingSignalingMediators(droppingTagPrefixes(droppingDurations(raw)))))))))
  }

  /// Author–year citations and figure references in parentheses, left out: `such as cell
  /// migration (Mendoza et al., 2015), cell cycle progression (Roberts et al., 2006) and
  /// autophagy` lists three processes. Only a group with no entity, at most 40 items long;
  /// and a short measure or residue code (`Rab proteins (4 µM) by LRRK2`).
  static func droppingReferenceAsides(_ raw: [Item]) -> [Item] {
    dropping(raw) { index in
      guard raw[index] == .punctuation("("), index + 2 < raw.count else { return nil }
      var close = index + 1
      var isReference = false
      var isMeasure = false
      while close < raw.count, close - index <= 40 {
        switch raw[close] {
        case .argument: return nil
        case .punctuation(let mark):
          if mark == "(" { return nil }
          if mark == ")" { return isReference || (isMeasure && close - index <= 4) ? close - index + 1 : nil }
        case .word(let word):
          if close == index + 1, ["figure", "figures", "fig", "table", "supplementary"].contains(word) {
            isReference = true
          }
          if word == "al", raw[close - 1] == .word("et") { isReference = true }
          if isYear(word) { isReference = true }
          // `(4 µM)`, `(S827A)`: a short aside opening with a number or a residue code.
          if close == index + 1, word.contains(where: \.isNumber) { isMeasure = true }
        }
        close += 1
      }
      return nil
    }
  }

  /// `2015`, `2011a`: a year of publication (1900–2099).
  static func isYear(_ word: String) -> Bool {
    let digits = word.prefix { $0.isASCII && $0.isNumber }
    guard digits.count == 4, word.count <= 5, digits.hasPrefix("19") || digits.hasPrefix("20") else { return false }
    return word.count == 4 || word.last!.isLetter
  }

  /// `IL-6-mediated signaling`, `EGF-induced signaling`: the signaling of the entity, read as
  /// `IL-6 signaling` (which stands for IL-6).
  static func droppingSignalingMediators(_ raw: [Item]) -> [Item] {
    dropping(raw) { index in
      guard index >= 1, index + 2 < raw.count, case .argument = raw[index - 1],
        raw[index] == .punctuation("-"), case .word(let mediator) = raw[index + 1],
        ["mediated", "dependent", "induced", "driven", "triggered"].contains(mediator),
        case .word(let head) = raw[index + 2],
        ["signaling", "signalling", "signal", "signals", "pathway", "pathways"].contains(head)
      else { return nil }
      return 2
    }
  }

  /// `1 hr of Nutlin treatment does not increase p53`: a duration before a treatment is left
  /// out, so that the drug is the clause's subject.
  static func droppingDurations(_ raw: [Item]) -> [Item] {
    dropping(raw) { index in
      guard index + 3 < raw.count, case .word(let number) = raw[index], number.first?.isNumber == true,
        case .word(let unit) = raw[index + 1], durationUnits.contains(unit),
        raw[index + 2] == .word("of"), case .argument = raw[index + 3]
      else { return nil }
      return 3
    }
  }

  static let durationUnits: Set<String> = [
    "h", "hr", "hrs", "hour", "hours", "min", "mins", "minutes", "day", "days", "week", "weeks",
  ]

  /// `HA-Raptor`, `Myc-LARP1`: an epitope tag written as a plain word before the tagged
  /// protein is left out, so that `HA-Raptor but not HA-Rictor` coordinates the proteins.
  static func droppingTagPrefixes(_ raw: [Item]) -> [Item] {
    dropping(raw) { index in
      guard index + 2 < raw.count, case .word(let tag) = raw[index], V.tagNames.contains(tag),
        raw[index + 1] == .punctuation("-"), case .argument = raw[index + 2]
      else { return nil }
      return 2
    }
  }

  /// Figure panel labels, `(C)`, `(C–E)`, left out: `S6K1 (C), Akt (D), and mTOR (E)
  /// phosphorylate LARP1` lists three kinases.
  static func droppingPanelLabels(_ raw: [Item]) -> [Item] {
    dropping(raw) { index in
      guard index + 2 < raw.count, raw[index] == .punctuation("("), raw[index + 2] == .punctuation(")"),
        case .word(let word) = raw[index + 1]
      else { return nil }
      let letters = word.split(whereSeparator: { $0 == "–" || $0 == "-" })
      return (1...2).contains(letters.count) && letters.allSatisfy { $0.count == 1 && $0.first!.isLetter }
        ? 3 : nil
    }
  }

  /// `raw` without the spans `length(at:)` measures (nil where none starts at an index). Most
  /// sentences have none: they are returned as they are.
  private static func dropping(_ raw: [Item], spans length: (Int) -> Int?) -> [Item] {
    guard raw.indices.contains(where: { length($0) != nil }) else { return raw }
    var items: [Item] = []
    items.reserveCapacity(raw.count)
    var index = 0
    while index < raw.count {
      if let count = length(index) {
        index += count
        continue
      }
      items.append(raw[index])
      index += 1
    }
    return items
  }

  /// Asides of an experiment that stand between a verb and its arguments, left out:
  /// `inhibits in vitro Y` (after a verb), `X plus a 10 nM dose of Y`, `forms a stable complex
  /// with`, `X, but not Z, inhibits Y`; and `rapamycin plus BAY43-9006`, where `plus` joins
  /// two drugs as `and` does.
  static func droppingAsides(_ raw: [Item]) -> [Item] {
    // Most sentences have none: a scan for their words decides.
    guard raw.contains(where: { $0 == .word("vitro") || $0 == .word("vivo") || $0 == .word("plus")
      || $0 == .word("dose") || $0 == .word("complex") || $0 == .word("but") })
    else { return raw }
    var items: [Item] = []
    items.reserveCapacity(raw.count)
    var index = 0
    while index < raw.count {
      let item = raw[index]
      if item == .word("in"), index + 1 < raw.count,
        raw[index + 1] == .word("vitro") || raw[index + 1] == .word("vivo"),
        case .word(let verb) = items.last, V.verbs[verb] != nil
      {
        index += 2
        continue
      }
      // `forms a stable complex with`: the adjective says nothing of the partners.
      if index >= 1, raw[index - 1] == .word("a"), index + 1 < raw.count,
        raw[index + 1] == .word("complex"), case .word(let adjective) = item,
        ["stable", "ternary", "tight", "physical", "direct", "constitutive"].contains(adjective)
      {
        index += 1
        continue
      }
      if item == .word("plus"), case .argument = items.last {
        items.append(.word("and"))
        index += 1
        continue
      }
      // `rapamycin plus a 10 nM dose of BAY43-9006`: the second drug's dose (an article, a
      // number with its unit, `dose of`), so that the two drugs stand side by side.
      if item == .word("a") || item == .word("an"), items.last == .word("and"),
        let dose = raw[(index + 1)...].prefix(6).firstIndex(of: .word("dose")),
        dose + 1 < raw.count, raw[dose + 1] == .word("of"), dose > index + 1,
        case .word(let number) = raw[index + 1], number.first?.isNumber == true,
        raw[(index + 1)..<dose].allSatisfy({ if case .argument = $0 { false } else { true } })
      {
        index = dose + 2
        continue
      }
      // `addition of Ras, but not RasGTPγS, inhibits Y`, `the initial, but not sustained,
      // component`: a contrast set off by commas that names no entity (an entity it names is
      // read as denied: `negatedMembers`).
      if item == .punctuation(","), index + 4 < raw.count, raw[index + 1] == .word("but"),
        raw[index + 2] == .word("not"), case .word = raw[index + 3],
        raw[index + 4] == .punctuation(",")
      {
        index += 5
        continue
      }
      items.append(item)
      index += 1
    }
    return items
  }

  /// `String(decoding: bytes, as: UTF8.self).lowercased()`. A word of ASCII bytes (nearly
  /// every word) is lower-cased byte by byte straight into its String: one String, not two.
  static func lowercasedWord(_ bytes: ArraySlice<UInt8>) -> String {
    guard bytes.allSatisfy({ $0 < 0x80 }) else {
      return String(decoding: bytes, as: UTF8.self).lowercased()
    }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
      for (offset, byte) in zip(buffer.indices, bytes) {
        buffer[offset] = LexiconKey.lowercased(byte)
      }
      return bytes.count
    }
  }

  /// `the protein kinase Raf`, `Rap1 GTPase`: a singular class noun (a family named by a
  /// common noun: lower case or an `-ase`, no digits) right beside a named protein only
  /// classifies the name, so it is left out and the name is the argument. A plural names
  /// members (`histones H2A`) or a group (`TM-Shc2 oncoproteins`) and stays.
  static func namingClassNounsAsWords(_ raw: [Item]) -> [Item] {
    // After the class noun any protein is its name (`the protein kinase mitogen-activated
    // protein kinase kinase (MEK)`); before it, only a name proper (`Rap1 GTPase`).
    func isName(_ item: Item, orLongForm: Bool) -> Bool {
      guard case .argument(let argument) = item else { return false }
      return argument.members.allSatisfy {
        [.gene, .family, .complex].contains($0.type) && (orLongForm || !isClassNoun($0.text))
      }
    }
    func classNoun(_ argument: Argument) -> EntityMention? {
      guard argument.members.count == 1, let mention = argument.members.first,
        mention.type == .family, isClassNoun(mention.text)
      else { return nil }
      // `a Gab1 mutant protein`: a stand-in's head, which keeps the name from being an argument.
      let words = mention.text.lowercased().split(separator: " ").map(String.init)
      guard !words.contains(where: { V.standInHeads.contains($0) || V.standInModifiers.contains($0) })
      else { return nil }
      return mention
    }
    func isDisease(_ item: Item) -> Bool {
      guard case .argument(let argument) = item else { return false }
      return argument.members.allSatisfy { $0.type == .disease }
    }
    func isCellLine(_ item: Item) -> Bool {
      guard case .argument(let argument) = item else { return false }
      return argument.members.allSatisfy { $0.grounding == "MESH:D002460" }
    }
    func isLeftOut(_ index: Int) -> Bool {
      // Only an argument is left out; a word or a mark (most items) is told by its case alone.
      guard case .argument(let argument) = raw[index] else { return false }
      // `the human melanoma cells`, `melanoma cell lines`: a disease before `cells` only says
      // which cells; left out, and so are the cell lines.
      if isDisease(raw[index]), index + 1 < raw.count,
        raw[index + 1] == .word("cells") || raw[index + 1] == .word("cell") || isCellLine(raw[index + 1])
      {
        return true
      }
      if index >= 1, isCellLine(raw[index]), isDisease(raw[index - 1]) { return true }
      if let mention = classNoun(argument), !mention.text.hasSuffix("s"),
        (index + 1 < raw.count && isName(raw[index + 1], orLongForm: true))
          || (index >= 1 && isName(raw[index - 1], orLongForm: false))
      {
        return true
      }
      return false
    }
    // Most sentences leave nothing out: they are returned as they are, not copied item by item.
    guard let first = raw.indices.first(where: isLeftOut) else { return raw }
    var items = Array(raw[..<first])
    items.reserveCapacity(raw.count)
    for index in (first + 1)..<raw.count where !isLeftOut(index) { items.append(raw[index]) }
    return items
  }

  /// A part of the cell: MeSH files cellular structures (Cell Membrane, Cytoplasm,
  /// Mitochondria) among cells, but a cell's head noun says `cell`, `-cyte`, `-blast`, ….
  /// `ERK activity associated with the plasma membrane`: where, not what; no argument.
  static func isPlace(_ mention: EntityMention) -> Bool {
    guard mention.type == .cellType, mention.grounding.hasPrefix("MESH:") else { return false }
    // The head noun: the last word before any comma (`Cell Membrane` is a membrane).
    let name = mention.canonical.lowercased().split(separator: ",").first ?? ""
    let head = name.split(separator: " ").last.map(String.init) ?? ""
    return ![
      "cell", "cyte", "blast", "phage", "neuron", "glia", "fibro", "lymph", "platelet", "phil",
      "phore", "troph", "gonia", "clast", "hybridoma", "receptor", "zoite", "schizont", "line",
    ].contains(where: head.contains)
  }

  /// Head-word processes that are arguments when no entity stands before them (nor after
  /// them: `namesWhoseProcess`): translation (protein synthesis). (Transcription was tried
  /// too, in stop 17: `MDM2 represses transcription` was read, but as many wrong readings
  /// came with it.)
  static let processesOfTheirOwn: Set<String> = ["GO:0006412"]

  /// The entities the shipped lexicon names as receptors (`Lexicon.receptorCuries`).
  static let receptorEntities: Set<String> = Lexicon.shared.receptorCuries()

  /// `the transcription of p53`, `the transcription and apoptotic function of p53`: the text
  /// after a head-word process goes on to the entity whose process it is.
  static func namesWhoseProcess(_ rest: ArraySlice<UInt8>) -> Bool {
    for opener in [" of ", " and ", " or ", " factor", " activity", " start", " initiation"]
    where rest.starts(with: opener.utf8) {
      return true
    }
    return false
  }

  /// Modification reactions: dephosphorylation, glycosylation, methylation, proteolysis,
  /// sumoylation (GO), acetylation, ubiquitination (MeSH).
  static let reactionProcesses: Set<String> = [
    "GO:0016311", "GO:0070085", "GO:0032259", "GO:0006508", "GO:0016925", "MESH:D000107",
    "MESH:D054875",
  ]

  /// `protein kinase`, `kinases`, `GTPase`: a common noun, not a name.
  static func isClassNoun(_ text: String) -> Bool {
    guard !text.contains(where: \.isNumber) else { return false }
    return text == text.lowercased() || text.hasSuffix("ase") || text.hasSuffix("ases")
  }

  /// `leads to`, `resulted in` as one word (`leads-to`), so that the particle is not read as
  /// a preposition before the object; and `as well as` as `and`.
  static func joiningPhrasalVerbs(_ raw: [Item]) -> [Item] {
    // Made only at the first phrasal verb: most sentences have none and are returned as they
    // are, not copied item by item.
    var items: [Item]?
    var index = 0
    while index < raw.count {
      // `Rab10 as well as Rab12 associate with LRRK2`: a coordination, read as `and` (not
      // after a comma, where it often adds a clause of its own).
      if raw[index] == .word("as"), raw[(index + 1)...].starts(with: [.word("well"), .word("as")]),
        index >= 1, raw[index - 1] != .punctuation(",")
      {
        if items == nil {
          items = Array(raw[..<index])
          items?.reserveCapacity(raw.count)
        }
        items?.append(.word("and"))
        index += 3
        continue
      }
      if let (joined, particleCount) = phrasalVerb(in: raw, at: index) {
        if items == nil {
          items = Array(raw[..<index])
          items?.reserveCapacity(raw.count)
        }
        items?.append(.word(joined))
        index += 1 + particleCount
        continue
      }
      items?.append(raw[index])
      index += 1
    }
    return items ?? raw
  }

  /// The phrasal verb starting at `index` as one word (`leads-to`), and the number of words
  /// it takes after the verb (its particle's, and adverbs before a one-word particle, which
  /// are dropped); nil if none starts there.
  private static func phrasalVerb(in raw: [Item], at index: Int) -> (String, Int)? {
    guard case .word(let verb) = raw[index], let first = verb.utf8.first,
      phrasalVerbInitials[Int(first)], let particle = V.phrasalVerbs[verb]
    else { return nil }
    let words = particle.split(separator: " ").map { Item.word(String($0)) }
    // `associates more readily with ErbB2`: up to two adverbs before a one-word particle.
    var adverbs = 0
    while words.count == 1, adverbs < 2, index + 1 + adverbs < raw.count,
      case .word(let adverb) = raw[index + 1 + adverbs],
      adverb.hasSuffix("ly") || ["more", "less", "also"].contains(adverb),
      !V.hedges.contains(adverb)
    {
      adverbs += 1
    }
    if adverbs > 0, !raw[(index + 1 + adverbs)...].starts(with: words) { adverbs = 0 }
    guard raw[(index + 1 + adverbs)...].starts(with: words) else { return nil }
    return (verb + "-" + particle.split(separator: " ").joined(separator: "-"), adverbs + words.count)
  }

  /// The first bytes of `phrasalVerbs`' keys: a word starting otherwise is no phrasal verb,
  /// which a table says without hashing the word.
  private static let phrasalVerbInitials: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for verb in V.phrasalVerbs.keys { if let first = verb.utf8.first { table[Int(first)] = true } }
    return table
  }()

  /// Joins `E / E` and `E - E` into one argument and reads the words around each argument.
  static func chained(_ raw: [Item]) -> [Item] {
    var items: [Item] = []
    items.reserveCapacity(raw.count)
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
        // `RAS-GTP`, `Gαs-GDP`: the nucleotide names the protein's bound state, not a partner.
        let isBoundState =
          raw[next] == .punctuation("-")
          && more.members.allSatisfy { V.boundNucleotides.contains($0.grounding) }
          && argument.members.allSatisfy { [.gene, .family, .complex].contains($0.type) }
        // `GTP-Ras`: the same, written before the protein.
        let isBoundStateFirst =
          raw[next] == .punctuation("-")
          && argument.members.allSatisfy { V.boundNucleotides.contains($0.grounding) }
          && more.members.allSatisfy { [.gene, .family, .complex].contains($0.type) }
        // `GST-PI3KC2β`, `GFP-Rap1`: an affinity or fluorescent tag on the protein.
        let isTagged =
          raw[next] == .punctuation("-")
          && argument.members.allSatisfy { V.tagNames.contains($0.text.lowercased()) }
        // `EGFR-TKIs`: a drug (class) named after its target is the drug.
        let isDrugOfTarget =
          raw[next] == .punctuation("-") && !isBoundState
          && more.members.allSatisfy { $0.type == .chemical }
          && argument.members.allSatisfy { [.gene, .family, .complex].contains($0.type) }
        if isBoundStateFirst || isTagged || isDrugOfTarget {
          argument.members = more.members
        } else if !isBoundState {
          argument.members += more.members
        }
        next += 2
      }
      // Words that qualify the chain: `pathway`, `expression`, `deficiency`, `inhibitors`.
      var look = next
      if look < raw.count, raw[look] == .punctuation("-") { look += 1 }
      while look < raw.count, case .word(let word) = raw[look] {
        // Most chains are followed by none of these words: one lookup says so.
        guard Self.chainQualifiers.contains(word) else { break }
        if V.pathwayHeads.contains(word) {
          argument.isPathway = argument.members.count > 1 || argument.isPathway
        } else if V.amountHeads.contains(word) {
          argument.hasAmountHead = true
        } else if V.lossAfter.contains(word) {
          argument.isLoss = true
          argument.hasLossHead = true
        } else if V.antagonistHeads.contains(word) {
          argument.isAntagonist = true
        } else if word == "target" {
          // `activate Hh target genes`: the genes, not the entity (`targetGeneReadings`).
          if look + 1 < raw.count, raw[look + 1] == .word("gene") || raw[look + 1] == .word("genes") {
            argument.isStandIn = true
          }
          break
        } else if word == "receptor" || word == "receptors", look == next {
          // `TH receptor α`: a receptor of the entity that the lexicon did not name; not the
          // entity itself, so no argument. `the Met receptor`: an entity the lexicon knows
          // as a receptor is the receptor itself.
          if !argument.members.allSatisfy({ Self.receptorEntities.contains($0.grounding) }) {
            argument.isAntagonist = true
          }
        } else if !Self.chainNouns.contains(word) {
          break
        }
        if word == "activity", argument.members.allSatisfy({ $0.type == .chemical }) {
          argument.isStandIn = true
        }
        // `the intrinsic GTPase activity of Ras`: an activity of what follows `of`.
        if word == "activity", look + 1 < raw.count, raw[look + 1] == .word("of") {
          argument.isStandIn = true
        }
        look += 1
      }
      // `increased ErbB2/EphrinB1 association`: the chain names an event between its members
      // (a complex), not the members' amount or activity.
      // `mTORC1 inhibition (with rapamycin) decreased Y`: as a subject, the loss acts.
      if next < raw.count, raw[next].word.map(V.inhibitionHeads.contains) == true {
        argument.isLoss = true
      }
      let isComplexEvent =
        argument.members.count >= 2 && next < raw.count
        && raw[next].word.map(Self.complexHeads.contains) == true
      argument.namesComplex = isComplexEvent
      // `epithelial cell transformation`, `T cell proliferation`: a process of the cells, which
      // the lexicon did not name, not the cells.
      if argument.members.allSatisfy({ $0.type == .cellType }), next < raw.count,
        raw[next].word.map(Self.cellProcessHeads.contains) == true
      {
        argument.isStandIn = true
      }
      if Self.namesStandIn(raw, after: next) || Self.isMutatedPart(items)
        || Self.namesPointMutant(raw, after: next) || isComplexEvent
      {
        argument.isStandIn = true
      }
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
        && items.last?.word.map { V.participleModifiers[$0] != nil || V.hyphenModifiers[$0] != nil } == true
      if let previous = before.first {
        // `The RBD of Raf binds Ras`: the words before the part decide, when they can be seen
        // (`mutations in the effector region of Ras`: a modifier hides them).
        let phrase: [String] = {
          guard previous == "of", before.count >= 2, V.proteinParts.contains(before[1]) else { return before }
          let rest = Array(before.dropFirst(2))
          let first = rest.first { !Self.determiners.contains($0) }
          return first == nil || V.prepositions.contains(first!) ? rest : before
        }()
        if let position = phrase.firstIndex(where: { !Self.determiners.contains($0) }),
          V.prepositions.contains(phrase[position]),
          // `As mTORC1 regulates ATF4, …`: `as` opening the clause is a conjunction.
          !(phrase[position] == "as" && position == phrase.count - 1 && before.count < 4
            && items.count == before.count),
          !Self.isAgentPhrase(phrase, preposition: position),
          !Self.isExposurePhrase(phrase, preposition: position)
        {
          argument.isAfterPreposition = true
        }
        // `cells expressing either wild type Gab1 or ErbB3`: the chain describes the cells.
        if let position = before.firstIndex(where: { !V.descriptionFillers.contains($0) }),
          V.descriptionVerbs.contains(before[position])
        {
          argument.isAfterPreposition = true
        }
        // `estrogen stimulates and progesterone inhibits Y`: a verb right before `and` shares
        // its object with the next verb, so the chain after `and` is a subject.
        let isAfterSharedObjectVerb =
          before.count >= 2 && (before[0] == "and" || before[0] == "or")
          && V.verbs[before[1]] != nil
        // `Activated MAPK phosphorylates ASPP2`, `the activated Ras`: a participle opening the
        // phrase is an adjective of the chain, not a verb whose object it is.
        let isAdjectival =
          previous.hasSuffix("ed")
          && (before.count == 1 || Self.determiners.contains(before[1])
            || before[1].allSatisfy(\.isNumber))
        // `mTORC1 inhibition with rapamycin`: the drug is given, no verb's object.
        let isGiven =
          before.count >= 2 && V.exposureWords[before[1]] == before[0]
        if !isAfterSharedObjectVerb, !isGiven,
          before.dropFirst(isAfterCompoundModifier || isAdjectival ? 1 : 0)
            .contains(where: V.verbsAndNouns.contains)
        {
          argument.isObjectOfVerb = true
        }
        // `Decreased PTPN13 expression enhanced Y`: the loss of PTPN13 did.
        if isAdjectival, let stated = V.verbs[previous], [.decreasesAmount, .inhibits].contains(stated) {
          argument.isLoss = true
        }
        if V.lossBefore.contains(previous) {
          argument.isLoss = true
          argument.isObjectOfVerb = false
        }
        // `knockdown of ATF4 reduced Y`, `loss of PTEN activates Y`: the loss acts, at the
        // start of its phrase.
        // (`suppression of MK2206-induced cell death`: what is lost is the death.)
        // (`loss of either BRG1 or MITF`: past `either` or `both`.)
        let pastEither = (previous == "either" || previous == "both") && before.count >= 3 ? 1 : 0
        if before.count >= 2 + pastEither, before[pastEither] == "of", V.lossNouns.contains(before[1 + pastEither]),
          !before.dropFirst(2 + pastEither).contains(where: { V.prepositions.contains($0) || V.verbs[$0] != nil }),
          next >= raw.count || raw[next] != .punctuation("-")
        {
          argument.isLoss = true
          argument.isAfterPreposition = false
          argument.isObjectOfVerb = false
        }
        if previous == "anti" { argument.isAntagonist = true }
        if before.prefix(2).contains(where: V.standInModifiers.contains)
          || before.starts(with: ["negative", "dominant"])
        {
          argument.isStandIn = true
        }
      }
      if items.last == .punctuation("-"), items.count >= 2,
        case .word(let anti) = items[items.count - 2],
        anti == "anti"
      {
        argument.isAntagonist = true
      }
      let isDomain = look < raw.count && raw[look].word.map(V.domainNames.contains) == true
      if look < raw.count, look > next, raw[look - 1] == .punctuation("-"), !isDomain {
        argument.isModifier = true
      } else if next < raw.count, raw[next] == .punctuation("-"), next + 1 < raw.count,
        case .word(let word) = raw[next + 1], !V.domainNames.contains(word)
      {
        // (`PI3KC2β-RBD binds Ras`: a domain of the protein stands for it; no modifier.)
        argument.isModifier = true
      } else if next < raw.count, case .word(let participle) = raw[next],
        V.participleModifiers[participle] != nil,
        // `a cytokine activated by IFNs`: a reduced relative, no compound.
        next + 1 >= raw.count || raw[next + 1] != .word("by"),
        case .word(let before) = items.last,
        ["the", "this", "these", "a", "an"].contains(before) || V.verbs[before] != nil
      {
        // `the FGF-2 induced proliferation`, `enhance p53 mediated apoptosis`: an unhyphenated
        // compound after a determiner or a verb (not the verb of `FGF-2 induced proliferation`).
        argument.isModifier = true
      }
      items.append(.argument(argument))
      index = next
    }
    return items
  }

  /// Nouns of what cells undergo, after a cell type.
  static let cellProcessHeads: Set<String> = [
    "transformation", "proliferation", "migration", "death", "survival", "growth",
    "differentiation", "activation", "expansion", "infiltration", "invasion", "apoptosis",
  ]

  /// Words after a chain that `chained` reads: pathway, amount, loss and antagonist heads,
  /// `receptor(s)`, `target` (of `target genes`), and the nouns it looks past (`chainNouns`).
  static let chainQualifiers: Set<String> = V.pathwayHeads.union(V.amountHeads)
    .union(V.lossAfter).union(V.antagonistHeads).union(["receptor", "receptors", "target"])
    .union(chainNouns)

  /// Nouns after a chain that qualify nothing but do not end its head (`IL-6 gene expression`).
  static let chainNouns: Set<String> = [
    "gene", "genes", "molecules", "molecule", "activity", "protein", "proteins", "cells",
    "family", "members", "kinase", "kinases",
  ]

  /// Keys of `verbs`, and the clause openers.
  static let verbsAndClauseOpeners: Set<String> = Set(V.verbs.keys).union(clauseOpeners)

  /// Words that end `namesStandIn`'s search: prepositions, verbs, nouns, forms of `be`, and
  /// clause openers.
  static let standInSearchStops: Set<String> = V.prepositions.union(V.verbsAndNouns)
    .union(V.beForms).union(clauseOpeners)

  /// `mutations in the RBD of Class I PI3Ks`, `deletion of X`: the chain after `items` is what
  /// was mutated, named within six words after a stand-in noun and `in`/`of`/`within`.
  static func isMutatedPart(_ items: [Item]) -> Bool {
    var index = items.count - 1
    while index >= 1, items.count - index <= 6 {
      guard case .word(let word) = items[index] else { return false }
      // (`a substrate of mTOR`, `the products of X` name what X acts on, not a part of X.)
      if word == "in" || word == "of" || word == "within", case .word(let head) = items[index - 1],
        V.standInHeads.contains(head), V.patientNouns[head] == nil, !["product", "products"].contains(head)
      {
        return true
      }
      if Self.verbsAndClauseOpeners.contains(word) { return false }
      index -= 1
    }
    return false
  }

  /// `the LDH six-residue insertion`, `the Arg102Lys mutation`: a stand-in head noun among the
  /// plain words (and hyphens) right after the chain, before any preposition or trigger word.
  static func namesStandIn(_ raw: [Item], after start: Int) -> Bool {
    var index = start
    while index < raw.count, index < start + 5 {
      switch raw[index] {
      case .word(let word):
        if V.standInHeads.contains(word) { return true }
        // `an ASPP2 phosphorylation mutant`: a modification noun before the stand-in head.
        if index + 1 < raw.count, case .word(let head) = raw[index + 1],
          V.standInHeads.contains(head), V.nouns[word] != nil
        {
          return true
        }
        if Self.standInSearchStops.contains(word) { return false }
      case .punctuation(let mark):
        if mark != "-" { return false }
      case .argument(let next):
        // `these AKT alleles`: the lexicon names the stand-in head itself (MeSH Alleles).
        return next.members.allSatisfy { V.standInHeads.contains($0.text.lowercased()) }
      }
      index += 1
    }
    return false
  }

  /// `AKT (K179M)`, `Ras (Ras17N)`, `ASPP2 (S827A)`: a point mutation in parentheses right
  /// after the chain (letters, a residue number, one letter) names a mutant of the entity.
  static func namesPointMutant(_ raw: [Item], after start: Int) -> Bool {
    guard start + 2 < raw.count, raw[start] == .punctuation("("), raw[start + 2] == .punctuation(")"),
      case .word(let code) = raw[start + 1]
    else { return false }
    let letters = code.prefix { $0.isLetter }
    let digits = code.dropFirst(letters.count).prefix { $0.isNumber }
    let rest = code.dropFirst(letters.count + digits.count)
    return !letters.isEmpty && !digits.isEmpty && rest.count == 1 && rest.first?.isLetter == true
  }

  /// `(the) overexpression of X` at the start of a phrase that follows no preposition: X is
  /// what the phrase is about. `before` lists the words before X, nearest first.
  static func isAgentPhrase(_ before: [String], preposition position: Int) -> Bool {
    guard before[position] == "of", position + 1 < before.count,
      V.agentHeads.contains(before[position + 1])
    else { return false }
    // `the correlation between long-term use of X`: the phrase follows a preposition.
    return !before.dropFirst(position + 2).contains {
      V.prepositions.contains($0) || V.verbs[$0] != nil
    }
  }

  /// `exposed to X`, `treated with X`: X causes what the sentence reports next.
  /// (`treatment of cells with X`: past what was treated.)
  static func isExposurePhrase(_ before: [String], preposition position: Int) -> Bool {
    guard position + 1 < before.count else { return false }
    if position + 3 < before.count, treatedNouns.contains(before[position + 1]),
      before[position + 2] == "of"
    {
      return V.exposureWords[before[position + 3]] == before[position]
    }
    return V.exposureWords[before[position + 1]] == before[position]
  }

  /// What a treatment is given to: `treatment of cells with X`.
  static let treatedNouns: Set<String> = ["cells", "cultures", "mice", "animals", "rats", "patients"]
}
