import Model

/// Claims for a document: the claim reader over every sentence of the article's own text (not
/// its methods or back matter: `SectionRole`) with its entity mentions; the
/// evidence of a claim is the references its sentence's citation markers point to. `it` as a
/// subject may refer to the entity the previous sentence of the same section opened with.
/// `filter` drops the readings a curator would likely not record (see `ClaimFilter`).
struct ClaimExtractor {
  var filter: ClaimFilter = .shared

  /// The claims of a document's `sentences` (`Document.sentencesWithSections`), numbered `k1`,
  /// `k2`, … in reading order; `plainTexts` are the sentences' `plainText` when the caller has
  /// them already (else they are recomputed).
  func claims(
    _ sentences: [Document.SectionedSentence], mentions: [EntityMention],
    plainTexts: [SentenceID: String] = [:]
  ) -> [Claim] {
    let bySentence = Self.bySentence(mentions)
    let reader = ClaimReader()
    var claims: [Claim] = []
    // The subject the previous sentence opened with, in the same section: what `it` refers to.
    var antecedent: EntityMention?
    var section: String?
    for entry in sentences {
      let sentence = entry.sentence
      if entry.sectionTitle != section { antecedent = nil }
      section = entry.sectionTitle
      guard entry.role == nil, let sentenceMentions = bySentence[sentence.id] else {
        antecedent = nil
        continue
      }
      let text = plainTexts[sentence.id] ?? sentence.plainText
      let previous = antecedent
      // Cut once: both the antecedent and the reading need the sentence's items.
      let items = ClaimReader.items(text, mentions: sentenceMentions)
      antecedent = ClaimReader.leadingSubject(items, before: nil)
      var evidence: [ReferenceID] = []
      for marker in sentence.markers {
        for target in marker.targets where !evidence.contains(target) { evidence.append(target) }
      }
      let readings = kept(
        reader.read(items: items, mentions: sentenceMentions, antecedent: previous), text: text,
        mentions: sentenceMentions, cites: !sentence.markers.isEmpty)
      for reading in readings {
        claims.append(
          Claim(
            id: ClaimID("k\(claims.count + 1)"),
            subject: Self.argument(reading.subject), predicate: reading.predicate,
            object: Self.argument(reading.object), isNegated: reading.isNegated,
            isHedged: reading.isHedged, sentence: sentence.id, evidence: evidence))
      }
    }
    return claims
  }

  /// The readings the filter keeps; the sentence's features are made only when there is a
  /// reading to weigh. The filter weighs a mention pair with every reading of that pair, as it
  /// was trained (`pairs`): `Akt phosphorylates and inactivates GSK3β` is one pair with two
  /// predicates, kept or dropped together. A reading whose subject is in another sentence
  /// (`it`) is kept, as the features describe pairs within a sentence.
  private func kept(
    _ readings: [ClaimReader.Reading], text: String, mentions: [EntityMention], cites: Bool
  ) -> [ClaimReader.Reading] {
    let readings = Self.unquoted(readings, in: text)
    guard !readings.isEmpty, !filter.weights.isEmpty else { return readings }
    let features = ClaimFeatures(text: text, mentions: mentions, cites: cites)
    var verdicts: [Int: Bool] = [:]
    return readings.filter { reading in
      guard let subject = mentions.firstIndex(of: reading.subject),
        let object = mentions.firstIndex(of: reading.object)
      else { return true }
      let pair = subject * mentions.count + object
      if let verdict = verdicts[pair] { return verdict }
      let ofPair = readings.filter { $0.subject == reading.subject && $0.object == reading.object }
      let verdict = filter.keeps(
        features.features(subject: subject, object: object) + Self.readingFeatures(ofPair))
      verdicts[pair] = verdict
      return verdict
    }
  }

  /// The `readings` whose subject is not inside a quotation of `text` (see `quotedRanges`).
  static func unquoted(_ readings: [ClaimReader.Reading], in text: String) -> [ClaimReader.Reading] {
    let quoted = quotedRanges(text)
    guard !quoted.isEmpty else { return readings }
    return readings.filter { reading in
      !quoted.contains { $0.contains(reading.subject.utf8Offsets.lowerBound) }
    }
  }

  /// The UTF-8 ranges inside double quotes (`“…”`, `"…"`): a quoted title (`subsection “Rap1
  /// GTPase contributes to ERK activity”`, `your work entitled “…”`) states no finding.
  static func quotedRanges(_ text: String) -> [Range<Int>] {
    let bytes = Array(text.utf8)
    var ranges: [Range<Int>] = []
    var open: Int?
    var index = 0
    var straightOpen: Int?
    while index < bytes.count {
      // `"…"`: straight quotes open and close in turn.
      if bytes[index] == 0x22 {
        if let start = straightOpen {
          ranges.append(start..<index)
          straightOpen = nil
        } else {
          straightOpen = index + 1
        }
      }
      // “ is E2 80 9C, ” is E2 80 9D.
      if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80 {
        if bytes[index + 2] == 0x9C { open = index + 3 }
        if bytes[index + 2] == 0x9D, let start = open {
          ranges.append(start..<index)
          open = nil
        }
      }
      index += 1
    }
    return ranges
  }

  /// What the reader read for a pair, as filter features: the rules and predicates of its
  /// `readings` (`rule=none` when there are none).
  static func readingFeatures(_ readings: [ClaimReader.Reading]) -> [String] {
    guard !readings.isEmpty else { return ["rule=none"] }
    var features: [String] = []
    for reading in readings {
      for feature in ["rule=\(reading.rule.rawValue)", "pred=\(reading.predicate.rawValue)"]
      where !features.contains(feature) {
        features.append(feature)
      }
    }
    return features
  }

  /// Every ordered pair of differently grounded mentions of each sentence, with its features
  /// and the predicates the claim reader (unfiltered) reads for it: the filter's training rows.
  /// `sentences` are the document's `sentencesWithSections`.
  func pairs(
    _ sentences: [Document.SectionedSentence], mentions: [EntityMention],
    plainTexts: [SentenceID: String] = [:]
  ) -> [ClaimPair] {
    let bySentence = Self.bySentence(mentions)
    let reader = ClaimReader()
    var pairs: [ClaimPair] = []
    for entry in sentences {
      let sentence = entry.sentence
      guard entry.role == nil, let sentenceMentions = bySentence[sentence.id], sentenceMentions.count >= 2 else {
        continue
      }
      let text = plainTexts[sentence.id] ?? sentence.plainText
      let readings = Self.unquoted(reader.read(text, mentions: sentenceMentions), in: text)
      let features = ClaimFeatures(
        text: text, mentions: sentenceMentions, cites: !sentence.markers.isEmpty)
      for (s, subject) in sentenceMentions.enumerated() {
        for (o, object) in sentenceMentions.enumerated() where subject.grounding != object.grounding {
          let read = readings.filter { $0.subject == subject && $0.object == object }
          pairs.append(
            ClaimPair(
              sentence: sentence.id, sentenceText: text, subject: Self.argument(subject),
              object: Self.argument(object), readPredicates: read.map(\.predicate),
              features: features.features(subject: s, object: o) + Self.readingFeatures(read)))
        }
      }
    }
    return pairs
  }

  /// The mentions grouped by their sentence.
  private static func bySentence(_ mentions: [EntityMention]) -> [SentenceID: [EntityMention]] {
    Dictionary(grouping: mentions, by: \.sentence)
  }

  private static func argument(_ mention: EntityMention) -> Claim.Argument {
    Claim.Argument(grounding: mention.grounding, canonical: mention.canonical, type: mention.type)
  }
}
