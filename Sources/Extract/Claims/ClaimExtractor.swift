import Model

/// Claims for a document: the claim reader over every sentence with its entity mentions; the
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
      guard let sentenceMentions = bySentence[sentence.id] else {
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
  /// reading to weigh. A reading whose subject is in another sentence (`it`) is kept, as the
  /// features describe pairs within a sentence.
  private func kept(
    _ readings: [ClaimReader.Reading], text: String, mentions: [EntityMention], cites: Bool
  ) -> [ClaimReader.Reading] {
    guard !readings.isEmpty, !filter.weights.isEmpty else { return readings }
    let features = ClaimFeatures(text: text, mentions: mentions, cites: cites)
    return readings.filter { reading in
      guard let subject = mentions.firstIndex(of: reading.subject),
        let object = mentions.firstIndex(of: reading.object)
      else { return true }
      return filter.keeps(features.features(subject: subject, object: object))
    }
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
      guard let sentenceMentions = bySentence[sentence.id], sentenceMentions.count >= 2 else {
        continue
      }
      let text = plainTexts[sentence.id] ?? sentence.plainText
      let readings = reader.read(text, mentions: sentenceMentions)
      let features = ClaimFeatures(
        text: text, mentions: sentenceMentions, cites: !sentence.markers.isEmpty)
      for (s, subject) in sentenceMentions.enumerated() {
        for (o, object) in sentenceMentions.enumerated() where subject.grounding != object.grounding {
          let predicates = readings.filter { $0.subject == subject && $0.object == object }
            .map(\.predicate)
          pairs.append(
            ClaimPair(
              sentence: sentence.id, sentenceText: text, subject: Self.argument(subject),
              object: Self.argument(object), readPredicates: predicates,
              features: features.features(subject: s, object: o)))
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
