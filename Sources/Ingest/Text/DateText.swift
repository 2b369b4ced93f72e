import Model

/// Dates as printed in front matter (`22 February 2018`, `February 22, 2018`) → `2018-02-22`.
enum DateText {
  private static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  static func isoDate(in text: String) -> String? {
    let words = text.split(whereSeparator: { " ,;:.".contains($0) }).map(String.init)
    var day: Int?
    var month: Int?
    var year: Int?
    for word in words {
      let lower = word.lowercased()
      if let index = months.firstIndex(where: { $0 == lower || ($0.hasPrefix(lower) && lower.count >= 3) }) {
        month = index + 1
      } else if let value = Int(word) {
        if word.count == 4 { year = value } else if value >= 1, value <= 31 { day = value }
      }
    }
    guard let year, let month else { return nil }
    let monthText = month < 10 ? "0\(month)" : "\(month)"
    guard let day else { return "\(year)-\(monthText)" }
    return "\(year)-\(monthText)-\(day < 10 ? "0\(day)" : "\(day)")"
  }
}

/// Identifiers found in free text.
enum Identifiers {
  /// A DOI (`10.1111/1759-7714.12633`) after `doi:`, `https://doi.org/` or on its own.
  static func doi(in text: String) -> String? {
    guard let range = Substring(text).range(of: "10.") else { return nil }
    let before = text[..<range.lowerBound].lowercased()
    guard before.hasSuffix("doi: ") || before.hasSuffix("doi:") || before.hasSuffix("doi.org/")
      || before.hasSuffix("doi ")
    else { return nil }
    let doi = text[range.lowerBound...].prefix { !$0.isWhitespace }
    let trimmed = doi.trimmingCharacters(in: ".,;)")
    return trimmed.contains("/") ? trimmed : nil
  }
}
