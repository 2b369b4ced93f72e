import Model

/// Recognises author–year citation text such as `Smith et al., 2010` or `Lee and Park 2011a, 2012`.
enum AuthorYear {
  /// The citations in one `;`-separated part, each as `Name[ et al.], Year`; `nil` if the part
  /// is not author–year text.
  static func citations(in part: String) -> [String]? {
    var text = Substring(part)
    for prefix in ["see also ", "see ", "e.g., ", "e.g. ", "cf. ", "reviewed in "] {
      if text.lowercased().hasPrefix(prefix) { text = text.dropFirst(prefix.count) }
    }
    // Split off the trailing years: `…, 2010, 2011a` or `… 2010`.
    var years: [String] = []
    var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    while let last = words.last {
      let token = last.trimmingCharacters(in: ",")
      guard isYear(token) else { break }
      years.insert(token, at: 0)
      words.removeLast()
    }
    guard !years.isEmpty, !words.isEmpty, words.count <= 8 else { return nil }
    var names = words.joined(separator: " ")
    if names.hasSuffix(",") { names.removeLast() }
    // A name may open with a particle: `de Jeu et al., 2008`, `van Wijk and de Vries, 1963`.
    let opening = words.first { !particles.contains($0.trimmingCharacters(in: ",.")) } ?? ""
    guard let first = opening.first, first.isUppercase, isNameList(names) else { return nil }
    // `(e.g. November 2014)`, `(May 2010)`: a date, not an author.
    if words.count <= 2, Self.months.contains(words[0].trimmingCharacters(in: ",.")) { return nil }
    return years.map { "\(names), \($0)" }
  }

  /// Lower-case parts of family names.
  private static let particles: Set<String> = [
    "de", "van", "von", "der", "den", "del", "della", "da", "di", "du", "dos", "das", "la", "le", "ten", "ter",
  ]

  private static let months: Set<String> = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Spring", "Summer", "Autumn", "Fall", "Winter",
  ]

  /// The author phrase that ends `paragraph`, as in `Smith et al.`, `Lee and Park` or `Smith`
  /// before `(2010)`; `et al.` is returned without its full stop.
  static func names(endingAt paragraph: MarkedText) -> String? {
    var preceding = String(paragraph.scalars(before: paragraph.count, limit: 60))
    preceding = preceding.replacingAll("et al.", with: "et al")
    if let cut = preceding.lastIndex(where: { ".;:([".contains($0) }) {
      preceding = String(preceding[preceding.index(after: cut)...])
    }
    let words = preceding.split(separator: " ").map(String.init)
    let isName: (String) -> Bool = { $0.first?.isUppercase ?? false }
    if words.count >= 3, words.suffix(2) == ["et", "al"], isName(words[words.count - 3]) {
      return words.suffix(3).joined(separator: " ")
    }
    if words.count >= 3, ["and", "&"].contains(words[words.count - 2]),
      isName(words[words.count - 3]), let last = words.last, isName(last)
    {
      return words.suffix(3).joined(separator: " ")
    }
    if let last = words.last, isName(last) { return last }
    return nil
  }

  /// Four digits from 1500 to 2099, optionally followed by one lower-case letter (`2011a`).
  static func isYear(_ token: some StringProtocol) -> Bool {
    var digits = Substring(token)
    if let last = digits.last, last.isLetter, last.isLowercase { digits = digits.dropLast() }
    guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      let value = Int(digits)
    else { return false }
    return (1500...2099).contains(value)
  }

  private static func isNameList(_ names: String) -> Bool {
    for word in names.split(separator: " ") {
      let word = word.trimmingCharacters(in: ",.")
      if ["et", "al", "and", "&", "al.", "in", "press"].contains(word) || particles.contains(word) { continue }
      guard let first = word.first, first.isUppercase, word.allSatisfy({ $0.isLetter || "-'’".contains($0) }) else {
        return false
      }
    }
    return true
  }
}
