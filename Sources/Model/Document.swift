/// One article: what every stage reads and writes.
public struct Document: Hashable, Sendable, Codable {
  /// The file name without its last extension.
  public var id: String
  public var sourcePath: String
  public var metadata: ArticleMetadata
  public var sections: [Section]
  public var references: [Reference]
  public var citations: [Citation]

  public init(
    id: String, sourcePath: String, metadata: ArticleMetadata = ArticleMetadata(),
    sections: [Section] = [], references: [Reference] = [], citations: [Citation] = []
  ) {
    self.id = id
    self.sourcePath = sourcePath
    self.metadata = metadata
    self.sections = sections
    self.references = references
    self.citations = citations
  }
}
