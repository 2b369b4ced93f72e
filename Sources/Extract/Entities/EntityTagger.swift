import Model

/// Finds lexicon entries in one text, following lexicon-sources.md §6.1 (`lexicon/measure.py`):
/// one pass over the UTF-8 bytes, tokens of `[0-9A-Za-z]` and Greek, spans of up to 8 tokens
/// over gaps of at most 3 spaces, hyphens, slashes, pluses or apostrophes (`Parkinson’s
/// disease`), a leading `p` split off a protein (`pRab10`), longest match first, the
/// multiword, case-sensitive, gene-case and all-caps context rules, and a plural retry.
struct EntityTagger {
  /// A lexicon entry found in the text.
  struct Hit: Sendable {
    /// UTF-8 byte offsets in the text.
    var range: Range<Int>
    var entry: Lexicon.Entry
    var flags: Lexicon.Flags
  }

  let lexicon: Lexicon

  init(lexicon: Lexicon = .shared) { self.lexicon = lexicon }

  private struct Token {
    var start: Int
    var end: Int
    /// The token's casekey bytes in the sentence's casekeys.
    var key: Range<Int>
    var isSingleGreek: Bool
    /// Whether the gap to the next token may be inside a span, and whether it is a word break
    /// (spaces only).
    var isGapAllowed = false
    var isGapBreak = false
  }

  /// The hits in `text`, left to right, not overlapping.
  func tag(_ text: String) -> [Hit] {
    var text = text
    return text.withUTF8 { tag(bytes: $0) }
  }

  /// The hits in UTF-8 `bytes`, left to right, not overlapping.
  func tag(bytes: UnsafeBufferPointer<UInt8>) -> [Hit] {
    guard !lexicon.isEmpty else { return [] }
    var (tokens, casekeys) = Self.tokens(bytes)
    guard !tokens.isEmpty else { return [] }
    for index in 0..<(tokens.count - 1) {
      let (allowed, spaces) = Self.gap(bytes, tokens[index].end, tokens[index + 1].start)
      tokens[index].isGapAllowed = allowed
      tokens[index].isGapBreak =
        spaces && !(tokens[index].isSingleGreek || tokens[index + 1].isSingleGreek)
    }
    // The tokens' keys lie end to end in `casekeys`, so a span's casekey is one slice of it
    // and its key the same slice of `keys` (lower-cased once here, not once per span).
    let keys = casekeys.map(LexiconKey.lowercased)
    return casekeys.withUnsafeBufferPointer { casekeys in
      keys.withUnsafeBufferPointer { keys in
        tag(bytes, tokens, casekeys: casekeys, keys: keys)
      }
    }
  }

  private func tag(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], casekeys: UnsafeBufferPointer<UInt8>,
    keys: UnsafeBufferPointer<UInt8>
  ) -> [Hit] {
    var hits: [Hit] = []
    // For the span of tokens i...(i + n): the hash of its key, and of its key less the last
    // byte (the plural retry); a span has at most 8 tokens.
    var spanHash = [UInt64](repeating: 0, count: 8)
    var stemHash = [UInt64](repeating: 0, count: 8)
    var i = 0
    while i < tokens.count {
      var last = i
      while last + 1 < tokens.count, last + 1 - i < 8, tokens[last].isGapAllowed { last += 1 }
      let keyStart = tokens[i].key.lowerBound
      var hash = Lexicon.emptyHash
      var previous = Lexicon.emptyHash
      // Once the span's key starts no lexicon key, no longer key is one: the span grows no
      // further (but over tokens without key bytes), and spans with that key are only tried
      // as plurals. Most spans of prose end so after a token or two.
      var deadEnd = Int.max
      for index in i...last {
        let tokenKey = tokens[index].key
        if deadEnd != Int.max, !tokenKey.isEmpty {
          last = index - 1
          break
        }
        for offset in tokenKey {
          previous = hash
          hash = Lexicon.hash(hash, adding: keys[offset])
        }
        spanHash[index - i] = hash
        stemHash[index - i] = previous
        if deadEnd == Int.max, !tokenKey.isEmpty, !lexicon.mayStartKey(hash: hash) {
          deadEnd = index
        }
      }
      var found: Hit?
      var j = last
      while j >= i {
        let keyLength = tokens[j].key.upperBound - keyStart
        if keyLength > 0 {
          var isMultiword = false
          for gap in i..<j where tokens[gap].isGapBreak {
            isMultiword = true
            break
          }
          let span = tokens[i].start..<tokens[j].end
          let key = UnsafeBufferPointer(rebasing: keys[keyStart..<(keyStart + keyLength)])
          let casekey = UnsafeBufferPointer(
            rebasing: casekeys[keyStart..<(keyStart + keyLength)])
          // The span's facts are computed once, and only when its key is in the lexicon.
          var facts: SpanFacts?
          // The filter bit says most spans are no key without a lookup; it shares a cache
          // line with the prefix bit read above.
          var result =
            j >= deadEnd || !lexicon.mayBeKey(hash: spanHash[j - i])
            ? nil
            : lookup(
              key, casekey, length: keyLength, hash: spanHash[j - i], plural: false,
              multiword: isMultiword, span: span, facts: &facts, bytes: bytes)
          if result == nil, keyLength > 3, key[keyLength - 1] == 0x73,
            lexicon.mayBeKey(hash: stemHash[j - i])
          {
            result = lookup(
              key, casekey, length: keyLength - 1, hash: stemHash[j - i], plural: true,
              multiword: isMultiword, span: span, facts: &facts, bytes: bytes)
          }
          if let hit = result, hit.flags.contains(.caseSensitive), facts?.isUpper == true,
            Self.nearShoutedFunctionWord(bytes, tokens, i, j)
          {
            result = nil
          }
          if let hit = result {
            found = Hit(range: span, entry: hit.entry, flags: hit.flags)
            break
          }
        }
        j -= 1
      }
      if let found {
        hits.append(found)
        i = j + 1
      } else {
        i += 1
      }
    }
    return hits
  }

  /// What the rules need to know about a span's text.
  private struct SpanFacts {
    var hasDigit = false
    /// Python `str.isupper()`: some cased letter and no lower-case one.
    var isUpper = false
    /// The casekey has an upper-case letter and no lower-case one.
    var casekeyIsUpper = false
    /// `[A-Za-z]-[a-z]{2,}` (k-ras, c-myc).
    var isOncoPrefix = false
    /// Two capitals after a lower-case letter's word start (`CaMKKβ`, `PtdIns`): camel case,
    /// which no English word is written in.
    var isCamelCase = false

    init(
      _ bytes: UnsafeBufferPointer<UInt8>, _ span: Range<Int>,
      casekey: UnsafeBufferPointer<UInt8>
    ) {
      var upper = false
      var lower = false
      var index = span.lowerBound
      while index < span.upperBound {
        let byte = bytes[index]
        if LexiconKey.isDigit(byte) { hasDigit = true }
        if LexiconKey.isUpperLetter(byte) { upper = true }
        if LexiconKey.isLower(byte) { lower = true }
        if byte >= 0xC0, index + 1 < span.upperBound {
          // Greek: U+0391–U+03A9 upper case, U+03AC–U+03CE (and µ) lower case.
          let value = (UInt32(byte & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
          if (0x391...0x3A9).contains(value) || (0x3D2...0x3D4).contains(value) {
            upper = true
          } else if (0x3AC...0x3CE).contains(value) || value == 0xB5
            || (0x3D0...0x3D1).contains(value) || (0x3D5...0x3D7).contains(value)
            || (0x3F0...0x3F3).contains(value) || value == 0x3F5
          {
            lower = true
          } else if (0x3D8...0x3EF).contains(value) {
            if value % 2 == 0 { upper = true } else { lower = true }
          }
        }
        index += 1
      }
      isUpper = upper && !lower
      casekeyIsUpper =
        casekey.contains(where: LexiconKey.isUpperLetter) && !casekey.contains(where: LexiconKey.isLower)
      if let firstLower = casekey.firstIndex(where: LexiconKey.isLower) {
        isCamelCase = casekey[firstLower...].contains(where: LexiconKey.isUpperLetter)
          && casekey.filter(LexiconKey.isUpperLetter).count >= 2
      }
      let count = span.count
      if count >= 4, LexiconKey.isLetter(bytes[span.lowerBound]), bytes[span.lowerBound + 1] == 0x2D {
        isOncoPrefix = true
        for offset in (span.lowerBound + 2)..<span.upperBound where !LexiconKey.isLower(bytes[offset]) {
          isOncoPrefix = false
        }
      }
    }
  }

  private static let geneTypes: Set<EntityType> = [.gene, .family, .complex]
  private static let pluralTypes: Set<EntityType> = [
    .cellType, .family, .complex, .chemical, .disease, .process, .pathway,
  ]

  /// §6.1.3–4: the first row of the key's group that passes the case and multiword rules.
  /// `key` and `casekey` are the span's (of which the first `length` bytes are looked up);
  /// `facts` are the span's, computed on first need.
  private func lookup(
    _ key: UnsafeBufferPointer<UInt8>, _ casekey: UnsafeBufferPointer<UInt8>, length: Int,
    hash: UInt64, plural: Bool, multiword: Bool, span: Range<Int>,
    facts cached: inout SpanFacts?, bytes: UnsafeBufferPointer<UInt8>
  ) -> (entry: Lexicon.Entry, flags: Lexicon.Flags)? {
    let first = lexicon.firstTerm(
      forKey: UnsafeBufferPointer(rebasing: key[0..<length]), hash: hash)
    guard var row = first else { return nil }
    let facts = cached ?? SpanFacts(bytes, span, casekey: casekey)
    cached = facts
    let spanCase = casekey[0..<length]
    while row >= 0 {
      let term = lexicon.terms[Int(row)]
      row = term.next
      guard let entityIndex = lexicon.entityIndex(term) else { continue }
      let type = lexicon.entityType(at: entityIndex)
      if plural, !Self.pluralTypes.contains(type) { continue }
      if term.flags.contains(.caseSensitive), !lexicon.surfaceCasekey(term).elementsEqual(spanCase) {
        continue
      }
      if multiword, !lexicon.surfaceHasSpace(term) { continue }
      if Self.geneTypes.contains(type), !multiword, !facts.hasDigit, !facts.casekeyIsUpper,
        !facts.isOncoPrefix, !facts.isCamelCase
      {
        let surfaceCase = lexicon.surfaceCasekey(term)
        guard surfaceCase.count == spanCase.count, let a = spanCase.first, let b = surfaceCase.first,
          LexiconKey.lowercased(a) == LexiconKey.lowercased(b),
          spanCase.dropFirst().elementsEqual(surfaceCase.dropFirst())
        else { continue }
      }
      return (lexicon.entry(at: entityIndex), term.flags)
    }
    return nil
  }

  /// §6.1.5: an all-caps function word (gilda's core stop words) within 2 tokens of the span.
  private static func nearShoutedFunctionWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ i: Int, _ j: Int
  ) -> Bool {
    let neighbours = Array(max(0, i - 2)..<i) + Array((j + 1)..<min(tokens.count, j + 3))
    for index in neighbours {
      let token = tokens[index]
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
      if shoutedFunctionWords.contains(word) { return true }
    }
    return false
  }

  /// Tokens: maximal runs of ASCII letters and digits, Greek (U+0370–U+03FF) and µ; and
  /// their casekeys, end to end. The casekeys are written in place into one buffer with
  /// room for the longest they can be (`greekTableMaximumLength` bytes per byte).
  private static func tokens(_ bytes: UnsafeBufferPointer<UInt8>)
    -> (tokens: [Token], casekeys: [UInt8])
  {
    var tokens: [Token] = []
    // Tokens are separated by at least one byte: one allocation instead of regrowing.
    tokens.reserveCapacity((bytes.count + 1) / 2)
    var mapped: [UInt8] = []
    let capacity = bytes.count * LexiconKey.greekTableMaximumLength
    let casekeys = [UInt8](unsafeUninitializedCapacity: capacity) { output, written in
      written = 0
      var index = 0
      let count = bytes.count
      while index < count {
        guard let width = tokenCharacterWidth(bytes, index) else {
          index += 1
          continue
        }
        let start = index
        var characters = 0
        var hasGreek = false
        var next: Int? = width
        while let step = next {
          if step != 1 { hasGreek = true }
          index += step
          characters += 1
          next = index < count ? tokenCharacterWidth(bytes, index) : nil
        }
        let keyStart = written
        let room = UnsafeMutableBufferPointer(rebasing: output[written...])
        if hasGreek {
          mapped.removeAll(keepingCapacity: true)
          var offset = start
          while offset < index {
            if bytes[offset] < 0x80 {
              mapped.append(bytes[offset])
              offset += 1
            } else {
              let value = (UInt32(bytes[offset] & 0x1F) << 6) | UInt32(bytes[offset + 1] & 0x3F)
              mapped.append(contentsOf: LexiconKey.greekTable[value] ?? [0])
              offset += 2
            }
          }
          written += mapped.withUnsafeBufferPointer {
            LexiconKey.writeCasekey(ofMapped: $0, to: room)
          }
        } else {
          // ASCII letters and digits are their own mapped form.
          written += LexiconKey.writeCasekey(
            ofMapped: UnsafeBufferPointer(rebasing: bytes[start..<index]), to: room)
        }
        if !hasGreek, isPhosphoPrefixed(bytes, start, index) {
          // `pRab10`, `pSTAT3`, `pAkt`: a phosphorylated form, read as `p` and the protein
          // (`pRb` as a whole still matches first: the two tokens span it).
          tokens.append(Token(start: start, end: start + 1, key: keyStart..<keyStart + 1, isSingleGreek: false))
          tokens.append(Token(start: start + 1, end: index, key: keyStart + 1..<written, isSingleGreek: false))
          continue
        }
        tokens.append(
          Token(
            start: start, end: index, key: keyStart..<written,
            isSingleGreek: hasGreek && characters == 1))
      }
    }
    return (tokens, casekeys)
  }

  /// Whether the ASCII token `bytes[start..<end]` is `p` before a capital and at least one
  /// more letter or digit (`pRab10`, `pERK`), not before an amino acid (`pTyr`, `pSer`).
  private static func isPhosphoPrefixed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard end - start >= 3, bytes[start] == UInt8(ascii: "p"),
      (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[start + 1])
    else { return false }
    guard end - start == 4 else { return true }
    let rest = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self)
    return !aminoAcidCodes.contains(rest)
  }

  private static let aminoAcidCodes: Set<String> = [
    "Ala", "Arg", "Asn", "Asp", "Cys", "Gln", "Glu", "Gly", "His", "Ile", "Leu", "Lys", "Met",
    "Phe", "Pro", "Ser", "Thr", "Trp", "Tyr", "Val",
  ]

  /// 1 for an ASCII letter or digit, 2 for a Greek letter or µ, nil for anything else.
  @inline(__always)
  private static func tokenCharacterWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
    let byte = bytes[index]
    if byte < 0x80 { return LexiconKey.isAlphanumeric(byte) ? 1 : nil }
    guard index + 1 < bytes.count else { return nil }
    let second = bytes[index + 1]
    switch byte {
    case 0xCD: return second >= 0xB0 ? 2 : nil
    case 0xCE, 0xCF: return 2
    case 0xC2: return second == 0xB5 ? 2 : nil
    default: return nil
    }
  }

  /// Whether the bytes between two tokens form an allowed gap (at most 3 characters of space,
  /// hyphens, `/`, `+`), and whether that gap is all spaces.
  private static func gap(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> (allowed: Bool, spaces: Bool)
  {
    // Inside one written token (`p` and `Rab10` of `pRab10`): no break.
    guard start < end else { return (true, false) }
    var characters = 0
    var spaces = true
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte == 0x20 {
        index += 1
      } else if byte == 0x2D || byte == 0x2F || byte == 0x2B {
        spaces = false
        index += 1
      } else if byte == 0x27 {
        // `Parkinson's disease`: the lexicon's keys drop the apostrophe.
        spaces = false
        index += 1
      } else if byte == 0xE2, index + 3 <= end,
        (bytes[index + 1] == 0x80 && ((0x90...0x95).contains(bytes[index + 2]) || bytes[index + 2] == 0x99))
          || (bytes[index + 1] == 0x88 && bytes[index + 2] == 0x92)
      {
        spaces = false
        index += 3
      } else {
        return (false, false)
      }
      characters += 1
      if characters > 3 { return (false, false) }
    }
    return (true, spaces)
  }

  /// Upper-cased gilda 1.6.1 core stop words (alphabetic, more than one letter).
  static let shoutedFunctionWords: Set<String> = Set(
    """
    ABOUT ABOVE AFTER AGAIN AGAINST AIN ALL AM AN AND ANY ARE AREN AS AT BE BECAUSE BEEN \
    BEFORE BEING BELOW BETWEEN BOTH BUT BY CAN COULDN DID DIDN DO DOES DOESN DOING DON DOWN \
    DURING EACH FEW FOR FROM FURTHER HAD HADN HAS HASN HAVE HAVEN HAVING HE HER HERE HERS \
    HERSELF HIM HIMSELF HIS HOW IF IN INTO IS ISN IT ITS ITSELF JUST LL MA ME MIGHTN MORE MOST \
    MUSTN MY MYSELF NEEDN NO NOR NOT NOW OF OFF ON ONCE ONLY OR OTHER OUR OURS OURSELVES OUT \
    OVER OWN RE SAME SHAN SHE SHOULD SHOULDN SO SOME SUCH THAN THAT THE THEIR THEIRS THEM \
    THEMSELVES THEN THERE THESE THEY THIS THOSE THROUGH TO TOO UNDER UNTIL UP VE VERY WAS WASN \
    WE WERE WEREN WHAT WHEN WHERE WHICH WHILE WHO WHOM WHY WILL WITH WON WOULDN YOU YOUR YOURS \
    YOURSELF YOURSELVES
    """.split(separator: " ").map(String.init))
}
