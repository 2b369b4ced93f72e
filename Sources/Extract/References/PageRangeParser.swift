import Model

/// Reads printed page ranges and expands abbreviated last pages (`3804–8` → 3804, 3808).
enum PageRangeParser {
  /// The range printed in `text` (`123–30`, `S12–S15`, `e0119980`, `pp. 91-102`,
  /// `pii:a028555`), or nil when `text` holds no page.
  static func parse(_ text: Substring) -> PageRange? {
    var text = text.trimming(" .,;:")
    for prefix in ["pp.", "pp", "p.", "pages", "page", "S.", "pii:", "pii"]
    where text.hasPrefix(prefix) {
      let rest = text.dropFirst(prefix.count)
      if prefix == "pp" || prefix == "pii" || prefix == "pages" || prefix == "page" {
        guard rest.first == " " || rest.first?.isDigit == true || rest.first == ":" else { continue }
      }
      if prefix == "S." { guard rest.first == " " else { continue } }
      text = rest.trimming(" :")
      break
    }
    guard let dash = text.firstIndex(where: \.isDash) else {
      return isPage(text) ? PageRange(first: String(text)) : nil
    }
    let first = text[..<dash].trimming()
    let last = text[text.index(after: dash)...].trimming(" -–—‐‑−")
    guard isPage(first) else { return nil }
    guard isPage(last) else { return PageRange(first: String(first)) }
    return PageRange(first: String(first), last: expand(last: last, after: first))
  }

  /// Whether `text` looks like one page: digits, optionally with a letter prefix or suffix.
  static func isPage(_ text: Substring) -> Bool {
    guard !text.isEmpty, text.count <= 12, text.contains(where: \.isDigit) else { return false }
    let letters = text.filter { !$0.isDigit }
    return letters.count <= 3 && letters.allSatisfy { $0.isLetter }
  }

  /// `last` with the leading digits and prefix it shares with `first` filled in.
  static func expand(last: Substring, after first: Substring) -> String {
    let (firstPrefix, firstDigits, _) = split(first)
    let (lastPrefix, lastDigits, lastSuffix) = split(last)
    guard !lastDigits.isEmpty else { return String(last) }
    let prefix = lastPrefix.isEmpty ? firstPrefix : lastPrefix
    var digits = String(lastDigits)
    if firstDigits.count > lastDigits.count {
      digits = String(firstDigits.prefix(firstDigits.count - lastDigits.count)) + digits
    }
    return String(prefix) + digits + String(lastSuffix)
  }

  private static func split(_ page: Substring) -> (Substring, Substring, Substring) {
    let prefixEnd = page.firstIndex(where: \.isDigit) ?? page.endIndex
    let digitsEnd = page[prefixEnd...].firstIndex { !$0.isDigit } ?? page.endIndex
    return (page[..<prefixEnd], page[prefixEnd..<digitsEnd], page[digitsEnd...])
  }
}
