/// One space-separated word of an author list, classified for the name parsers.
struct NameToken {
  /// How a token ends.
  enum Ending: Equatable {
    /// `,` or `;`: another name may follow.
    case separator
    /// `.` or `:` that is not part of an initial: the list ends.
    case terminator
    case none
  }

  let text: Substring
  /// The word without trailing `,;:` (dots kept).
  let word: Substring

  init(_ text: Substring) {
    self.text = text
    self.word = text.trimming(",;:")
  }

  /// The word without a trailing dot.
  var bare: Substring {
    word.last == "." ? word.dropLast() : word
  }

  /// The punctuation ending the token, counting a final `.` as a terminator.
  var ending: Ending {
    guard let last = text.last else { return .none }
    if last == "," || last == ";" { return .separator }
    if last == "." || last == ":" { return .terminator }
    return .none
  }

  /// The ending when a final `.` belongs to an initial (`D. J.`).
  var endingAfterInitials: Ending {
    guard let last = text.last else { return .none }
    if last == "," || last == ";" { return .separator }
    if last == ":" { return .terminator }
    return .none
  }

  /// `and`, `&`, `et` (not `et al`), `und`, `y`.
  var isConjunction: Bool {
    switch text {
    case "and", "&", "und", "y", "et", "och", "AND", "And": true
    default: false
    }
  }

  /// `(Ed.)`, `(Eds.)`, `eds.`, `(Hrsg.)`.
  var isEditorMarker: Bool {
    let trimmed = text.trimming("()[],.;: ")
    // The words are at most 7 ASCII letters; a longer core cannot lower-case to one.
    guard trimmed.utf8.count <= 7 else { return false }
    let core = trimmed.lowercased()
    return ["ed", "eds", "editor", "editors", "hrsg", "dir", "dirs", "coord", "comp", "comps"]
      .contains(core) && (text.first == "(" || text.lowercased().hasPrefix("ed"))
  }

  /// A lowercase name particle: `von`, `van`, `de`, `del`, `degli`, `ten`.
  var isParticle: Bool {
    NameToken.particles.contains(String(word))
  }

  /// A capitalised name word: `Fey`, `Boxel-Dezaire`, `O'Brien`, `DULONG`, `Rodríguez`.
  var isFamilyWord: Bool {
    let core = bare
    guard core.count >= 2, let first = core.first, first.isUppercaseQuick, first.isLetterQuick
    else { return false }
    guard core.allSatisfy({ $0.isLetterQuick || $0.isMember(of: "-'’") }) else { return false }
    // Two-letter all-caps words are initials (`GH`), not names.
    if core.allSatisfy({ !$0.isLowercaseQuick }) && core.count <= 3 { return false }
    return word.last != "." || core.count >= 2
  }

  /// Undotted initials: `J`, `GH`, `PRA`.
  var isUpperInitials: Bool {
    let core = bare
    return (1...4).contains(core.count)
      && core.allSatisfy { $0.isLetterQuick && $0.isUppercaseQuick }
  }

  /// Dotted initials: `J.`, `G.H.`, `J.-P.`, `M.-É.`, `Ch.`.
  var isDottedInitials: Bool {
    var rest = word[...]
    guard rest.last == "." else { return false }
    var groups = 0
    while !rest.isEmpty {
      guard let first = rest.first, first.isUppercaseQuick, first.isLetterQuick else {
        return false
      }
      rest.removeFirst()
      if let next = rest.first, next.isLowercaseQuick, next.isLetterQuick,
        rest.dropFirst().first == "."
      {
        rest.removeFirst()
      }
      guard rest.first == "." else { return false }
      rest.removeFirst()
      groups += 1
      if rest.first == "-" { rest.removeFirst() }
    }
    return groups >= 1 && groups <= 4
  }

  /// `Phys.`, `Rev.`, `J.` and other journal-title abbreviations an author list never ends in.
  var isJournalAbbreviation: Bool {
    word.last == "." && NameToken.journalAbbreviations.contains(String(bare))
  }

  static let particles: Set<String> = [
    "von", "van", "der", "den", "de", "del", "della", "delle", "dello", "di", "da", "du", "dos",
    "das", "do", "le", "la", "les", "degli", "dei", "ten", "ter", "zu", "vom", "zur", "af", "al",
    "el", "bin", "ibn", "st", "d'", "l'", "op", "het", "'t",
  ]

  static let journalAbbreviations: Set<String> = [
    "Phys", "Rev", "Lett", "Appl", "Chem", "Soc", "Am", "Biol", "Med", "Sci", "Natl", "Acad",
    "Proc", "Res", "Nucl", "Astron", "Astrophys", "Math", "Eng", "Mater", "Opt", "Commun",
    "Comput", "Mol", "Int", "Trans", "Mod", "Rep", "Rept", "Ann", "Bull", "Nat", "Physiol",
    "Biochem", "Biophys", "Cell", "Genet", "Immunol", "Neurosci", "Clin", "Exp", "Pharmacol",
    "Geophys", "Mech", "Stat", "Theor", "Ser", "Conf", "Symp", "Jpn", "Eur", "Gen", "Chim",
    "Pharm", "Hosp", "Surg", "Psychol", "Endocrinol", "Oncol", "Cardiol", "Neurol", "Pathol",
    "Microbiol", "Virol", "Bacteriol", "Ecol", "Evol", "Environ", "Geol", "Econ", "Philos", "Hist",
    "Educ", "Engl", "Ling", "Stud", "Anal", "Syst", "Technol", "Electron", "Inform", "Softw",
    "Struct", "Polym", "Catal", "Metab", "Nutr", "Toxicol", "Dermatol", "Ophthalmol", "Pediatr",
    "Radiol", "Urol", "Gastroenterol", "Hepatol", "Rheumatol", "Infect", "Dis", "Immun",
    "Bioinform", "Comp", "Quant", "Elem", "Part", "Fluid", "Solid", "Mat", "Sov", "Zh", "Eksp",
    "Teor", "Fiz", "Acta", "Annu", "Curr", "Opin", "Adv", "Prog", "Lond", "Edinb", "Scand", "Aust",
    "Can", "Brit", "Amer", "Natur", "Cosmol",
  ]
}
