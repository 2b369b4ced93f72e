/// Reads publication years (`1990`, `2015a`, `(1997)`, `(2010, March 5)`).
enum YearParser {
  /// A four-digit year 1500–2099 at the start of `text`, followed by a non-digit; consumes it
  /// (and a one-letter disambiguation suffix such as `a`) and returns the digits.
  static func read(_ text: inout Substring) -> String? {
    let digits = text.prefix(4)
    guard digits.count == 4, digits.allSatisfy(\.isDigit), let value = Int(digits),
      (1500...2099).contains(value)
    else { return nil }
    var rest = text.dropFirst(4)
    if let next = rest.first, next.isDigit { return nil }
    if let next = rest.first, next.isLowercase, next.isASCII,
      !(rest.dropFirst().first?.isLetter ?? false)
    {
      rest.removeFirst()
    } else if let next = rest.first, next.isLetter {
      return nil
    }
    text = rest
    return String(digits)
  }

  /// A year opening `text` as APA and Harvard styles print it after the authors:
  /// `(1997).`, `(1997a)`, `(2010, March 5).`, `1997.`, `2015a,`, `(n.d.)`.
  /// Consumes it with the punctuation after it.
  static func readLeading(_ text: inout Substring) -> (year: String?, found: Bool) {
    var cursor = text
    let parenthesised = cursor.first == "(" || cursor.first == "["
    if parenthesised { cursor.removeFirst() }
    cursor = cursor.drop { $0 == " " }
    if parenthesised, cursor.lowercased().hasPrefix("n.d.") || cursor.lowercased().hasPrefix("nd)") {
      cursor = cursor.drop { $0 != ")" && $0 != "]" }.dropFirst()
      text = cursor.drop { " .,:".contains($0) }
      return (nil, true)
    }
    guard let year = read(&cursor) else { return (nil, false) }
    if parenthesised {
      // Allow `, March 5` or `/1998` before the closing bracket, nothing long.
      let inside = cursor.prefix { $0 != ")" && $0 != "]" }
      guard inside.count <= 20, cursor.dropFirst(inside.count).first != nil else {
        return (nil, false)
      }
      cursor = cursor.dropFirst(inside.count + 1)
    } else {
      guard let next = cursor.first, ".,:;".contains(next) else { return (nil, false) }
    }
    text = cursor.drop { " .,:;".contains($0) }
    return (year, true)
  }

  /// The most likely publication year anywhere in `text`: a bracketed one first, else the last
  /// standalone one.
  static func find(in text: Substring) -> String? {
    var bracketed: String?
    var last: String?
    var index = text.startIndex
    var previous: Character = " "
    while index < text.endIndex {
      let character = text[index]
      if character.isDigit, !previous.isDigit, !previous.isLetter, !"-–/.:".contains(previous) {
        var cursor = text[index...]
        if let year = read(&cursor) {
          let next = cursor.first
          let nextOK = next == nil || !(next?.isDash ?? false)
            || !(cursor.dropFirst().first?.isDigit ?? false)
          if nextOK {
            if previous == "(" || previous == "[" {
              bracketed = bracketed ?? year
            }
            last = year
          }
          index = cursor.startIndex
          previous = text[text.index(before: index)]
          continue
        }
      }
      previous = character
      index = text.index(after: index)
    }
    return bracketed ?? last
  }
}
