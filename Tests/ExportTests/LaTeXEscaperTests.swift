import Testing

@testable import Export

/// The escaper walks scalars instead of characters when every scalar is a character of its
/// own; that must hold whatever the neighbours.
@Suite struct LaTeXEscaperTests {
  @Test func ownCharacterScalarsNeverJoin() {
    let own = (UInt32(0)...0x23FF).compactMap(Unicode.Scalar.init)
      .filter(LaTeXEscaper.isOwnCharacter)
    #expect(own.count > 1800)
    // Every scalar against every 29th (all pairs are 3.5 million strings; the blocks are
    // checked pairwise once, outside the tests).
    let partners = own.enumerated().filter { $0.offset % 29 == 0 }.map(\.element)
    var joined: [String] = []
    for first in own {
      for second in partners {
        var scalars = String.UnicodeScalarView()
        scalars.append(first)
        scalars.append(second)
        if String(scalars).count != 2 { joined.append("\(first.value) \(second.value)") }
      }
    }
    #expect(joined == [])
  }

  @Test func combiningMarksJoinersAndCRAreNotOwnCharacters() {
    for value: UInt32 in [0x0D, 0x0301, 0x20D0, 0x200C, 0x200D, 0x0600, 0x1100] {
      #expect(Unicode.Scalar(value).map(LaTeXEscaper.isOwnCharacter) == false)
    }
  }
}
