/// Identifies one entity mention within its document (`e1`, `e2`, …).
public typealias EntityMentionID = Identifier<EntityMention>

/// A span of a sentence that names a gene, chemical, disease, cell type, process or pathway,
/// grounded to an open identifier.
public struct EntityMention: Hashable, Sendable, Codable {
  public var id: EntityMentionID
  public var type: EntityType
  /// The span as written (`NF- κ B`, `STAT-3`).
  public var text: String
  /// The grounded entity's name: the HGNC symbol, the FamPlex name, else the lexicon's label.
  public var canonical: String
  /// The CURIE it is grounded to (`HGNC:6018`, `FPLX:NFkappaB`, `CHEBI:6801`).
  public var grounding: String
  /// The sentence it occurs in.
  public var sentence: SentenceID
  /// UTF-8 byte offsets of the span in the sentence's `plainText`.
  public var utf8Offsets: Range<Int>

  public init(
    id: EntityMentionID, type: EntityType, text: String, canonical: String, grounding: String,
    sentence: SentenceID, utf8Offsets: Range<Int>
  ) {
    self.id = id
    self.type = type
    self.text = text
    self.canonical = canonical
    self.grounding = grounding
    self.sentence = sentence
    self.utf8Offsets = utf8Offsets
  }
}
