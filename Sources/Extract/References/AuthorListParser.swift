import Model

/// The authors at the head of a reference string and where the rest begins.
struct AuthorList {
  var names: [PersonName] = []
  var hasEtAl = false
  /// The names are editors (`(Eds.)`).
  var isEditors = false
  /// The text after the author list.
  var rest: Substring
}

/// Reads an author list in the common styles:
///
/// - Vancouver: `Gauldie J, Northemann W, Fey GH.`, `del Carmen Rodríguez M`, `… et al.`
/// - family first with dotted initials: `Harrison R.M., Stedman J. and Derwent D.`
/// - inverted: `Chen, H., Tafalla, M., & Wilner, D. J.`, `Nichols, Bill.`
/// - natural order: `M. A. Metlitski and T. Grover,`, `AM Trinkoff, JA Lipscomb`
///
/// The first name fixes the style; an inverted list may continue in natural order
/// (`Katz, L.C., A. Burkhalter, and W.J. Dreyer`).
enum AuthorListParser {
  private enum Style { case inverted, familyFirst, natural, naturalFull }

  private struct Match {
    var name: PersonName
    var next: Int
    var ending: NameToken.Ending
  }

  /// The author list opening `text`.
  static func parse(_ text: Substring) -> AuthorList {
    let tokens = ReferenceText.words(text).map(NameToken.init)
    var list = AuthorList(rest: text)
    var style: Style?
    var index = 0
    guard !tokens.isEmpty else { return list }
    // `———.`: the same authors as the entry before.
    if let first = tokens.first, first.bare.count >= 2,
      first.bare.allSatisfy({ $0.isDash || $0 == "_" })
    {
      list.rest = tokens.count > 1 ? text[tokens[1].text.startIndex...] : text[text.endIndex...]
      return list
    }
    loop: while index < tokens.count {
      if isEtAl(tokens, at: index) {
        list.hasEtAl = true
        index += etAlLength(tokens, at: index)
        break
      }
      guard let (matched, matchStyle) = match(tokens, at: index, style: style) else { break }
      style = style ?? matchStyle
      list.names.append(matched.name)
      index = matched.next
      var ending = matched.ending
      while index < tokens.count, tokens[index].isEditorMarker {
        list.isEditors = true
        ending = tokens[index].ending
        index += 1
      }
      guard index < tokens.count else { break }
      if isEtAl(tokens, at: index) {
        list.hasEtAl = true
        index += etAlLength(tokens, at: index)
        break
      }
      if tokens[index].isConjunction {
        index += 1
        continue
      }
      switch ending {
      case .separator: continue loop
      case .terminator, .none: break loop
      }
    }
    if index >= tokens.count {
      list.rest = text[text.endIndex...]
    } else {
      list.rest = text[tokens[index].text.startIndex...]
    }
    return list
  }

  private static func isEtAl(_ tokens: [NameToken], at index: Int) -> Bool {
    let lower = tokens[index].word.lowercased()
    if lower == "et al." || lower == "et-al." || lower == "etal." { return true }
    guard lower == "et" || lower == "and", index + 1 < tokens.count else { return false }
    let next = tokens[index + 1].word.lowercased()
    return next == "al." || next == "al" || (lower == "and" && next == "others")
  }

  private static func etAlLength(_ tokens: [NameToken], at index: Int) -> Int {
    let lower = tokens[index].word.lowercased()
    return lower == "et" || lower == "and" ? 2 : 1
  }

  private static func match(_ tokens: [NameToken], at index: Int, style: Style?)
    -> (Match, Style)?
  {
    switch style {
    case .inverted:
      if let m = inverted(tokens, at: index) { return (m, .inverted) }
      if let m = natural(tokens, at: index, allowUndotted: false) { return (m, .inverted) }
      if let m = familyFirst(tokens, at: index) { return (m, .inverted) }
      if let m = naturalFull(tokens, at: index) { return (m, .inverted) }
      return nil
    case .familyFirst:
      return familyFirst(tokens, at: index).map { ($0, .familyFirst) }
    case .natural:
      return natural(tokens, at: index, allowUndotted: true).map { ($0, .natural) }
    case .naturalFull:
      if let m = naturalFull(tokens, at: index) { return (m, .naturalFull) }
      if let m = natural(tokens, at: index, allowUndotted: false) { return (m, .naturalFull) }
      return nil
    case nil:
      let first = tokens[index]
      let startsWithInitials =
        first.isDottedInitials
        || (first.isUpperInitials && first.bare.count <= 3 && first.ending == .none
          && index + 1 < tokens.count && tokens[index + 1].isFamilyWord)
      if startsWithInitials, let m = natural(tokens, at: index, allowUndotted: true) {
        return (m, .natural)
      }
      if let m = inverted(tokens, at: index) { return (m, .inverted) }
      if let m = familyFirst(tokens, at: index) { return (m, .familyFirst) }
      if let m = naturalFull(tokens, at: index) { return (m, .naturalFull) }
      return nil
    }
  }

  /// Whether the token after a name can follow a complete name: a conjunction, a bracket, a
  /// year, `et al.`, an editor marker, or nothing.
  private static func endsName(_ follower: NameToken?) -> Bool {
    guard let follower else { return true }
    return follower.isConjunction || follower.text.first == "(" || follower.text.first == "["
      || follower.text.first?.isDigit == true || follower.word.lowercased() == "et"
      || follower.isEditorMarker || follower.text == "And"
  }

  /// Generational suffixes kept with the given names.
  private static func isSuffix(_ token: NameToken?) -> Bool {
    guard let token else { return false }
    return ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"].contains(String(token.word))
  }

  /// `Chen, H.`, `Greene, T. P.`, `Miller Bertolami, M. M.`, `Smith, JA`, `Nichols, Bill.`
  private static func inverted(_ tokens: [NameToken], at start: Int) -> Match? {
    var index = start
    var familyEnd: Int?
    while index < tokens.count, index - start < 4 {
      let token = tokens[index]
      guard token.isFamilyWord || token.isParticle, token.word.last != "." else { return nil }
      if token.text.last == "," {
        familyEnd = index
        break
      }
      guard token.ending == .none else { return nil }
      index += 1
    }
    guard let familyEnd, let lastFamily = tokens[safe: familyEnd], !lastFamily.isParticle else {
      return nil
    }
    let family = tokens[start...familyEnd].map(\.word).joined(separator: " ")
    var given: [Substring] = []
    var next = familyEnd + 1
    var ending = NameToken.Ending.none
    var hasFullWord = false
    while next < tokens.count, given.count < 4 {
      let token = tokens[next]
      if token.isDottedInitials {
        given.append(token.word)
        ending = token.endingAfterInitials
      } else if given.isEmpty, token.isUpperInitials, token.bare.count <= 3 {
        given.append(token.bare)
        ending = token.ending
      } else if token.isFamilyWord, token.bare.contains(where: \.isLowercaseQuick) {
        given.append(token.bare)
        ending = token.ending
        hasFullWord = true
      } else {
        break
      }
      next += 1
      if ending != .none { break }
    }
    if ending == .none || ending == .separator, isSuffix(tokens[safe: next]) {
      given.append(tokens[next].bare)
      ending = tokens[next].ending
      next += 1
    }
    if hasFullWord, ending == .none, given.last?.last != ".", !endsName(tokens[safe: next]) {
      return nil
    }
    guard !given.isEmpty else { return nil }
    return Match(
      name: PersonName(family: family, given: given.joined(separator: " ")), next: next,
      ending: ending)
  }

  /// `Fey GH`, `del Carmen Rodríguez M`, `van Boxel-Dezaire AH`, `Harrison R.M.`
  private static func familyFirst(_ tokens: [NameToken], at start: Int) -> Match? {
    var index = start
    while index < tokens.count, index - start < 4 {
      let token = tokens[index]
      if index > start, token.isUpperInitials || token.isDottedInitials { break }
      guard token.isFamilyWord || token.isParticle, token.ending == .none,
        token.word.last != "."
      else { return nil }
      index += 1
    }
    guard index > start, let initials = tokens[safe: index],
      !tokens[index - 1].isParticle
    else { return nil }
    let family = tokens[start..<index].map(\.word).joined(separator: " ")
    if initials.isUpperInitials {
      // `Alon Y. Levy,` is a first name, an initial and a family name.
      if initials.bare.count == 1, initials.word.last == ".",
        let follower = tokens[safe: index + 1], follower.isFamilyWord,
        follower.ending == .separator || endsName(tokens[safe: index + 2])
      {
        return nil
      }
      return Match(
        name: PersonName(family: family, given: String(initials.bare)), next: index + 1,
        ending: initials.ending)
    }
    var given: [Substring] = []
    var next = index
    var ending = NameToken.Ending.none
    while next < tokens.count, given.count < 4, tokens[next].isDottedInitials {
      given.append(tokens[next].word)
      ending = tokens[next].endingAfterInitials
      next += 1
      if ending != .none { break }
    }
    if isSuffix(tokens[safe: next]) {
      given.append(tokens[next].bare)
      ending = tokens[next].ending
      next += 1
    }
    guard !given.isEmpty, ending != .none || endsName(tokens[safe: next]) else { return nil }
    return Match(
      name: PersonName(family: family, given: given.joined(separator: " ")), next: next,
      ending: ending)
  }

  /// `M. A. Metlitski`, `T. Grover`, `C. Ciofi degli Atti`, `AM Trinkoff`, `F.-J. Hambsch`
  private static func natural(_ tokens: [NameToken], at start: Int, allowUndotted: Bool)
    -> Match?
  {
    var index = start
    var given: [Substring] = []
    while index < tokens.count, given.count < 4, tokens[index].isDottedInitials,
      tokens[index].endingAfterInitials == .none
    {
      given.append(tokens[index].word)
      index += 1
    }
    if !given.isEmpty, let token = tokens[safe: index], token.isUpperInitials,
      token.bare.count == 1, token.ending == .none
    {
      given.append(token.word)
      index += 1
    }
    if given.isEmpty, allowUndotted, let token = tokens[safe: index], token.isUpperInitials,
      token.bare.count <= 3, token.ending == .none
    {
      given.append(token.word)
      index += 1
    }
    guard !given.isEmpty else { return nil }
    let familyStart = index
    var ending = NameToken.Ending.none
    while index < tokens.count, index - familyStart < 4 {
      let token = tokens[index]
      guard token.isFamilyWord || token.isParticle else { break }
      index += 1
      ending = token.ending
      if ending != .none { break }
      if let follower = tokens[safe: index],
        follower.isConjunction || follower.text.first == "(" || follower.isEditorMarker
          || follower.word.lowercased() == "et"
      {
        break
      }
    }
    guard index > familyStart, let last = tokens[safe: index - 1], !last.isParticle,
      !last.isJournalAbbreviation
    else { return nil }
    // `J. Gerald Kennedy`: after initials, capitalised words without a particle among them
    // are middle names but the last, as BibTeX reads `First Last`; with a particle they are one
    // family name (`C. Ciofi degli Atti`).
    var familyWords = tokens[familyStart..<index]
    if familyWords.count > 1, !familyWords.contains(where: \.isParticle) {
      given += familyWords.dropLast().map(\.word)
      familyWords = familyWords.suffix(1)
    }
    let family = familyWords.map { $0.bare }.joined(separator: " ")
    return Match(
      name: PersonName(family: family, given: given.joined(separator: " ")), next: index,
      ending: ending)
  }
}

extension AuthorListParser {
  /// `Alon Y. Levy`, `Rachid Attia`, `Jean-Philippe Lauffenburger`, `A. J. van Doorn`.
  private static func naturalFull(_ tokens: [NameToken], at start: Int) -> Match? {
    guard let first = tokens[safe: start], first.isFamilyWord, first.ending == .none,
      first.bare.contains(where: \.isLowercaseQuick), first.word.last != "."
    else { return nil }
    var index = start + 1
    while index < tokens.count, index - start < 4 {
      let token = tokens[index]
      guard token.isFamilyWord || token.isParticle || token.isDottedInitials
        || (token.isUpperInitials && token.bare.count == 1)
      else { return nil }
      index += 1
      if token.isDottedInitials || token.isUpperInitials { continue }
      if token.ending != .none || endsName(tokens[safe: index]) {
        guard token.isFamilyWord, token.bare.contains(where: \.isLowercaseQuick),
          !token.isJournalAbbreviation
        else { return nil }
        var familyStart = index - 1
        while familyStart - 1 > start, tokens[familyStart - 1].isParticle { familyStart -= 1 }
        let family = tokens[familyStart..<index].map(\.bare).joined(separator: " ")
        let given = tokens[start..<familyStart].map(\.word).joined(separator: " ")
        var ending = token.ending
        var next = index
        if isSuffix(tokens[safe: next]) {
          ending = tokens[next].ending
          next += 1
        }
        return Match(name: PersonName(family: family, given: given), next: next, ending: ending)
      }
    }
    return nil
  }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
