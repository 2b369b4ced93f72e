/// The year as biblatex's data model wants it, an integer: `2001a` (an author–year list's
/// suffix, which the bibliography style adds by itself) → `2001`; a year that is no number
/// (`in press`, `n.d.`) goes to the note instead.
struct BibTeXYear {
  var year: String?
  var note: String?

  init(_ printed: String?) {
    guard let printed, !printed.isEmpty else { return }
    if printed.utf8.allSatisfy({ $0 < 0x80 }) {
      // ASCII, the usual case: the same test on bytes, no walk over characters.
      let utf8 = printed.utf8
      let digits = utf8.prefix { (0x30...0x39).contains($0) }.count
      let suffix = utf8.dropFirst(digits)
      let isLetterSuffix = suffix.count == 1 && (0x61...0x7A).contains(suffix.first ?? 0)
      if digits == 4, suffix.isEmpty || isLetterSuffix {
        year = suffix.isEmpty ? printed : String(decoding: utf8.prefix(4), as: UTF8.self)
      } else {
        note = printed
      }
      return
    }
    let digits = printed.prefix { $0.isASCII && $0.isNumber }
    let suffix = printed.dropFirst(digits.count)
    if digits.count == 4, suffix.isEmpty || (suffix.count == 1 && suffix.first!.isLowercase) {
      year = String(digits)
    } else {
      note = printed
    }
  }
}
