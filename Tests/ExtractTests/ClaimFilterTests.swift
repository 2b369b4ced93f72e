import Foundation
import Model
import Testing

@testable import Extract

/// The learned claim filter: its weights file, its features, and what the shipped weights do
/// to sentences of the review.
@Suite struct ClaimFilterTests {
  static let metformin =
    "Metformin could reverse the acquired resistance to EGFR-TKIs by inhibiting IL-6 signaling, and IL-6 activates STAT3."

  /// A document of one sentence.
  static func document(_ text: String) -> Document {
    Document(
      id: "d", sourcePath: "d.txt",
      sections: [
        Section(title: nil, paragraphs: [Paragraph(sentences: [Sentence(id: "s1", content: [.text(text)])])])
      ])
  }

  /// The review's sentence, its mentions as the extractor finds them, and the features of the
  /// pair named by the two canonical names.
  static func features(_ text: String, subject: String, object: String) -> [String] {
    let document = Self.document(text)
    let pairs = EntityAndClaimExtractor().claimPairs(document)
    return pairs.first { $0.subject.canonical == subject && $0.object.canonical == object }?.features ?? []
  }

  @Test func weightsFileParsesAndScores() throws {
    let filter = try #require(ClaimFilter(tsv: "# comment\n#bias\t-1\n#threshold\t0.5\nbw=activate\t1\n"))
    #expect(filter.probability(["bw=activate"]) == 0.5)
    #expect(filter.keeps(["bw=activate", "unknown feature"]))
    #expect(!filter.keeps(["bw=inhibit"]))
    #expect(ClaimFilter(tsv: "#bias\t-1\nbw=activate\t1\n") == nil, "no threshold")
    #expect(ClaimFilter(tsv: "#bias\t-1\n#threshold\t0.5\nbw=activate\tstrong\n") == nil, "no number")
    #expect(ClaimFilter.keepsAll.keeps([]))
  }

  @Test func decimalWeightsReadAsDoubleReadsThem() throws {
    let rows = ["-0.1530", "0.0001", "-0.0000", "12.5", ".5", "-.25", "0.30000000000000004", "1e3", "7"]
    let tsv = "#bias\t0\n#threshold\t0.5\n"
      + rows.enumerated().map { "f\($0.offset)\t\($0.element)" }.joined(separator: "\n")
    let filter = try #require(ClaimFilter(tsv: tsv))
    for (offset, row) in rows.enumerated() {
      let expected = try #require(Double(row))
      #expect(filter.weights["f\(offset)"]?.bitPattern == expected.bitPattern, "\(row)")
    }
  }

  @Test func shippedWeightsReadAsDoubleReadsThem() throws {
    let folder = try #require(LexiconLocation.folder())
    let text = try String(contentsOf: folder.appendingPathComponent("claim-filter.tsv"), encoding: .utf8)
    let filter = ClaimFilter.shared
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t")
      let expected = try #require(Double(String(fields[1])))
      #expect(filter.weights[String(fields[0])]?.bitPattern == expected.bitPattern, "\(line)")
    }
  }

  @Test func featuresDescribeThePairInItsSentence() {
    let text = "IL-6 can directly activate STAT-3 through the JAK/STAT pathway."
    let forward = Self.features(text, subject: "IL6", object: "STAT3")
    for feature in ["dir=fwd", "ts=Gene", "tt=Gene>Gene", "gap=3", "bw=activate", "bw1=can",
                    "bwl=activate", "bb=directly_activate", "s-1=^", "o+1=through", "others=0"] {
      #expect(forward.contains(feature), "\(feature) in \(forward)")
    }
    let backward = Self.features(text, subject: "STAT3", object: "IL6")
    #expect(backward.contains("dir=rev"))
    #expect(backward.contains("s+1=through"))
  }

  @Test func shippedWeightsKeepTheReviewsHeadlineClaims() {
    let filter = ClaimFilter.shared
    #expect(!filter.weights.isEmpty, "claim-filter.tsv is shipped beside the lexicon")
    for (text, subject, object) in [
      ("IL-6 can directly activate STAT-3 through the JAK/STAT pathway.", "IL6", "STAT3"),
      ("EGFR expression can inhibit SOCS3.", "EGFR", "SOCS3"),
    ] {
      let features = Self.features(text, subject: subject, object: object)
      #expect(filter.keeps(features), "\(subject) → \(object): p = \(filter.probability(features))")
    }
  }

  @Test func filterOnlyRemovesReadings() {
    let document = Self.document(Self.metformin)
    var diagnostics: [Diagnostic] = []
    let all = EntityAndClaimExtractor(claimFilter: .keepsAll).extract(document, diagnostics: &diagnostics)
    let filtered = EntityAndClaimExtractor().extract(document, diagnostics: &diagnostics)
    let key = { (claim: Claim) in "\(claim.subject.grounding) \(claim.predicate) \(claim.object.grounding)" }
    #expect(Set(filtered.claims.map(key)).isSubset(of: Set(all.claims.map(key))))
    #expect(filtered.claims.map(\.id) == (0..<filtered.claims.count).map { ClaimID("k\($0 + 1)") })
  }

  /// The filter weighs a mention pair with all its readings, as it was trained: two predicates
  /// of one pair, each too weak alone, keep each other (a published sentence on Akt).
  @Test func readingsOfOnePairAreWeighedTogether() throws {
    let text =
      "Akt phosphorylates and inactivates GSK3β (Glycogen Synthase Kinase 3β), promoting glycogen synthesis."
    let document = Self.document(text)
    var diagnostics: [Diagnostic] = []
    let weights = "#bias\t-1\n#threshold\t0.5\npred=phosphorylates\t0.6\npred=inhibits\t0.6\n"
    let filter = try #require(ClaimFilter(tsv: weights))
    #expect(!filter.keeps(["pred=phosphorylates"]) && !filter.keeps(["pred=inhibits"]))
    let claims = EntityAndClaimExtractor(claimFilter: filter).extract(document, diagnostics: &diagnostics).claims
    let read = Set(claims.map { "\($0.subject.canonical) \($0.predicate.rawValue) \($0.object.canonical)" })
    #expect(read == ["AKT phosphorylates GSK3B", "AKT inhibits GSK3B"], "\(read)")
  }

  @Test func thresholdZeroKeepsEveryReading() {
    let document = Self.document(Self.metformin)
    var diagnostics: [Diagnostic] = []
    let all = EntityAndClaimExtractor(claimFilter: .keepsAll).extract(document, diagnostics: &diagnostics)
    let zero = Extractor(claimThreshold: 0).entitiesAndClaims(document, diagnostics: &diagnostics)
    #expect(zero.claims == all.claims)
    #expect(ClaimFilter.shared.withThreshold(0.5).weights == ClaimFilter.shared.weights)
  }
}
