import Model

/// Where an entry says where in its container it is: year, volume, issue, pages.
struct Locator {
  /// The matched text in the searched string.
  var range: Range<String.Index>
  var year: String?
  var volume: String?
  var issue: String?
  var pages: PageRange?
  /// The match began with the year (`J Immunol 1990; 144: 3804–8`), so the container is
  /// the text just before it.
  var isYearFirst = false
}

/// Finds the volume–issue–pages group of a reference string. Shapes, tried in this order:
///
/// - `1990; 144: 3804–8`, `2013. 33: 123–30`, `2011;10(3):481-94`, `1999. 21(1): p. 70-1`
/// - `96 (2006) 010404`, `590, 1 (2015)`, `264, 1772-1775 (1994)`
/// - `vol. 21, no 12, p. 1734-1739`
/// - `475(2), 163–170`, `12:34–56`, `208, 17` (the last such group)
/// - `pp. 65-85`, `p. 12` (pages alone)
enum LocatorParser {
  static func find(in text: Substring) -> Locator? {
    let starts = candidateStarts(in: text)
    for start in starts {
      if let locator = yearFirst(text, at: start) { return locator }
    }
    for start in starts {
      if let locator = volumeThenBracketedYear(text, at: start) { return locator }
    }
    for start in starts {
      if let locator = volumeNumberPages(text, at: start) { return locator }
    }
    if let locator = keywordVolume(text) { return locator }
    for start in starts {
      if let locator = volumeThenPages(text, at: start) { return locator }
    }
    for start in starts {
      if let locator = volumeAndIssueAtEnd(text, at: start) { return locator }
    }
    return pagesAlone(text)
  }

  /// Indices where a number starts a word.
  private static func candidateStarts(in text: Substring) -> [String.Index] {
    if FoldedText.hasSimpleScalars(text) { return candidateStartsByScalar(in: text) }
    var result: [String.Index] = []
    var previous: Character = " "
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character.isDigit, !previous.isDigit, !previous.isLetter, !"-–/.'’".contains(previous) {
        result.append(index)
      }
      previous = character
      index = text.index(after: index)
    }
    return result
  }

  /// `candidateStarts(in:)` for simple text, where each scalar is a `Character`.
  private static func candidateStartsByScalar(in text: Substring) -> [String.Index] {
    var result: [String.Index] = []
    var previous: Unicode.Scalar = " "
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if isDigit(scalar), !isDigit(previous), !isLetter(previous),
        !"-–/.'’".unicodeScalars.contains(previous)
      {
        result.append(index)
      }
      previous = scalar
      index = scalars.index(after: index)
    }
    return result
  }

  /// `Character(scalar).isDigit`.
  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  /// `Character(scalar).isLetter`, without a property lookup for ASCII.
  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
    return Character(scalar).isLetter
  }

  // MARK: Shapes

  private static func yearFirst(_ text: Substring, at start: String.Index) -> Locator? {
    var cursor = text[start...]
    guard let year = YearParser.read(&cursor) else { return nil }
    skipDate(&cursor)
    cursor = cursor.drop { $0 == " " }
    guard let separator = cursor.first, ";.,:".contains(separator) else { return nil }
    cursor.removeFirst()
    cursor = cursor.drop { $0 == " " }
    guard let volume = readVolume(&cursor) else { return nil }
    let issue = readIssue(&cursor)
    var probe = cursor.drop { $0 == " " }
    var pages: PageRange?
    if let separator = probe.first, ":,".contains(separator) {
      probe.removeFirst()
      if let found = readPages(&probe) {
        pages = found
        cursor = probe
      }
    }
    guard pages != nil || issue != nil || separator == ";" else { return nil }
    return Locator(
      range: start..<cursor.startIndex, year: year, volume: volume, issue: issue, pages: pages,
      isYearFirst: true)
  }

  private static func volumeThenBracketedYear(_ text: Substring, at start: String.Index)
    -> Locator?
  {
    var cursor = text[start...]
    guard let volume = readVolume(&cursor) else { return nil }
    let issue = readIssue(&cursor)
    // `96 (2006) 010404`
    var probe = cursor.drop { $0 == " " || $0 == "," }
    if let year = readBracketedYear(&probe) {
      var after = probe.drop { $0 == " " || $0 == "," || $0 == ":" }
      let pages = readPages(&after)
      return Locator(
        range: start..<(pages == nil ? probe.startIndex : after.startIndex), year: year,
        volume: volume, issue: issue, pages: pages)
    }
    // `590, 1 (2015)`, `264, 1772-1775 (1994)`, `86, pp. 4520–4526 (1999)`
    probe = cursor.drop { $0 == " " }
    guard let separator = probe.first, ",:".contains(separator) else { return nil }
    probe.removeFirst()
    guard let pages = readPages(&probe) else { return nil }
    var after = probe.drop { $0 == " " || $0 == "," }
    guard let year = readBracketedYear(&after) else { return nil }
    return Locator(
      range: start..<after.startIndex, year: year, volume: volume, issue: issue, pages: pages)
  }

  private static func volumeThenPages(_ text: Substring, at start: String.Index) -> Locator? {
    var cursor = text[start...]
    guard let volume = readVolume(&cursor) else { return nil }
    var issue = readIssue(&cursor)
    var probe = cursor.drop { $0 == " " }
    var separator: Character = " "
    if let first = probe.first, ",:".contains(first) {
      separator = first
      probe.removeFirst()
    } else if issue == nil {
      return nil
    }
    probe = probe.drop { $0 == " " }
    if issue == nil, separator == ",", let bracketed = readIssue(&probe) {
      // `10, (10), 4242-4248`
      issue = bracketed
      probe = probe.drop { $0 == " " || $0 == "," }
    }
    guard let pages = readPages(&probe) else { return nil }
    return Locator(
      range: start..<probe.startIndex, volume: volume, issue: issue, pages: pages)
  }

  /// `20, no. 3 (November 1948): 305–312`, `84, No. 1, 119-127`, `61, no. 1 (2006): 85-113`.
  private static func volumeNumberPages(_ text: Substring, at start: String.Index) -> Locator? {
    var cursor = text[start...]
    guard let volume = readVolume(&cursor) else { return nil }
    cursor = cursor.drop { $0 == " " || $0 == "," }
    guard let issue = readNumberMarker(&cursor) else { return nil }
    var end = cursor.startIndex
    var probe = cursor.drop { $0 == " " || $0 == "," }
    let year = readBracketedYear(&probe)
    if year != nil { end = probe.startIndex }
    probe = probe.drop { " ,:".contains($0) }
    let pages = readPages(&probe)
    if pages != nil { end = probe.startIndex }
    return Locator(range: start..<end, year: year, volume: volume, issue: issue, pages: pages)
  }

  /// `no. 3`, `No 12`, `n° 5`, `nr. 2`, `issue 4`: returns the number.
  private static func readNumberMarker(_ cursor: inout Substring) -> String? {
    let lower = cursor.prefix(8).lowercased()
    for marker in ["no. ", "no ", "n° ", "nº ", "nr. ", "issue ", "iss. ", "h. ", "heft "]
    where lower.hasPrefix(marker) {
      let rest = cursor.dropFirst(marker.count).drop { $0 == " " }
      let number = rest.prefix { $0.isDigit || $0.isDash || $0 == "/" }
      guard !number.isEmpty, number.first?.isDigit == true else { return nil }
      cursor = rest.dropFirst(number.count)
      return String(number)
    }
    return nil
  }

  /// `Journal of Electronic Publishing 4 (2).`, `Science, 312(5777).` at the end of the text.
  private static func volumeAndIssueAtEnd(_ text: Substring, at start: String.Index) -> Locator? {
    var cursor = text[start...]
    guard let volume = readVolume(&cursor), let issue = readIssue(&cursor) else { return nil }
    guard cursor.allSatisfy({ " .,;".contains($0) }) else { return nil }
    return Locator(range: start..<cursor.startIndex, volume: volume, issue: issue)
  }

  /// `vol. 21, no 12, p. 1734-1739`, `Vol. 14`, `Bd. 3, S. 12–15`.
  private static func keywordVolume(_ text: Substring) -> Locator? {
    let folded = FoldedText(text)
    for keyword in ["vol. ", "vol ", "volume ", "bd. ", "v. ", "t. ", "jg. "] {
      guard let range = folded.firstRange(of: keyword, lowered: true),
        !folded.isLetter(before: range.lowerBound),
        let startIndex = folded.index(range.lowerBound),
        let valueIndex = folded.index(range.upperBound)
      else { continue }
      var cursor = text[valueIndex...]
      guard let volume = readVolume(&cursor) else { continue }
      var end = cursor.startIndex
      var issue = readIssue(&cursor)
      if issue != nil { end = cursor.startIndex }
      var probe = cursor.drop { " ,".contains($0) }
      for marker in ["no. ", "no ", "n° ", "nr. ", "issue ", "iss. "] where probe.lowercased().hasPrefix(marker) {
        probe = probe.dropFirst(marker.count)
        let number = probe.prefix { $0.isDigit || $0.isDash || $0 == "/" }
        if !number.isEmpty {
          issue = String(number)
          probe = probe.dropFirst(number.count)
          end = probe.startIndex
        }
        break
      }
      probe = probe.drop { " ,:".contains($0) }
      let pages = readPages(&probe)
      if pages != nil { end = probe.startIndex }
      return Locator(range: startIndex..<end, volume: volume, issue: issue, pages: pages)
    }
    return nil
  }

  private static func pagesAlone(_ text: Substring) -> Locator? {
    let folded = FoldedText(text)
    for marker in ["pp. ", "pp.", "pp ", "p. ", "pages ", "s. "] {
      var from = 0
      while let range = folded.firstRange(of: marker, lowered: true, from: from) {
        from = range.upperBound
        guard !folded.isLetter(before: range.lowerBound), let start = folded.index(range.lowerBound)
        else { continue }
        var cursor = text[start...]
        if let pages = readPages(&cursor) {
          return Locator(range: start..<cursor.startIndex, pages: pages)
        }
      }
    }
    return nil
  }

  // MARK: Pieces

  /// Month, season or day words after a year: `Mar`, `Jan 15`, `Spring`, `Mar-Apr`.
  private static func skipDate(_ cursor: inout Substring) {
    var probe = cursor
    var words = 0
    while words < 3 {
      let spaced = probe.drop { $0 == " " }
      guard spaced.startIndex != probe.startIndex || words == 0 else { break }
      let word = spaced.prefix { $0.isLetter || $0.isDigit || $0.isDash || $0 == "/" }
      guard !word.isEmpty, word.count <= 12 else { break }
      let lower = word.lowercased()
      let isMonth = LocatorParser.monthPrefixes.contains { lower.hasPrefix($0) }
      let isDay = word.count <= 2 && word.allSatisfy(\.isDigit) && words > 0
      guard isMonth || isDay, spaced.startIndex != probe.startIndex else { break }
      probe = spaced.dropFirst(word.count)
      if probe.first == "." && isMonth { probe.removeFirst() }
      cursor = probe
      words += 1
    }
  }

  static let monthPrefixes = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "spring",
    "summer", "fall", "autumn", "winter",
  ]

  /// `144`, `10A`, `B12`; not a year followed by a bracket.
  private static func readVolume(_ cursor: inout Substring) -> String? {
    let digits = cursor.prefix(while: \.isDigit)
    guard !digits.isEmpty, digits.count <= 5 else { return nil }
    var rest = cursor.dropFirst(digits.count)
    var volume = String(digits)
    if let letter = rest.first, letter.isLetter, letter.isUppercase,
      !(rest.dropFirst().first?.isLetter ?? false)
    {
      volume.append(letter)
      rest.removeFirst()
    }
    if let next = rest.first, next.isLetter || next.isDigit || next.isDash || next == "." && rest.dropFirst().first?.isDigit == true {
      return nil
    }
    cursor = rest
    return volume
  }

  /// `(3)`, `(Suppl 2)`, `(3-4)`; not a year.
  private static func readIssue(_ cursor: inout Substring) -> String? {
    var probe = cursor.drop { $0 == " " }
    guard probe.first == "(" else { return nil }
    probe.removeFirst()
    let inside = probe.prefix { $0 != ")" && $0 != "(" }
    guard probe.dropFirst(inside.count).first == ")", !inside.isEmpty, inside.count <= 15,
      inside.contains(where: \.isDigit)
    else { return nil }
    var yearProbe = inside.trimming()[...]
    if YearParser.read(&yearProbe) != nil, yearProbe.isEmpty { return nil }
    cursor = probe.dropFirst(inside.count + 1)
    return String(inside.trimming())
  }

  /// `(2006)`, `( 2012)`, `(Mar.,2006 )`.
  private static func readBracketedYear(_ cursor: inout Substring) -> String? {
    var probe = cursor
    guard probe.first == "(" else { return nil }
    probe.removeFirst()
    let lead = probe.prefix { !$0.isDigit && $0 != ")" }
    guard lead.count <= 12 else { return nil }
    probe = probe.dropFirst(lead.count)
    guard let year = YearParser.read(&probe) else { return nil }
    probe = probe.drop { $0 == " " }
    guard probe.first == ")" else { return nil }
    cursor = probe.dropFirst()
    return year
  }

  /// A page or page range, with an optional `pp.`/`p.`/`pii:` lead-in.
  static func readPages(_ cursor: inout Substring) -> PageRange? {
    var probe = cursor.drop { $0 == " " }
    let lower = probe.prefix(6).lowercased()
    for prefix in ["pp.", "p.", "pii:", "pp ", "s. "] where lower.hasPrefix(prefix) {
      probe = probe.dropFirst(prefix.count).drop { $0 == " " }
      break
    }
    let first = pageToken(probe)
    guard !first.isEmpty else { return nil }
    var end = probe.index(probe.startIndex, offsetBy: first.count)
    var after = probe[end...]
    // ` - `, `–`, `‑ ` between the pages.
    var dashProbe = after.drop { $0 == " " }
    if let dash = dashProbe.first, dash.isDash {
      dashProbe = dashProbe.dropFirst().drop { $0 == " " || $0.isDash }
      let last = pageToken(dashProbe)
      if !last.isEmpty {
        end = dashProbe.index(dashProbe.startIndex, offsetBy: last.count)
        after = probe[end...]
      }
    }
    if let next = after.first, next.isLetter { return nil }
    guard let pages = PageRangeParser.parse(probe[..<end]) else { return nil }
    cursor = after
    return pages
  }

  /// `3804`, `e0119980`, `S12`, `A19`, `a028555`, `L5`.
  private static func pageToken(_ text: Substring) -> Substring {
    var index = text.startIndex
    var letters = 0
    while index < text.endIndex, text[index].isLetter, text[index].isASCII, letters < 2 {
      letters += 1
      index = text.index(after: index)
    }
    let digitsStart = index
    while index < text.endIndex, text[index].isDigit {
      index = text.index(after: index)
    }
    guard index > digitsStart else { return text[text.startIndex..<text.startIndex] }
    if index < text.endIndex, text[index].isLetter, text[index].isASCII, letters == 0 {
      let after = text.index(after: index)
      if after == text.endIndex || !text[after].isLetter { index = after }
    }
    return text[text.startIndex..<index]
  }
}
