import Model

/// Claims for a document: the claim reader over every sentence with its entity mentions; the
/// evidence of a claim is the references its sentence's citation markers point to. `it` as a
/// subject may refer to the entity the previous sentence of the same section opened with.
struct ClaimExtractor {
  /// The claims of `document`, numbered `k1`, `k2`, … in reading order; `plainTexts` are the
  /// sentences' `plainText` when the caller has them already (else they are recomputed).
  func claims(
    _ document: Document, mentions: [EntityMention], plainTexts: [SentenceID: String] = [:]
  ) -> [Claim] {
    var bySentence: [SentenceID: [EntityMention]] = [:]
    for mention in mentions { bySentence[mention.sentence, default: []].append(mention) }
    let reader = ClaimReader()
    var claims: [Claim] = []
    // The subject the previous sentence opened with, in the same section: what `it` refers to.
    var antecedent: EntityMention?
    var section: String?
    for entry in document.sentencesWithSections {
      let sentence = entry.sentence
      if entry.sectionTitle != section { antecedent = nil }
      section = entry.sectionTitle
      guard let sentenceMentions = bySentence[sentence.id] else {
        antecedent = nil
        continue
      }
      let text = plainTexts[sentence.id] ?? sentence.plainText
      let previous = antecedent
      antecedent = ClaimReader.leadingSubject(text, mentions: sentenceMentions)
      var evidence: [ReferenceID] = []
      for marker in sentence.markers {
        for target in marker.targets where !evidence.contains(target) { evidence.append(target) }
      }
      for reading in reader.read(text, mentions: sentenceMentions, antecedent: previous) {
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

  private static func argument(_ mention: EntityMention) -> Claim.Argument {
    Claim.Argument(grounding: mention.grounding, canonical: mention.canonical, type: mention.type)
  }
}
