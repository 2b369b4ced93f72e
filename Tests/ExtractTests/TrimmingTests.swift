import Model
import Testing

/// `trimmingCharacters(in:)` trims ASCII ends on bytes; it must give what a walk over
/// characters gives, where a byte is not a character of its own too.
@Suite struct TrimmingTests {
  /// The definition: characters, compared as Swift compares them (`;` equals U+037E).
  private func trimmedByCharacters(_ text: String, _ set: String) -> String {
    var slice = Substring(text)
    while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }

  @Test(arguments: [
    " [12]. ", "(12)", "...", "", "e\u{301}.", ".e\u{301}", "\r\n.x.\r\n", "\n\rx\r\n",
    "\u{037E}abc;", "abc\u{037E}", "\u{0600}.", ". \u{0600}", "x\r", "\rx", "Müller, ", " ,;",
  ])
  func bytesAgreeWithCharacters(_ text: String) {
    for set in [" .", "[]().", " ,;", ";", "e.", " \t\n\r", "\r\n.", ".,;)", ""] {
      #expect(text.trimmingCharacters(in: set) == trimmedByCharacters(text, set))
    }
  }
}
