import Model

/// Stable, unique, ASCII citation keys: first author's family name, year, first significant
/// title word (`gauldie1990il6`); clashing keys get `a`, `b`, … in list order.
///
/// references.csv and the `.bib` file give the same keys: make them once per document and
/// hand them to both writers.
public struct BibTeXKeys: Sendable {
  static let articleID = ReferenceID("article")
  private var keys: [ReferenceID: String] = [:]

  /// The keys of `document`'s references and of the article itself.
  public init(_ document: Document) {
    let references = document.references
    var bases: [(ReferenceID, String)] = []
    bases.reserveCapacity(references.count + 1)
    bases.append(
      (Self.articleID, Self.base(authors: document.metadata.authors, year: document.metadata.year,
        title: document.metadata.title, fallback: document.id)))
    // Fields read in place: a whole `Reference` is not copied for the four it takes.
    for index in references.indices {
      let id = references[index].id
      bases.append((id, Self.base(authors: references[index].authors, year: references[index].year,
        title: references[index].title ?? references[index].container, fallback: "ref\(id.rawValue)")))
    }
    var counts: [String: Int] = [:]
    counts.reserveCapacity(bases.count)
    for (_, base) in bases { counts[base, default: 0] += 1 }
    var used: [String: Int] = [:]
    keys.reserveCapacity(bases.count)
    for (id, base) in bases {
      guard counts[base, default: 0] > 1 else {
        keys[id] = base
        continue
      }
      var index = used[base, default: 0]
      var key: String
      repeat {
        key = base + Self.suffix(index)
        index += 1
      } while counts[key] != nil  // taken by another base
      used[base] = index
      keys[id] = key
    }
  }

  func key(for id: ReferenceID) -> String { keys[id] ?? id.rawValue }

  private static func suffix(_ index: Int) -> String {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    return index < 26 ? String(letters[index]) : String(letters[index / 26 - 1]) + String(letters[index % 26])
  }

  private static let stopWords: Set<String> = [
    "a", "an", "the", "of", "on", "in", "and", "for", "to", "with", "by", "from", "at", "is",
    "are", "as", "its", "into", "via", "or", "how", "what", "why", "does", "do", "new",
  ]

  static func base(
    authors: [PersonName], year: String?, title: String?, fallback: @autoclosure () -> String
  ) -> String {
    let author = authors.first.map { ASCIIFolding.keyWord(Self.shortened($0.family)) } ?? ""
    let word = firstSignificantWord(of: title ?? "")
    let yearDigits = Self.asciiDigits(of: year ?? "")
    let key = author + yearDigits + word
    let folded = key.isEmpty ? ASCIIFolding.keyWord(fallback()) : key
    guard Self.startsWithLetter(folded) else { return "ref" + folded }
    return folded
  }

  /// A group author's name cut to its first three significant words (`Department of Health
  /// Scottish Office Home and Health Department, …` → `Department Health Scottish`), so its
  /// keys stay short; a person's family name is kept whole.
  private static func shortened(_ family: String) -> String {
    // Fewer than three space bytes make three words at most: nothing to split.
    let spaces = family.utf8.withContiguousStorageIfAvailable { $0.count { $0 == 0x20 } }
    guard (spaces ?? family.utf8.count { $0 == 0x20 }) >= 3 else { return family }
    let words = family.split(separator: " ")
    guard words.count > 3 else { return family }
    return words.filter { !stopWords.contains($0.lowercased()) }.prefix(3).joined(separator: " ")
  }

  /// Whether the first character is a letter; answered from the byte for ASCII.
  private static func startsWithLetter(_ text: String) -> Bool {
    guard let byte = text.utf8.first else { return false }
    if byte < 0x80 { return (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    return text.first?.isLetter == true
  }

  /// The ASCII digits of `text` (`2010a` → `2010`), on bytes when `text` is ASCII.
  private static func asciiDigits(of text: String) -> String {
    let digits = text.utf8.withContiguousStorageIfAvailable { utf8 -> String? in
      guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
      // All digits, the usual year: the text itself.
      if utf8.allSatisfy({ (0x30...0x39).contains($0) }) { return text }
      return String(decoding: utf8.filter { (0x30...0x39).contains($0) }, as: UTF8.self)
    }
    if let digits, let digits { return digits }
    return text.filter { $0.isASCII && $0.isNumber }
  }

  /// The first title word, folded, that is not a stop word; words end at a space or a slash.
  /// Only the words before it are looked at.
  private static func firstSignificantWord(of title: String) -> String {
    var rest = Substring(title)
    while !rest.isEmpty {
      let end = rest.utf8.firstIndex { $0 == 0x20 || $0 == 0x2F } ?? rest.endIndex
      let word = ASCIIFolding.keyWord(rest[..<end])
      if !word.isEmpty, !stopWords.contains(word) { return word }
      rest = end < rest.endIndex ? rest[rest.utf8.index(after: end)...] : ""
    }
    return ""
  }
}
