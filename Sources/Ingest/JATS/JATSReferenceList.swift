import Model

/// The reference lists (`<back>/<ref-list>`, nested ones, those in sub-articles) as references.
///
/// Structured citations (`<element-citation>`, tagged `<mixed-citation>`, `<citation>`,
/// `<nlm-citation>`) give their fields directly; untagged ones keep only `raw`, which the
/// Extract stage parses like a line of a text reference list.
enum JATSReferenceList {
  static func references(in article: XMLElement, path: String, diagnostics: inout [Diagnostic])
    -> [Reference]
  {
    var references: [Reference] = []
    var seen: Set<String> = []
    for ref in article.descendants(.refList).flatMap(allRefs) {
      // Appended first and renamed in place: the reference is not copied into the list.
      references.append(self.reference(ref, path: path, ordinal: references.count + 1))
      let last = references.count - 1
      let id = references[last].id.rawValue
      if seen.contains(id) {
        diagnostics.append(
          Diagnostic(
            .warning, code: "ingest.jats.duplicate-ref-id",
            message: "<ref id=\"\(id)\"> appears twice; the second is renamed",
            position: references[last].position))
        references[last].id = ReferenceID("\(id)-\(references.count)")
      }
      seen.insert(references[last].id.rawValue)
    }
    return references
  }

  /// `<ref>`s of a list and of lists nested in it, in document order.
  private static func allRefs(_ list: XMLElement) -> [XMLElement] {
    list.elements.flatMap { element -> [XMLElement] in
      if element.isNamed(.ref) { return [element] }
      return element.isNamed(.refList) ? allRefs(element) : []
    }
  }

  private static let citationNames: [XMLName] = [
    .elementCitation, .mixedCitation, .citation, .nlmCitation,
  ]
  private static let fieldNames: [XMLName] = [
    .personGroup, .name, .stringName, .collab, .articleTitle, .chapterTitle, .source, .year,
    .volume, .fpage, .elocationID, .pubID,
  ]

  /// The reference a `<ref>` gives.
  static func reference(_ ref: XMLElement, path: String, ordinal: Int) -> Reference {
    let position = SourcePosition(file: path, line: ref.line)
    let id = ReferenceID(ref[attribute: .id] ?? "ref\(ordinal)")
    let label = ref.child(.label).map { Self.label($0.normalizedText) }
    let citations = ref.elements.filter { citationNames.contains($0.xmlName) }
      + (ref.child(.citationAlternatives)?.elements.filter { citationNames.contains($0.xmlName) } ?? [])
    // SciELO and others give both a printed `<mixed-citation>` and a tagged
    // `<element-citation>`: the tags are read, the printed text is kept as the raw string.
    guard let citation = citations.first(where: isStructured) ?? citations.first else {
      return Reference(id: id, label: label, raw: ref.normalizedText, position: position)
    }
    guard isStructured(citation) else {
      return Reference(id: id, label: label, raw: citation.normalizedText, position: position)
    }
    let printed = citation.isNamed(.mixedCitation)
      ? citation : citations.first { $0.isNamed(.mixedCitation) && !isStructured($0) }
    var reference = Reference(id: id, label: label, raw: "", position: position, isStructured: true)
    let authorGroup = citation.children(.personGroup).first {
      ($0[attribute: .personGroupType] ?? "author") == "author"
    }
    let people = JATSNames.people(in: authorGroup ?? citation)
    reference.authors = people.names
    if let editorGroup = citation.children(.personGroup).first(where: { $0[attribute: .personGroupType] == "editor" }) {
      reference.editors = JATSNames.people(in: editorGroup).names
    }
    reference.hasEtAl = people.hasEtAl || citation.child(.etal) != nil
    let articleTitle = (citation.child(.articleTitle) ?? citation.child(.chapterTitle)
      ?? citation.child(.dataTitle) ?? citation.child(.partTitle)).map { unquoted($0.normalizedText) }
    let source = citation.child(.source)?.normalizedText
    reference.kind = kind(citation, hasChapter: citation.child(.chapterTitle) != nil)
    if articleTitle == nil, reference.kind == .book || reference.kind == .thesis || reference.kind == .report {
      reference.title = source
    } else {
      reference.title = articleTitle
      reference.container = source ?? citation.child(.confName)?.normalizedText
    }
    reference.year = citation.child(.year).map { leadingNumber($0.normalizedText) }
      ?? citation.child(.date)?.child(.year)?.normalizedText
    if reference.year?.isEmpty == true { reference.year = nil }
    reference.volume = citation.child(.volume)?.normalizedText
    reference.issue = citation.child(.issue)?.normalizedText
    if let first = citation.child(.fpage)?.normalizedText {
      reference.pages = pages(first: first, last: citation.child(.lpage)?.normalizedText)
    } else if let location = citation.child(.elocationID)?.normalizedText {
      reference.pages = PageRange(first: location)
    }
    // One walk for the four names; pub-ids first, then object-ids, then the ref's own pub-ids.
    let found = citation.descendants(.pubID, .objectID, .extLink, .uri)
    let named = { (name: XMLName) in found.filter { $0.isNamed(name) } }
    for id in named(.pubID) + named(.objectID) + ref.children(.pubID) {
      let value = id.normalizedText
      switch id[attribute: .pubIDType] {
      case "doi": reference.doi = reference.doi ?? value
      case "pmid": reference.pmid = reference.pmid ?? value
      case "pmcid", "pmc": reference.pmcid = reference.pmcid ?? (value.hasPrefix("PMC") ? value : "PMC" + value)
      default: continue
      }
    }
    for link in named(.extLink) + named(.uri) {
      let href = link[attribute: .xlinkHref] ?? link.normalizedText
      if let doi = doi(inLink: href) {
        reference.doi = reference.doi ?? doi
      } else if reference.url == nil {
        reference.url = href
      }
    }
    reference.publisher = citation.child(.publisherName)?.normalizedText
    reference.edition = citation.child(.edition).flatMap { edition($0.normalizedText) }
    let comments = citation.children(.comment).map(\.normalizedText)
      .filter { !$0.isEmpty && !isOnlyLinkLead($0, url: reference.url) }
    let accessed = (citation.child(.accessDate)
      ?? citation.children(.dateInCitation).first { $0[attribute: .contentType] == "access-date" })
      .flatMap { accessDate($0.normalizedText) }
    let notes = comments + [accessed].compactMap { $0 }
    if !notes.isEmpty { reference.note = notes.joined(separator: "; ") }
    reference.raw = printed.map(collapsedMixedText) ?? rawText(of: reference)
    return reference
  }

  /// The numbers `text` starts with (`2001a` → `2001`); on bytes for ASCII, where only the
  /// digits are numbers.
  private static func leadingNumber(_ text: String) -> String {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return String(text.prefix { $0.isNumber }) }
    let digits = text.utf8.prefix { (0x30...0x39).contains($0) }.count
    guard digits < text.utf8.count else { return text }
    return String(decoding: text.utf8.prefix(digits), as: UTF8.self)
  }

  /// `<fpage>`–`<lpage>` as a page range. Page numbers, the usual case, skip the parse of the
  /// printed `first–last`, which would give them back unchanged.
  private static func pages(first: String, last: String?) -> PageRange? {
    let isNumber = { (text: String) in
      !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }
    if isNumber(first), last.map(isNumber) ?? true {
      return PageRange(first: first, last: last.map { PageRange.expand(last: $0, first: first) })
    }
    return PageRange(printed: [first, last].compactMap { $0 }.joined(separator: "–"))
  }

  /// `Available online: http://…` when the link is the reference's url already: the comment
  /// says nothing more.
  private static func isOnlyLinkLead(_ comment: String, url: String?) -> Bool {
    guard let url, let range = comment.firstRangeByScan(of: url) else { return false }
    let lead = (comment[..<range.lowerBound] + comment[range.upperBound...])
      .trimmingCharacters(in: " :.,").lowercased()
    return [
      "", "available", "available online", "available from", "available at", "online",
      "disponível em", "disponible en",
    ].contains(lead)
  }

  /// `3rd edition`, `7th ed.`, `2nd edn` → `3rd`, `7th`, `2nd`: BibTeX styles add the word.
  private static func edition(_ printed: String) -> String? {
    var value = Substring(printed.trimmingCharacters(in: " .,()"))
    for word in [" edition", " edn", " ed"] where value.lowercased().hasSuffix(word) {
      value = value.dropLast(word.count)
      break
    }
    let edition = value.trimmingCharacters(in: " .,")
    return edition.isEmpty ? nil : edition
  }

  /// `(accessed on 4 December 2008)`, `cited 2010 Oct 22` → `Accessed 4 December 2008`.
  private static func accessDate(_ printed: String) -> String? {
    var date = Substring(printed.trimmingCharacters(in: " ()[]."))
    for lead in ["accessed on", "accessed", "last accessed", "cited", "retrieved"]
    where date.lowercased().hasPrefix(lead) {
      date = date.dropFirst(lead.count)
      break
    }
    let value = date.trimmingCharacters(in: " :,")
    return value.isEmpty ? nil : "Accessed \(value)"
  }

  /// A title as Frontiers prints it in quotes, with the list's comma inside
  /// (`"Antarctic ecosystems,"`), without them.
  private static func unquoted(_ title: String) -> String {
    guard let first = title.first, first == "\"" || first == "“" else { return title }
    var inner = Substring(title).dropFirst()
    while let last = inner.last, last == "," || last == "." { inner = inner.dropLast() }
    // Only a quote that closes the whole title (`“Clicked” sugar-curcumin …` keeps its own).
    guard let last = inner.last, last == (first == "“" ? "”" : "\""),
      !inner.dropLast().contains(last)
    else { return title }
    inner = inner.dropLast()
    while let end = inner.last, end == "," || end == "." { inner = inner.dropLast() }
    return String(inner)
  }

  /// `[12]`, `12.`, `(12)` → `12`; an author–year label (`Alcántara-Carrió et al. (2017)`, as
  /// PeerJ gives) is kept as printed, without a final full stop.
  private static func label(_ printed: String) -> String {
    let bare = printed.trimmingCharacters(in: "[]().")
    return bare.contains(" ") ? printed.trimmingCharacters(in: " .") : bare
  }

  /// Whether a citation element carries field tags (names, titles, source, year, ...).
  private static func isStructured(_ citation: XMLElement) -> Bool {
    citation.elements.contains { fieldNames.contains($0.xmlName) }
  }

  /// `http://dx.doi.org/10.1038/488S2a` → `10.1038/488S2a`.
  private static func doi(inLink href: String) -> String? {
    if href.utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 } }) == true {
      // ASCII, the usual link: searched on bytes (`dx.doi.org/` holds `doi.org/`).
      guard let host = href.firstRangeByScan(of: "doi.org/") else { return nil }
      let doi = href[host.upperBound...]
      return doi.hasPrefix("10.") ? String(doi) : nil
    }
    for host in ["doi.org/", "dx.doi.org/"] {
      if let range = Substring(href).range(of: host) {
        let doi = String(href[range.upperBound...])
        return doi.hasPrefix("10.") ? doi : nil
      }
    }
    return nil
  }

  private static func kind(_ citation: XMLElement, hasChapter: Bool) -> Reference.Kind {
    let type = (citation[attribute: .publicationType] ?? citation[attribute: .citationType] ?? "").lowercased()
    switch type {
    case "journal", "article-journal", "journal-article", "article": return .journalArticle
    case "book":
      // Frontiers: `<article-title>` in `<source>` (and editors) is a chapter of that book.
      let isPart = citation.child(.articleTitle) != nil && citation.child(.source) != nil
      return hasChapter || isPart ? .chapter : .book
    case "chapter", "book-chapter", "incollection": return .chapter
    case "confproc", "conf-proc", "conference", "paper-conference", "proceedings": return .conference
    case "thesis": return .thesis
    case "report", "gov": return .report
    case "web", "webpage", "website": return .web
    case "patent": return .patent
    case "preprint": return .preprint
    case "data", "dataset": return .data
    default:
      if hasChapter { return .chapter }
      return citation.child(.source) != nil && (citation.child(.volume) != nil || citation.child(.fpage) != nil)
        ? .journalArticle : .other
    }
  }

  /// The text of a `<mixed-citation>` as printed: its own punctuation, names as
  /// `Surname Given`, `<etal/>` as `et al.`; white space collapsed as it is gathered.
  private static func collapsedMixedText(_ element: XMLElement) -> String {
    var text = WhitespaceCollapser(capacity: element.textByteCount + 16)
    appendMixedText(of: element, to: &text)
    return text.text
  }

  private static func appendMixedText(of element: XMLElement, to text: inout WhitespaceCollapser) {
    element.forEachChild { run in
      text.append(run)
    } element: { inner in
      if inner.isNamed(.name) {
        let surname = inner.child(.surname)?.normalizedText
        if let surname { text.append(surname) }
        if let given = inner.child(.givenNames)?.normalizedText {
          if surname != nil { text.append(" ") }
          text.append(given)
        }
      } else if inner.isNamed(.etal) {
        let etal = inner.normalizedText
        text.append(etal.isEmpty ? "et al." : etal)
      } else {
        appendMixedText(of: inner, to: &text)
      }
    }
  }

  /// A Vancouver-style rendering of an `<element-citation>`, which has no punctuation of its own.
  private static func rawText(of reference: Reference) -> String {
    // Built as UTF-8 in one buffer, the String made once: every part is non-empty, and a space
    // goes before each but the first.
    var text: [UInt8] = []
    text.reserveCapacity(256)
    func append(_ parts: String...) {
      if !text.isEmpty { text.append(0x20) }
      for part in parts { text.appendUTF8(of: part) }
    }
    var names: [UInt8] = []
    for (index, author) in reference.authors.enumerated() {
      if index > 0 { names.append(contentsOf: [0x2C, 0x20]) }
      names.appendUTF8(of: author.family)
      if let given = author.given {
        names.append(0x20)
        names.appendUTF8(of: given)
      }
    }
    if reference.hasEtAl { names.appendUTF8(of: names.isEmpty ? "et al" : ", et al") }
    if !names.isEmpty {
      if !text.isEmpty { text.append(0x20) }
      text.append(contentsOf: names)
      if !endsWithPeriod(names) { text.append(UInt8(ascii: ".")) }
    }
    if let title = reference.title {
      title.hasSuffix(".") || title.hasSuffix("?") ? append(title) : append(title, ".")
    }
    // `container. year;volume(issue):first–last`, its parts collapsed as they are added (the
    // same text as collapsing them joined).
    var locator = WhitespaceCollapser(capacity: 64)
    var hasLocator = false
    func addToLocator(_ parts: String...) {
      hasLocator = true
      for part in parts { locator.append(part) }
    }
    if let container = reference.container { addToLocator(container, ".") }
    if let year = reference.year { addToLocator(" ", year) }
    if let volume = reference.volume { addToLocator(";", volume) }
    if let issue = reference.issue { addToLocator("(", issue, ")") }
    if let pages = reference.pages {
      addToLocator(":", pages.first)
      if let last = pages.last { addToLocator("–", last) }
    }
    if hasLocator {
      if !text.isEmpty { text.append(0x20) }
      text.append(contentsOf: locator.utf8)
      text.append(UInt8(ascii: "."))
    }
    if let doi = reference.doi { append("doi:", doi) }
    if let pmid = reference.pmid { append("PMID: ", pmid) }
    return String(decoding: text, as: UTF8.self)
  }

  /// Whether the text `utf8` ends with the character `.`: a final `.` byte after an ASCII
  /// byte is one; after any other, the characters are looked at.
  private static func endsWithPeriod(_ utf8: [UInt8]) -> Bool {
    guard utf8.last == UInt8(ascii: ".") else { return false }
    guard utf8.count >= 2, utf8[utf8.count - 2] >= 0x80 else { return true }
    return String(decoding: utf8, as: UTF8.self).hasSuffix(".")
  }
}

private extension [UInt8] {
  /// Appends the UTF-8 of `string` (from its contiguous storage, not through the generic
  /// `append(contentsOf: string.utf8)`, several times slower for short strings).
  mutating func appendUTF8(of string: String) {
    var string = string
    string.withUTF8 { append(contentsOf: $0) }
  }
}

private extension String {
  /// `firstRange(of:)` for short texts, without the table the generic search builds for the
  /// pattern on every call: on bytes when `self` and `pattern` are ASCII without line breaks
  /// (then characters are bytes), else character by character.
  func firstRangeByScan(of pattern: String) -> Range<String.Index>? {
    guard !pattern.isEmpty else { return firstRange(of: pattern) }
    var text = self
    var needle = pattern
    // nil: not both ASCII; .some(nil): absent; else the byte offset of the match.
    let offset: Int?? = text.withUTF8 { text in
      needle.withUTF8 { needle in
        guard text.allSatisfy({ $0 < 0x80 }),
          needle.allSatisfy({ $0 < 0x80 && $0 != 0x0A && $0 != 0x0D })
        else { return nil }
        var start = 0
        while start + needle.count <= text.count,
          let candidate = text[start...].firstIndex(of: needle[0])
        {
          guard candidate + needle.count <= text.count else { break }
          let window = UnsafeBufferPointer(rebasing: text[candidate..<candidate + needle.count])
          if window.elementsEqual(needle) { return candidate }
          start = candidate + 1
        }
        return .some(nil)
      }
    }
    guard let offset else { return firstRange(ofCharacters: pattern) }
    guard let offset else { return nil }
    let lower = utf8.index(startIndex, offsetBy: offset)
    return lower..<utf8.index(lower, offsetBy: pattern.utf8.count)
  }

  /// The first range of `self` whose characters are those of `pattern`.
  private func firstRange(ofCharacters pattern: String) -> Range<String.Index>? {
    var start = startIndex
    while true {
      if self[start...].starts(with: pattern) {
        return start..<index(start, offsetBy: pattern.count)
      }
      guard start < endIndex else { return nil }
      start = index(after: start)
    }
  }
}
