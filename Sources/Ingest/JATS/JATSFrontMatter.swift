import Model

/// The article's metadata from `<front>`: title, contributors, affiliations, journal, dates,
/// volume, issue, pages, identifiers, keywords, license.
enum JATSFrontMatter {
  static func metadata(from article: XMLElement) -> ArticleMetadata {
    var metadata = ArticleMetadata()
    guard let front = article.child("front") else { return metadata }
    if let journal = front.child("journal-meta") {
      metadata.journal = journal.descendant("journal-title")?.normalizedText
      let issns = journal.children("issn")
      metadata.issn = (issns.first { $0[attribute: "pub-type"] == "epub" } ?? issns.first)?
        .normalizedText
    }
    guard let meta = front.child("article-meta") else { return metadata }
    metadata.title = meta.child("title-group")?.child("article-title")?.normalizedText
    for group in meta.children("contrib-group") {
      let authors = group.children("contrib").filter {
        ($0[attribute: "contrib-type"] ?? "author") == "author"
      }
      metadata.authors += JATSNames.people(among: authors).names
    }
    metadata.affiliations = (meta.descendants("aff") + front.descendants("aff"))
      .map { affiliationText($0) }.filter { !$0.isEmpty }.uniqued()
    for id in meta.children("article-id") {
      let value = id.normalizedText
      switch id[attribute: "pub-id-type"] {
      case "doi": metadata.doi = value
      case "pmid": metadata.pmid = value
      case "pmc", "pmcid": metadata.pmcid = value.hasPrefix("PMC") ? value : "PMC" + value
      default: continue
      }
    }
    metadata.year = publicationYear(meta)
    metadata.volume = meta.child("volume")?.normalizedText
    metadata.issue = meta.child("issue")?.normalizedText
    if let first = meta.child("fpage")?.normalizedText {
      metadata.pages = PageRange(printed: [first, meta.child("lpage")?.normalizedText].compactMap { $0 }.joined(separator: "–"))
    } else if let location = meta.child("elocation-id")?.normalizedText {
      metadata.pages = PageRange(first: location)
    }
    metadata.keywords = meta.children("kwd-group").flatMap { $0.children("kwd") }
      .map(\.normalizedText).filter { !$0.isEmpty }
    if let history = meta.child("history") {
      for date in history.children("date") {
        switch date[attribute: "date-type"] {
        case "received": metadata.received = isoDate(date)
        case "accepted": metadata.accepted = isoDate(date)
        default: continue
        }
      }
    }
    if let license = meta.child("permissions")?.child("license") {
      metadata.license = license[attribute: "xlink:href"]
        ?? license.descendant("license_ref")?.normalizedText
        ?? license.normalizedText
    }
    return metadata
  }

  /// The year of the first publication date, preferring the electronic one.
  private static func publicationYear(_ meta: XMLElement) -> String? {
    let dates = meta.children("pub-date")
    let preferred = ["epub", "pub", "ppub", "collection", "epub-ppub"]
    for kind in preferred {
      if let date = dates.first(where: { ($0[attribute: "pub-type"] ?? $0[attribute: "date-type"]) == kind }),
        let year = date.child("year")?.normalizedText
      {
        return year
      }
    }
    return dates.compactMap { $0.child("year")?.normalizedText }.first
  }

  private static func isoDate(_ date: XMLElement) -> String? {
    guard let year = date.child("year")?.normalizedText else { return nil }
    let pad: (String) -> String = { $0.count == 1 ? "0" + $0 : $0 }
    guard let printedMonth = date.child("month")?.normalizedText else { return year }
    // Copernicus writes `<month>October</month>`.
    let month = monthNumbers[printedMonth.lowercased()] ?? printedMonth
    guard let day = date.child("day")?.normalizedText else { return "\(year)-\(pad(month))" }
    return "\(year)-\(pad(month))-\(pad(day))"
  }

  private static let monthNumbers: [String: String] = {
    let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                 "september", "october", "november", "december"]
    var numbers: [String: String] = [:]
    for (index, name) in names.enumerated() {
      let number = index < 9 ? "0\(index + 1)" : "\(index + 1)"
      numbers[name] = number
      numbers[String(name.prefix(3))] = number
    }
    return numbers
  }()

  /// The affiliation's text without its `<label>` or `<sup>` marks, identifiers or links;
  /// address parts tagged one after another with nothing between them (eLife's
  /// `<institution>…</institution><addr-line>…</addr-line><country>…`, Hindawi's one
  /// `<addr-line>` per line) are joined with `, `; SciELO's printed original is preferred to
  /// its parsed parts.
  private static func affiliationText(_ aff: XMLElement) -> String {
    // SciELO gives the parsed parts and, beside them, the affiliation as printed.
    if let original = aff.children("institution").first(where: { $0[attribute: "content-type"] == "original" }) {
      return original.normalizedText.trimmingCharacters(in: " ,;")
    }
    var collapser = WhitespaceCollapser()
    var afterPart = false
    appendAffiliation(aff, to: &collapser, afterPart: &afterPart)
    return collapser.text.trimmingCharacters(in: " ,;")
  }

  /// Elements that hold one part of an address.
  private static let addressParts: Set<String> = [
    "institution", "institution-wrap", "addr-line", "country", "city", "state", "postal-code",
    "named-content",
  ]
  /// Elements of an affiliation that are no part of its text.
  private static let affiliationMarks: Set<String> = [
    "label", "sup", "institution-id", "ext-link", "uri",
  ]

  private static func appendAffiliation(
    _ element: XMLElement, to collapser: inout WhitespaceCollapser, afterPart: inout Bool
  ) {
    for child in element.children {
      switch child {
      case .text(let text):
        let printsSomething = text.withUTF8 { bytes in
          collapser.append(bytes)
          return bytes.contains { ![0x20, 0x0A, 0x09, 0x0D].contains($0) }
        }
        if printsSomething { afterPart = false }
      case .element(let inner) where affiliationMarks.contains(inner.name):
        continue
      case .element(let inner) where addressParts.contains(inner.name):
        if inner.elements.contains(where: { addressParts.contains($0.name) }) {
          appendAffiliation(inner, to: &collapser, afterPart: &afterPart)
          continue
        }
        if afterPart { collapser.appendListSeparator() }
        collapser.append(inner.text)
        afterPart = true
      case .element(let inner):
        collapser.append(inner.text)
        afterPart = false
      }
    }
  }
}

extension Array where Element: Hashable {
  /// The elements in order, each kept only the first time it appears.
  func uniqued() -> [Element] {
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}
