import Export
import Testing

@Suite struct CorpusNTriplesMerging {
  @Test func sharedNodesOnceDocumentPartsAlwaysInOrder() {
    var corpus = CorpusNTriples()
    let work = "<https://doi.org/10.1/x> <http://purl.org/dc/terms/title> \"T\" .\n"
    let first = "<https://w3id.org/citegraph/doc/a/sentence/s1> <http://purl.org/spar/c4o/hasContent> \"A\" .\n" + work
    let second = work + "<https://w3id.org/citegraph/doc/b/sentence/s1> <http://purl.org/spar/c4o/hasContent> \"A\" .\n"
    #expect(corpus.newLines(of: first) == first)
    #expect(corpus.newLines(of: second) == "<https://w3id.org/citegraph/doc/b/sentence/s1> <http://purl.org/spar/c4o/hasContent> \"A\" .\n")
    #expect(corpus.newLines(of: "") == "")
  }
}
