import Model

/// A citation line such as `Thoracic Cancer 9 (2018) 669–675` in an article's front matter.
struct JournalLine: Equatable {
  var journal: String
  var volume: String
  var year: String
  var pages: PageRange?

  init?(_ text: String) {
    // <journal words> <volume> (<year>) <first>[–<last>]
    let words = text.split(separator: " ").map(String.init)
    guard let yearIndex = words.firstIndex(where: {
      $0.hasPrefix("(") && $0.hasSuffix(")") && AuthorYear.isYear($0.dropFirst().dropLast())
    }), yearIndex >= 2, yearIndex + 1 < words.count, words.count - yearIndex <= 3 else {
      return nil
    }
    let volume = words[yearIndex - 1]
    guard volume.allSatisfy({ $0.isNumber }) else { return nil }
    let journalWords = words[..<(yearIndex - 1)]
    guard journalWords.allSatisfy({ $0.first?.isUppercase ?? false }) else { return nil }
    self.journal = journalWords.joined(separator: " ")
    self.volume = volume
    self.year = String(words[yearIndex].dropFirst().dropLast())
    self.pages = PageRange(printed: words[yearIndex + 1])
  }
}
