/// What kind of thing an entity mention names; the `type` column of the lexicon.
public enum EntityType: String, Hashable, Sendable, Codable, CaseIterable {
  /// A gene or its protein (HGNC).
  case gene = "Gene"
  /// A protein family (FamPlex, MeSH protein classes).
  case family = "Family"
  /// A protein complex (FamPlex, MeSH).
  case complex = "Complex"
  /// A chemical or drug (ChEBI, MeSH).
  case chemical = "Chemical"
  /// A disease (DOID, MeSH).
  case disease = "Disease"
  /// A cell type (Cell Ontology, MeSH).
  case cellType = "CellType"
  /// A biological process (GO, MeSH).
  case process = "Process"
  /// A signalling pathway named in the text (`IL6/JAK/STAT3 pathway`, GO signalling processes).
  case pathway = "Pathway"
}
