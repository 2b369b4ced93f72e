import ArgumentParser
import Export

/// `--base-iri https://example.org/graph/`: an absolute IRI ending in `/` or `#`.
extension RDFBaseIRI: ExpressibleByArgument {
  public init?(argument: String) { self.init(argument) }

  public var defaultValueDescription: String { description }
}
