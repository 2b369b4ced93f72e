import Model

/// Parses one printed reference string into structured fields.
public struct ReferenceStringParser: Sendable {
  public init() {}

  /// Fills `reference`'s fields from its `raw` text; `id`, `label`, `raw`, `position` are kept.
  ///
  /// A string that parses only in part keeps the fields found and reports the rest.
  public func parse(_ reference: Reference, diagnostics: inout [Diagnostic]) -> Reference {
    reference
  }
}
