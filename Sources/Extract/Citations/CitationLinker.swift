import Model

/// Links every citation marker to the references it names.
///
/// Numbered markers match reference labels; author–year markers match the first author's
/// family name and the year. Markers that point nowhere and references never cited are
/// reported, not dropped.
public struct CitationLinker: Sendable {
  public init() {}

  /// The document with marker targets and `citations` filled in.
  public func link(_ document: Document, diagnostics: inout [Diagnostic]) -> Document {
    var linked = document
    link(&linked, diagnostics: &diagnostics)
    return linked
  }

  /// Fills in the marker targets and `citations` of `document` in place.
  public func link(_ document: inout Document, diagnostics: inout [Diagnostic]) {
    let references = ReferenceNumbering.labelled(document.references, in: document)
    // The references are read by index, field by field: a loop over them would copy each.
    var byLabel: [String: ReferenceID] = [:]
    for index in references.indices {
      guard let label = references[index].label else { continue }
      if byLabel[label] != nil {
        diagnostics.append(
          Diagnostic(
            .warning, code: "extract.reference.duplicate-label",
            message: "reference label '\(label)' appears twice; citations go to the first",
            position: references[index].position))
      } else {
        byLabel[label] = references[index].id
      }
    }
    // Built on the first author–year marker: numbered documents never need it.
    var builtAuthorYear: AuthorYearIndex?
    func authorYear() -> AuthorYearIndex {
      if let builtAuthorYear { return builtAuthorYear }
      let index = AuthorYearIndex(references)
      builtAuthorYear = index
      return index
    }
    var citations: [Citation] = []
    var known = Set<ReferenceID>(minimumCapacity: references.count)
    for index in references.indices { known.insert(references[index].id) }
    document.rewriteMarkers { marker in
      var targets: [ReferenceID] = []
      var method = Citation.Method.explicitLink
      if !marker.targets.isEmpty, marker.targets.allSatisfy(known.contains) {
        // Every target is known (the usual case): they are kept as they are.
        targets = marker.targets
      } else if !marker.targets.isEmpty {
        targets = marker.targets.filter { target in
          guard known.contains(target) else {
            diagnostics.append(unresolved(marker, name: target.rawValue))
            return false
          }
          return true
        }
      } else {
        for cited in marker.citedLabels {
          if let id = byLabel[cited] {
            targets.append(id)
            method = .numberedLabel
          } else if let id = authorYear().reference(for: cited) {
            targets.append(id)
            method = .authorYear
          } else {
            diagnostics.append(unresolved(marker, name: cited))
          }
        }
      }
      marker.targets = targets
      for target in targets {
        citations.append(Citation(marker: marker.id, reference: target, method: method))
      }
    }
    document.references = references
    document.citations = citations
    let cited = Set(citations.map(\.reference))
    for index in references.indices where !cited.contains(references[index].id) {
      let name = references[index].label ?? references[index].id.rawValue
      diagnostics.append(
        Diagnostic(
          .warning, code: "extract.reference.uncited",
          message: "reference \(name) is never cited in the text",
          position: references[index].position))
    }
  }

  private func unresolved(_ marker: CitationMarker, name: String) -> Diagnostic {
    Diagnostic(
      .warning, code: "extract.citation.unresolved",
      message: "citation '\(marker.label)' names '\(name)', which is not in the reference list",
      position: marker.position)
  }
}
