/// Expands a citation number list such as `15–17`, `5,6` or `1, 3-5` into its numbers.
enum NumberList {
  /// The widest range accepted; `1–2000` is more likely a typo or a page range than a citation.
  static let maximumRangeWidth = 300

  /// The numbers named, ranges expanded, as strings; `nil` if `text` is not a number list.
  static func expand(_ text: some StringProtocol) -> [String]? {
    var numbers: [String] = []
    var current = ""
    var rangeStart: Int?
    var sawDigit = false
    func flush() -> Bool {
      guard !current.isEmpty, let value = Int(current) else { return current.isEmpty }
      if let start = rangeStart {
        guard value > start, value - start <= maximumRangeWidth else { return false }
        numbers += ((start + 1)...value).map(String.init)
        rangeStart = nil
      } else {
        numbers.append(String(value))
      }
      current = ""
      return true
    }
    for character in text {
      if let ascii = character.asciiValue, character.utf8.count == 1 {
        // ASCII, the usual case: the same tests without searching strings of characters.
        switch ascii {
        case 0x30...0x39:
          current.append(character)
          sawDigit = true
        case UInt8(ascii: "-"):
          guard !current.isEmpty, rangeStart == nil, let start = Int(current) else { return nil }
          guard flush() else { return nil }
          rangeStart = start
        case UInt8(ascii: ","), UInt8(ascii: ";"):
          guard rangeStart == nil, !current.isEmpty else { return nil }
          guard flush() else { return nil }
        case UInt8(ascii: " "):
          continue
        default:
          return nil
        }
      } else if let digit = Superscripts.digit(character) ?? (character.isASCII && character.isNumber ? character : nil) {
        current.append(digit)
        sawDigit = true
      } else if "–-—‐‑⁻−".contains(character) {
        guard !current.isEmpty, rangeStart == nil, let start = Int(current) else { return nil }
        guard flush() else { return nil }
        rangeStart = start
      } else if ",;˒".contains(character) {
        guard rangeStart == nil, !current.isEmpty else { return nil }
        guard flush() else { return nil }
      } else if character == " " || character == "\u{2009}" || character == "\u{00A0}" {
        continue
      } else {
        return nil
      }
    }
    guard sawDigit, flush(), rangeStart == nil, !numbers.isEmpty else { return nil }
    return numbers
  }
}
