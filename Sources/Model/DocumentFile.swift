/// The JSON envelope that carries a document between pipeline steps.
public struct DocumentFile: Sendable, Codable {
  /// Bumped whenever the Model changes shape.
  public static let currentSchemaVersion = 4

  public var schemaVersion: Int
  public var document: Document

  public init(document: Document, schemaVersion: Int = DocumentFile.currentSchemaVersion) {
    self.schemaVersion = schemaVersion
    self.document = document
  }
}
