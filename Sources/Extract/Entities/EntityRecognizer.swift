import Foundation
import Model

/// Finds and grounds the entity mentions of a document: the lexicon tagger over every
/// sentence's `plainText` less the hits its context rejects (`HitFilter`), then in-document
/// abbreviations (lexicon-sources.md §6.2), then the generic-word filter.
///
/// - Abbreviations: a hit followed by `(SF)` (2–10 characters, at least one capital), whose
///   first letter agrees with SF's and whose text holds SF's letters and digits in order
///   (Schwartz–Hearst in miniature), makes SF mean the hit's entity throughout the document:
///   "homoharringtonine (HHT)", "thrombopoietin (TPO)", or set off by commas ("potassium
///   cyanide, KCN,"). A declared alias does the same
///   whatever its letters, from its sentence on: "H-Ras (hereafter referred to as Ras)". It
///   overrides lexicon hits on SF and adds occurrences the lexicon missed.
/// - `amb` rows (p22, ACC1, PPI: a short form of several genes or senses) count only after a
///   definition in the document or beside an unambiguous mention of their own kind (a gene,
///   family or complex for a protein), and never once the document defines them as words no
///   entity names ("cysteine-rich domain (CRD)").
/// - `gen` rows (death, sleep, cancer, inflammation) are kept only in documents that are about
///   biomedicine: at least `minimumSpecificMentions` hits of genes, families, complexes or
///   chemicals that are not `gen` themselves. Ordinary prose then gets no generic hits.
struct EntityRecognizer {
  let tagger: EntityTagger
  var minimumSpecificMentions = 5

  init(lexicon: Lexicon = .shared) { tagger = EntityTagger(lexicon: lexicon) }

  /// A sentence's hits with the sentence's text.
  struct TaggedSentence {
    var id: SentenceID
    /// The sentence's `plainText` as UTF-8, made once for the tagger, the filters, the
    /// abbreviations and the mentions.
    var utf8: [UInt8]
    var hits: [EntityTagger.Hit]

    /// The sentence's `plainText`, made when asked for (most sentences have no hits).
    var text: String { String(decoding: utf8, as: UTF8.self) }
  }

  /// The tagged sentences of `document`, in reading order.
  func tagSentences(_ document: Document) -> [TaggedSentence] {
    tagSentences(document.sentencesWithSections)
  }

  /// The tagged sentences of a document's `sentencesWithSections`, in reading order.
  func tagSentences(_ sentences: [Document.SectionedSentence]) -> [TaggedSentence] {
    var sentences = sentences.map { entry in
      // Names in author–year citations (`Jun et al., 2009`) are people, not entities.
      let (bytes, citations) = entry.sentence.plainTextUTF8AndCitationSpans
      let hits = bytes.withUnsafeBufferPointer { tagger.tag(bytes: $0) }.filter { hit in
        HitFilter.keeps(hit, in: bytes) && !citations.contains { $0.overlaps(hit.range) }
      }
      return TaggedSentence(id: entry.sentence.id, utf8: bytes, hits: Self.droppingChemicalNameCodes(hits, in: bytes))
    }
    dropPlainlyDefinedShortForms(&sentences)
    applyAbbreviations(&sentences)
    groundBareDrugStems(&sentences)
    for index in sentences.indices {
      nameSubunits(&sentences[index])
      nameTargetsOfNamedDrugs(&sentences[index])
    }
    // An ambiguous short form (`amb`: p22, ACC1, PPI) that no definition made plain counts
    // only beside an unambiguous mention of its own kind (`NOX4 to subunit p22`: two proteins).
    func kind(_ type: EntityType) -> EntityType { [.family, .complex].contains(type) ? .gene : type }
    for index in sentences.indices {
      let cues = Set(sentences[index].hits.filter { !$0.flags.contains(.ambiguous) }.map { kind($0.entry.type) })
      sentences[index].hits.removeAll {
        $0.flags.contains(.ambiguous) && !cues.contains(kind($0.entry.type))
      }
    }
    let specific = sentences.reduce(0) { count, sentence in
      count
        + sentence.hits.filter {
          !$0.flags.contains(.generic)
            && [.gene, .family, .complex, .chemical].contains($0.entry.type)
        }.count
    }
    if specific < minimumSpecificMentions {
      for index in sentences.indices {
        sentences[index].hits.removeAll { $0.flags.contains(.generic) }
      }
    }
    return sentences
  }

  /// The mentions of tagged sentences, numbered `e1`, `e2`, … in reading order.
  static func mentions(_ sentences: [TaggedSentence]) -> [EntityMention] {
    var mentions: [EntityMention] = []
    for sentence in sentences {
      let utf8 = sentence.utf8
      for hit in sentence.hits {
        mentions.append(
          EntityMention(
            id: EntityMentionID("e\(mentions.count + 1)"), type: hit.entry.type,
            text: String(decoding: utf8[hit.range], as: UTF8.self),
            canonical: hit.entry.canonical, grounding: hit.entry.curie, sentence: sentence.id,
            utf8Offsets: hit.range))
      }
    }
    return mentions
  }

  // MARK: Subunits

  /// `the α1 subunit of AMPK`: a Greek letter (and number) before `subunit of` and a family
  /// or complex names the member the lexicon knows as `AMPK-α1` (PRKAA1); the mention spans
  /// from the letter to the family's name.
  private func nameSubunits(_ sentence: inout TaggedSentence) {
    let bytes = sentence.utf8
    let cue = Array(" subunit of ".utf8)
    for (position, hit) in sentence.hits.enumerated()
    where [.family, .complex].contains(hit.entry.type) && hit.range.lowerBound >= cue.count + 2 {
      let cueStart = hit.range.lowerBound - cue.count
      guard bytes[cueStart..<hit.range.lowerBound].elementsEqual(cue) else { continue }
      var start = cueStart
      while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
      let subunit = String(decoding: bytes[start..<cueStart], as: UTF8.self)
      guard let first = subunit.unicodeScalars.first, (0x3B1...0x3C9).contains(first.value),
        subunit.unicodeScalars.count <= 3,
        subunit.unicodeScalars.dropFirst().allSatisfy({ ("0"..."9").contains($0) })
      else { continue }
      let name = String(decoding: bytes[hit.range], as: UTF8.self) + "-" + subunit
      guard let member = tagger.tag(name).first, member.range == 0..<name.utf8.count,
        member.entry.type == .gene,
        !sentence.hits.contains(where: { $0.range.overlaps(start..<cueStart) })
      else { continue }
      sentence.hits[position] = EntityTagger.Hit(
        range: start..<hit.range.upperBound, entry: member.entry, flags: member.flags)
    }
  }

  // MARK: Abbreviations

  private func applyAbbreviations(_ sentences: inout [TaggedSentence]) {
    var definitions: [String: EntityTagger.Hit] = [:]
    // Declared aliases hold from their sentence on: the index of that sentence.
    var aliasStarts: [String: Int] = [:]
    for (position, sentence) in sentences.enumerated() {
      let bytes = sentence.utf8
      for hit in sentence.hits {
        if let alias = Self.declaredAlias(bytes, after: hit.range.upperBound) {
          definitions[alias] = hit
          aliasStarts[alias] = aliasStarts[alias] ?? position
          continue
        }
        guard
          let short = Self.parenthesised(bytes, after: hit.range.upperBound)
            ?? Self.appositive(bytes, after: hit.range.upperBound),
          Self.abbreviates(short, String(decoding: bytes[hit.range], as: UTF8.self))
        else { continue }
        definitions[short] = hit
      }
    }
    // Where a short form keeps its own FamPlex family, its long form at the definition means
    // that family too (`mitogen-activated protein kinase kinase (MEK)` is MEK there).
    for index in sentences.indices {
      let bytes = sentences[index].utf8
      let hits = sentences[index].hits
      for (position, hit) in hits.enumerated() where position + 1 < hits.count {
        let next = hits[position + 1]
        let short = String(decoding: bytes[next.range], as: UTF8.self)
        guard definitions[short]?.range == hit.range, aliasStarts[short] == nil,
          definitions[short]?.entry.curie == hit.entry.curie,
          Self.isOwnReading(next, besideDefinition: hit)
        else { continue }
        sentences[index].hits[position] = EntityTagger.Hit(
          range: hit.range, entry: next.entry, flags: next.flags)
      }
    }
    for (symbol, hit) in capitalisedSymbols(sentences) where definitions[symbol] == nil {
      definitions[symbol] = hit
      aliasStarts[symbol] = 0
    }
    guard !definitions.isEmpty else { return }
    // Short forms in a fixed order with their bytes (and their plural's), prepared once.
    let shortForms = definitions.sorted(by: { $0.key < $1.key }).map { short, definition in
      let bytes = Array(short.utf8)
      let plural: [UInt8]? =
        if let last = bytes.last, (0x41...0x5A).contains(last) { bytes + [0x73] } else { nil }
      return (
        bytes: bytes, plural: plural, definition: definition, start: aliasStarts[short] ?? 0
      )
    }
    for index in sentences.indices {
      let bytes = sentences[index].utf8
      var hits = sentences[index].hits.map { hit -> EntityTagger.Hit in
        let text = String(decoding: bytes[hit.range], as: UTF8.self)
        guard let definition = definitions[text], index >= aliasStarts[text] ?? 0,
          aliasStarts[text] != nil || !Self.isOwnReading(hit, besideDefinition: definition)
        else { return hit }
        return EntityTagger.Hit(range: hit.range, entry: definition.entry, flags: definition.flags)
      }
      var added = false
      for (short, plural, definition, start) in shortForms where index >= start {
        // `THs` after `thyroid hormone (TH)`: the plural of an all-capitals short form.
        var ranges = Self.occurrences(of: short, in: bytes)
        if let plural {
          ranges += Self.occurrences(of: plural, in: bytes)
        }
        for range in ranges
        where !hits.contains(where: { $0.range.overlaps(range) }) {
          hits.append(EntityTagger.Hit(range: range, entry: definition.entry, flags: definition.flags))
          added = true
        }
      }
      if added { hits.sort { $0.range.lowerBound < $1.range.lowerBound } }
      sentences[index].hits = hits
    }
  }

  /// Nouns after a gene's name that say it is one: `the Met receptor`, `Kit kinase`.
  private static let geneCues: [[UInt8]] = [
    "receptor", "kinase", "gene", "protein", "oncogene", "tyrosine",
  ].map { Array($0.utf8) }

  /// Capitalised words (`Met`, `Kit`: mouse nomenclature, or an author's spelling) whose
  /// all-capitals form is a case-sensitive gene symbol (MET, KIT), where the document writes
  /// one inside a sentence before a gene noun (`the Met receptor`): the word then names the
  /// gene throughout the document, as a declared alias does. A lone `Met` (methionine, the
  /// verb) is no gene in a document that never calls it one.
  private func capitalisedSymbols(_ sentences: [TaggedSentence]) -> [String: EntityTagger.Hit] {
    var symbols: [String: EntityTagger.Hit] = [:]
    for sentence in sentences {
      let bytes = sentence.utf8
      for cue in Self.geneCues {
        for found in Self.occurrences(of: cue, in: bytes) {
          // The word before the cue, after one space.
          guard found.lowerBound >= 4, bytes[found.lowerBound - 1] == 0x20 else { continue }
          let end = found.lowerBound - 1
          var start = end
          while start > 0, LexiconKey.isLower(bytes[start - 1]) { start -= 1 }
          start -= 1
          guard start > 1, LexiconKey.isUpperLetter(bytes[start]),
            bytes[start - 1] == 0x20 || bytes[start - 1] == 0x2D,
            (2...5).contains(end - start),
            !sentence.hits.contains(where: { $0.range.contains(start) })
          else { continue }
          let word = String(decoding: bytes[start..<end], as: UTF8.self)
          guard symbols[word] == nil else { continue }
          let upper = word.uppercased()
          guard let hit = tagger.tag(upper).first, hit.range == 0..<upper.utf8.count,
            hit.flags.contains(.caseSensitive), hit.entry.type == .gene
          else { continue }
          symbols[word] = EntityTagger.Hit(range: start..<end, entry: hit.entry, flags: hit.flags)
        }
      }
    }
    return symbols
  }

  /// Whether the lexicon's own reading of a short form defined in parentheses stands: when
  /// both forms are FamPlex families, the short form is FamPlex's own name and says which
  /// family the authors mean. "mitogen-activated protein kinase kinase (MEK)": the long form is
  /// every MAP2K (FPLX:MAP2K), MEK is FPLX:MEK. A definition into another source ("lactate
  /// dehydrogenase (LDH)", MeSH) or another kind, or a declared alias, takes the definition.
  static func isOwnReading(_ hit: EntityTagger.Hit, besideDefinition definition: EntityTagger.Hit)
    -> Bool
  {
    !hit.flags.contains(.ambiguous) && !hit.flags.contains(.generic)
      && hit.entry.curie.hasPrefix("FPLX:") && definition.entry.curie.hasPrefix("FPLX:")
  }

  /// `(hereafter referred to as Ras)`, `(hereafter Ras)`, `(henceforth called Ras)` at
  /// `offset`: the word the author declares a name for the entity before, whatever its letters.
  private static func declaredAlias(_ bytes: [UInt8], after offset: Int) -> String? {
    var index = offset
    while index < bytes.count, bytes[index] == 0x20 { index += 1 }
    guard index < bytes.count, bytes[index] == 0x28,
      let close = bytes[index...].firstIndex(of: 0x29), close - index <= 48
    else { return nil }
    let words = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
      .split(separator: " ").map(String.init)
    guard let first = words.first, ["hereafter", "henceforth"].contains(first.lowercased()),
      let alias = words.last, words.count <= 5, (2...10).contains(alias.unicodeScalars.count),
      alias.unicodeScalars.contains(where: { ("A"..."Z").contains($0) })
    else { return nil }
    let between = words.dropFirst().dropLast()
    guard between.allSatisfy({ ["referred", "to", "as", "called", "termed", "named"].contains($0) })
    else { return nil }
    return alias
  }

  /// `, SF,` (or `, SF)` / `, SF.`) at `offset`: a short form set off by commas, as in "the
  /// energy poison potassium cyanide, KCN, has long been used". It must be 2–10 characters of
  /// letters and digits, with a capital.
  private static func appositive(_ bytes: [UInt8], after offset: Int) -> String? {
    guard offset + 1 < bytes.count, bytes[offset] == 0x2C, bytes[offset + 1] == 0x20 else {
      return nil
    }
    let start = offset + 2
    var end = start
    while end < bytes.count, LexiconKey.isLetter(bytes[end]) || (0x30...0x39).contains(bytes[end]) {
      end += 1
    }
    guard (2...10).contains(end - start), end < bytes.count, [0x2C, 0x29, 0x2E].contains(bytes[end]),
      bytes[start..<end].contains(where: LexiconKey.isUpperLetter)
    else { return nil }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// `\s*\(([^()\s]{2,10})\)` at `offset`.
  private static func parenthesised(_ bytes: [UInt8], after offset: Int) -> String? {
    var index = offset
    while index < bytes.count, bytes[index] == 0x20 { index += 1 }
    guard index < bytes.count, bytes[index] == 0x28 else { return nil }
    let start = index + 1
    var end = start
    while end < bytes.count, bytes[end] != 0x29 {
      let byte = bytes[end]
      if byte == 0x28 || byte == 0x20 || byte == 0x09 || byte == 0x0A { return nil }
      end += 1
    }
    guard end < bytes.count else { return nil }
    let short = String(decoding: bytes[start..<end], as: UTF8.self)
    let count = short.unicodeScalars.count
    guard (2...10).contains(count) else { return nil }
    return short
  }

  /// Whether `short` can abbreviate `long`: same first letter (case-insensitive), a capital
  /// letter in it, and its letters and digits found in `long` in order.
  static func abbreviates(_ short: String, _ long: String) -> Bool {
    let shortCharacters = Array(short.lowercased().filter { $0.isLetter || $0.isNumber })
    let longCharacters = Array(long.lowercased())
    guard let first = shortCharacters.first, first == longCharacters.first,
      short.contains(where: { $0.isUppercase }), long.count > short.count
    else { return false }
    var position = 0
    for (offset, character) in shortCharacters.enumerated() {
      guard let found = longCharacters[position...].firstIndex(of: character) else {
        // `thyroxine (T4)`, `triiodothyronine (T3)`: one letter and a number for a one-word
        // name; the number is not spelled in the name.
        return offset == 1 && shortCharacters.count <= 3
          && shortCharacters.dropFirst().allSatisfy(\.isNumber)
          && !longCharacters.contains(where: { $0 == " " || $0 == "-" })
      }
      position = found + 1
    }
    return true
  }

  /// Ranges where `word` occurs in `bytes` not touching an ASCII letter or digit. Every
  /// short form is sought in every sentence, so the scan reads the bytes in place.
  private static func occurrences(of word: [UInt8], in bytes: [UInt8]) -> [Range<Int>] {
    guard !word.isEmpty, bytes.count >= word.count else { return [] }
    return bytes.withUnsafeBufferPointer { bytes in
      word.withUnsafeBufferPointer { word in
        guard let base = bytes.baseAddress else { return [] }
        var result: [Range<Int>] = []
        let first = word[0]
        var start = 0
        while start + word.count <= bytes.count {
          // The next candidate start: `memchr` skips to the word's first byte.
          guard
            let found = memchr(base + start, Int32(first), bytes.count - word.count + 1 - start)
          else { break }
          start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
          if isMatch(word, in: bytes, at: start) {
            let end = start + word.count
            let before = start == 0 || !LexiconKey.isAlphanumeric(bytes[start - 1])
            let after = end == bytes.count || !LexiconKey.isAlphanumeric(bytes[end])
            if before && after {
              result.append(start..<end)
              start = end
              continue
            }
          }
          start += 1
        }
        return result
      }
    }
  }

  @inline(__always)
  private static func isMatch(
    _ word: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, at start: Int
  ) -> Bool {
    for offset in 1..<word.count where bytes[start + offset] != word[offset] { return false }
    return true
  }
}
