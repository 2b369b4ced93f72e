import Model

/// A normalised fingerprint of a work — first author, year, title — so the same work cited by
/// two articles gets one IRI even when their reference strings are printed differently.
///
/// Folded to lower-case ASCII words joined by `-` (`gauldie-1990-il-6-functions-as-an-exocrine`):
/// the family name, the year's digits, then the title's first eight words, and an FNV-1a hash
/// of the whole normalised author, year and title (`-3f2a9c1e`) so long titles that share a
/// beginning stay apart. Case, accents, punctuation and spacing do not change it.
struct WorkFingerprint: Hashable, Sendable {
  /// The URL-safe slug (`[a-z0-9-]`).
  let slug: String

  static let titleWords = 8

  /// The fingerprint of a work, or `nil` when there is neither an author nor a title to go by.
  init?(authors: [PersonName], year: String?, title: String?) {
    let author = authors.first.map { Self.words($0.family) } ?? []
    let titleWords = Self.words(title ?? "")
    guard !author.isEmpty || !titleWords.isEmpty else { return nil }
    let yearDigits = (year ?? "").filter { $0.isASCII && $0.isNumber }
    let normalised = [author.joined(), yearDigits, titleWords.joined(separator: " ")]
      .joined(separator: "|")
    let visible = author + (yearDigits.isEmpty ? [] : [yearDigits])
      + titleWords.prefix(Self.titleWords)
    slug = (visible + [Self.hash(normalised)]).joined(separator: "-")
  }

  /// A fingerprint of text alone (a reference string nothing could be parsed from).
  init(text: String) {
    let words = Self.words(text)
    slug = (["ref"] + words.prefix(Self.titleWords) + [Self.hash(words.joined(separator: " "))])
      .joined(separator: "-")
  }

  /// Lower-case ASCII words: split at anything not a letter or digit, accents folded
  /// (`Rodríguez` → `rodriguez`, `NF-κB` → `nf`, `kappab`); letters with no ASCII form are
  /// kept as their Unicode code point (`u3b1`), so no word is lost.
  static func words(_ text: String) -> [String] {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text) }
    return text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { word in
      var folded = ""
      for character in word {
        let ascii = ASCIIFolding.keyWord(String(character))
        if !ascii.isEmpty {
          folded += ascii
        } else {
          for scalar in character.unicodeScalars {
            folded += "u" + String(scalar.value, radix: 16)
          }
        }
      }
      return folded
    }
  }

  /// `words(_:)` for ASCII text, on bytes: letters and digits, lower-cased.
  private static func asciiWords(_ text: String) -> [String] {
    var words: [String] = []
    var word: [UInt8] = []
    for byte in text.utf8 {
      switch byte {
      case 0x41...0x5A: word.append(byte + 0x20)
      case 0x61...0x7A, 0x30...0x39: word.append(byte)
      default:
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        word.removeAll(keepingCapacity: true)
      }
    }
    if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
    return words
  }

  /// 32-bit FNV-1a of the UTF-8 bytes, as 8 lower-case hex digits.
  static func hash(_ text: String) -> String {
    var value: UInt32 = 0x811C_9DC5
    for byte in text.utf8 {
      value ^= UInt32(byte)
      value = value &* 0x0100_0193
    }
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }
}
