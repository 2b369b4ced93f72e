import Foundation
import Testing
import TestSupport

@testable import Extract

@Suite struct LexiconKeyTests {
  /// `lexicon/key_fixture.tsv`: surface, key, casekey from `lexicon/norm.py`.
  static func fixtureRows() throws -> [[String]] {
    let url = Fixtures.repositoryRoot.appendingPathComponent("lexicon/key_fixture.tsv")
    let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
    return text.split(separator: "\n").dropFirst(2).map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
  }

  @Test func everyFixtureRowHasTheReferenceKeyAndCasekey() throws {
    let rows = try Self.fixtureRows()
    #expect(rows.count > 400)
    for row in rows where row.count == 3 {
      #expect(LexiconKey.key(row[0]) == row[1], "key(\(row[0]))")
      #expect(LexiconKey.casekey(row[0]) == row[2], "casekey(\(row[0]))")
    }
  }

  @Test func spellingVariantsShareAKey() {
    #expect(Set(["IL-6", "IL6", "il-6"].map(LexiconKey.key)) == ["il6"])
    #expect(Set(["NF-κB", "NF- κ B", "NF-kB", "NF-kappaB"].map(LexiconKey.key)) == ["nfkb"])
    #expect(LexiconKey.key("STAT-3") == LexiconKey.key("STAT3"))
    #expect(LexiconKey.key("alphabet") == "alphabet")
  }

  /// The index takes a shortcut for `terms.tsv` sorted by key; rows out of order still land
  /// in their groups.
  @Test func unsortedTermsStillGroupByKey() {
    let terms = Array("surface\tcurie\tflags\nSTAT3\tHGNC:11364\t\nIL6\tHGNC:6018\t\nIL-6\tHGNC:6018\tcs\nStat-3\tHGNC:11364\t\n".utf8)
    let entities = Array("curie\ttype\tcanonical\nHGNC:11364\tGene\tSTAT3\nHGNC:6018\tGene\tIL6\n".utf8)
    let lexicon = Lexicon(terms: terms, entities: entities)
    for (key, count) in [("stat3", 2), ("il6", 2)] {
      let bytes = Array(key.utf8)
      var row = bytes.withUnsafeBufferPointer { lexicon.firstTerm(forKey: $0, hash: Lexicon.hash(bytes)) }
      var rows = 0
      while let current = row, current >= 0 {
        rows += 1
        row = lexicon.terms[Int(current)].next
      }
      #expect(rows == count, "\(key)")
    }
  }
}
