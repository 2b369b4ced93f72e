import Model

/// Parses one printed reference string into structured fields.
///
/// Handles Vancouver/NLM (`Gauldie J, Fey GH. Title. J Immunol 1990; 144: 3804–8.`),
/// APA/Harvard (`Chen, H., & Wilner, D. J. (1997). Title. Journal, 475(2), 163–170.`),
/// physics (`M. M. Wolf, Title, Phys. Rev. Lett. 96 (2006) 010404`), books, chapters,
/// theses, preprints and web pages. The steps, each in its own file: clean the text
/// (`ReferenceText`), take out identifiers (`IdentifierExtractor`) and notices
/// (`NoteExtractor`), read the authors (`AuthorListParser`), the year (`YearParser`), the
/// volume–issue–pages group (`LocatorParser`, `PageRangeParser`), split title from container
/// (`TitleSplitter`, `ChapterSplitter`) and classify (`ReferenceKindClassifier`).
public struct ReferenceStringParser: Sendable {
  /// Creates a parser; it holds no state.
  public init() {}

  /// Fills `reference`'s fields from its `raw` text; `id`, `label`, `raw`, `position` are kept.
  ///
  /// A string that parses only in part keeps the fields found and reports the rest as an
  /// `extract.reference.partial` warning.
  ///
  /// - Parameter reference: The entry; only `id`, `label`, `raw` and `position` are read.
  /// - Parameter diagnostics: Receives a warning naming the fields that could not be found.
  public func parse(_ reference: Reference, diagnostics: inout [Diagnostic]) -> Reference {
    var result = Reference(
      id: reference.id, label: reference.label, raw: reference.raw, position: reference.position)
    let normalized = ReferenceText.normalized(reference.raw)
    var body = normalized[...]
    if let label = ReferenceText.stripLabel(&body), result.label == nil { result.label = label }

    let (withoutIdentifiers, identifiers) = IdentifierExtractor.extract(from: String(body))
    result.doi = identifiers.doi
    result.pmid = identifiers.pmid
    result.url = identifiers.url
    let (text, notice) = NoteExtractor.extract(from: withoutIdentifiers)
    var notes: [String] = notice.map { [$0] } ?? []
    if let pmcid = identifiers.pmcid { notes.append("PMCID: \(pmcid)") }
    if let arXiv = identifiers.arXiv { notes.append("arXiv:\(arXiv)") }

    let authors = AuthorListParser.parse(text[...])
    result.authors = authors.names
    result.hasEtAl = authors.hasEtAl

    var rest = authors.rest
    let leading = YearParser.readLeading(&rest)
    result.year = leading.year

    var isChapter = false
    let locator = LocatorParser.find(in: rest)
    let head = locator.map { rest[..<$0.range.lowerBound] } ?? rest
    let trailer = locator.map { rest[$0.range.upperBound...] } ?? rest[rest.endIndex...]
    if let locator {
      result.year = result.year ?? locator.year
      result.volume = locator.volume
      result.issue = locator.issue
      result.pages = locator.pages
      // `Academic Press, London, 2003: 281–304`: a "volume" that is the year is the year.
      if let volume = locator.volume, locator.issue == nil, result.year == nil || result.year == volume,
        volume.count == 4, let number = Int(volume), (1800...2100).contains(number)
      {
        result.volume = nil
        result.year = volume
      }
    }
    let cleanedHead = Self.withoutTrailingYear(head.trimming(" ,;:(["))
    if let chapter = ChapterSplitter.split(cleanedHead) {
      isChapter = true
      result.title = chapter.title
      result.container = chapter.container
      result.editors = chapter.editors
      result.publisher = Self.publisher(in: trailer.trimming(" ).,;:"))
      if result.pages == nil { result.pages = Self.chapterPages(in: cleanedHead) }
      if let container = chapter.container, let range = cleanedHead.firstRange(of: container) {
        let after = Self.chapterEditorsAndPublisher(in: cleanedHead[range.upperBound...])
        result.publisher = result.publisher ?? after.publisher
        if result.editors.isEmpty { result.editors = after.editors }
      }
    } else {
      let endsWithContainer = locator.map { $0.volume != nil || $0.isYearFirst } ?? false
      let parts = TitleSplitter.split(cleanedHead, endsWithContainer: endsWithContainer)
      result.title = parts.title
      result.container = parts.container.map(Self.tidyContainer)
      if let remainder = parts.remainder {
        Self.assignRemainder(remainder, to: &result)
      }
      if result.publisher == nil, locator != nil, locator?.volume == nil {
        result.publisher = Self.publisher(in: trailer.trimming(" ).,;:"))
      }
    }
    result.year = result.year ?? YearParser.find(in: rest) ?? YearParser.find(in: text[...])
    if result.url == nil, let arXiv = identifiers.arXiv {
      result.url = "https://arxiv.org/abs/\(arXiv)"
    }
    result.note = notes.isEmpty ? nil : notes.joined(separator: "; ")
    result.kind = ReferenceKindClassifier.classify(
      result, text: text, isChapter: isChapter, isEditors: authors.isEditors,
      arXiv: identifiers.arXiv)
    reportMissing(in: result, diagnostics: &diagnostics)
    return result
  }

  private func reportMissing(in reference: Reference, diagnostics: inout [Diagnostic]) {
    var missing: [String] = []
    if reference.authors.isEmpty { missing.append("authors") }
    if reference.title == nil { missing.append("title") }
    if reference.year == nil { missing.append("year") }
    if reference.kind == .journalArticle {
      if reference.volume == nil { missing.append("volume") }
      if reference.pages == nil { missing.append("pages") }
    }
    guard !missing.isEmpty else { return }
    diagnostics.append(
      Diagnostic(
        .warning, code: "extract.reference.partial",
        message: "reference \(reference.id) parsed in part: no \(missing.joined(separator: ", "))",
        position: reference.position))
  }
}

extension ReferenceStringParser {
  /// Drops a date at the end of a head (`…, 2006`, `(2010)`), which belongs to the year field.
  fileprivate static func withoutTrailingYear(_ text: Substring) -> Substring {
    var trimmed = text
    let lastWord = ReferenceText.lastWord(trimmed)
    var probe = lastWord.trimming("()[].,;:")
    if YearParser.read(&probe) != nil, probe.isEmpty {
      trimmed = trimmed.dropLast(lastWord.count).trimming(" ,;:([")
    }
    return trimmed
  }

  /// A journal title without a trailing dot unless it is an abbreviation (`Phys. Rev. Lett.`).
  fileprivate static func tidyContainer(_ container: String) -> String {
    let words = container.split(separator: " ")
    if let last = words.last, words.count > 1, words.dropLast().contains(where: { $0.hasSuffix(".") }),
      !last.hasSuffix(".") && last.count <= 8 && last.first?.isUppercase == true
    {
      return container + "."
    }
    return container
  }

  /// `Location: Publisher, 1999` → `Publisher`; a name with a publishing word alone.
  /// A chapter's page range printed as one comma-separated part of its head, with no volume
  /// before it (`…, North-Holland Publ. Co., Amsterdam, 102–143, 1963`, `…, pp. 12–30`): the
  /// last such part, and no range of years (`1990–2000`).
  fileprivate static func chapterPages(in head: Substring) -> PageRange? {
    for piece in head.split(separator: ",").reversed() {
      let text = piece.trimming(" .")
      guard text.contains(where: \.isDash),
        text.allSatisfy({ $0.isDigit || $0.isDash || $0 == " " || $0 == "." || $0 == "p" }),
        let pages = PageRangeParser.parse(text), let last = pages.last
      else { continue }
      let years = 1800...2100
      if let first = Int(pages.first), let end = Int(last), years.contains(first), years.contains(end) {
        continue
      }
      return pages
    }
    return nil
  }

  /// The editors and publisher among the comma-separated parts after a chapter's book title
  /// (`…, edited by: van Wijk, W. R., North-Holland Publ. Co., Amsterdam, …`): the editors
  /// are the parts from `edited by:` to the publisher or the first part with a digit or a
  /// colon (pages, `New York: …`), the publisher the first part after them that names one.
  fileprivate static func chapterEditorsAndPublisher(in text: Substring)
    -> (editors: [PersonName], publisher: String?)
  {
    let pieces = text.split(separator: ",")
    var editorPieces: [Substring] = []
    var inEditors = false
    for piece in pieces {
      let trimmed = piece.trimming(" ")
      if trimmed.lowercased().hasPrefix("edited by") {
        inEditors = true
        editorPieces.append(trimmed.dropFirst("edited by".count).trimming(" :"))
        continue
      }
      if let publisher = publisherPart(trimmed) {
        return (editors(editorPieces), publisher)
      }
      // Pages, a place (`New York: …`) or a sentence end the names.
      if trimmed.contains(where: { $0.isDigit || $0 == ":" }) || trimmed.hasSuffix(". ") {
        inEditors = false
      }
      if inEditors { editorPieces.append(trimmed) }
    }
    return (editors(editorPieces), nil)
  }

  /// A part that names a publisher: a publisher keyword, or `Publ.`/`Co.` (which the keywords
  /// miss once trimmed: `North-Holland Publ. Co.`).
  private static func publisherPart(_ piece: Substring) -> String? {
    if let publisher = publisher(in: piece), !piece.contains(":") { return publisher }
    let words = piece.split(separator: " ")
    return words.contains("Publ.") || words.last == "Co." ? String(piece.trimming(" .")) : nil
  }

  /// The names of `van Wijk`, `W. R.`: the editor list's parts, rejoined and read as authors.
  private static func editors(_ pieces: [Substring]) -> [PersonName] {
    guard !pieces.isEmpty else { return [] }
    return AuthorListParser.parse(pieces.joined(separator: ", ")[...]).names
  }

  fileprivate static func publisher(in text: Substring) -> String? {
    var candidate = withoutTrailingYear(text.trimming(" .,;:"))
    if let colon = candidate.lastIndex(of: ":") {
      candidate = candidate[candidate.index(after: colon)...].trimming(" ")
      if let comma = candidate.firstIndex(of: ",") {
        let tail = candidate[candidate.index(after: comma)...].trimming()
        if tail.isEmpty || tail.first?.isDigit == true { candidate = candidate[..<comma] }
      }
      let value = candidate.trimming(" .,;:")
      return value.isEmpty ? nil : String(value)
    }
    let keywords = [
      "press", "publisher", "publishers", "publishing", "verlag", "books", "editions", "éditions",
      "edições", "editorial", "university", "université", "inc", "ltd", "gmbh", "wiley",
      "springer", "elsevier", "routledge", "macmillan", "sage", "mcgraw-hill", "co.", "company",
    ]
    let folded = FoldedText(candidate)
    guard keywords.contains(where: { folded.containsWord($0) }) else { return nil }
    let value = candidate.trimming(" .,;:")
    return value.isEmpty || value.count > 120 ? nil : String(value)
  }

  /// Text after the title of an entry with no container group: publisher, or a journal,
  /// newspaper or site name.
  fileprivate static func assignRemainder(_ remainder: String, to reference: inout Reference) {
    let parts = TitleSplitter.sentences(remainder[...])
    for range in parts {
      let piece = remainder[range].trimming(" .,;:")
      guard !piece.isEmpty else { continue }
      if reference.publisher == nil, let publisher = publisher(in: piece) {
        reference.publisher = publisher
        continue
      }
      let lower = piece.lowercased()
      let isNoise =
        piece.first?.isDigit == true || lower.hasPrefix("accessed") || lower.hasPrefix("retrieved")
        || lower.hasPrefix("available") || lower.hasPrefix("ed.") || lower.hasPrefix("edn")
        || lower.hasPrefix("vol") || lower.hasPrefix("pp") || lower.hasPrefix("[")
      if reference.container == nil, !isNoise,
        reference.publisher == nil
      {
        let value = withoutTrailingYear(stripDateTail(piece))
        let trimmed = value.trimming(" .,;:")
        if !trimmed.isEmpty { reference.container = String(trimmed) }
      }
    }
  }

  /// `Le Monde, 5 June 2015` → `Le Monde`.
  fileprivate static func stripDateTail(_ text: Substring) -> Substring {
    guard let comma = text.firstIndex(of: ",") else { return text }
    let tail = text[text.index(after: comma)...].trimming()
    let lowerTail = tail.lowercased()
    if tail.first?.isDigit == true
      || LocatorParser.monthPrefixes.contains(where: { lowerTail.hasPrefix($0) })
    {
      return text[..<comma]
    }
    return text
  }
}
