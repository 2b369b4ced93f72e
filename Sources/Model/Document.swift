/// One article: what every stage reads and writes.
public struct Document: Hashable, Sendable, Codable {
  /// The file name without its last extension.
  public var id: String
  public var sourcePath: String
  public var metadata: ArticleMetadata
  public var sections: [Section]
  public var references: [Reference]
  public var citations: [Citation]
  /// Entity mentions in reading order (Extract).
  public var entities: [EntityMention] = []
  /// Claims in reading order (Extract).
  public var claims: [Claim] = []

  public init(
    id: String, sourcePath: String, metadata: ArticleMetadata = ArticleMetadata(),
    sections: [Section] = [], references: [Reference] = [], citations: [Citation] = [],
    entities: [EntityMention] = [], claims: [Claim] = []
  ) {
    self.id = id
    self.sourcePath = sourcePath
    self.metadata = metadata
    self.sections = sections
    self.references = references
    self.citations = citations
    self.entities = entities
    self.claims = claims
  }
}
