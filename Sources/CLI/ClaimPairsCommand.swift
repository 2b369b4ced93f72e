import ArgumentParser
import Extract
import Foundation
import Model

/// `citegraph claim-pairs FILE…`: the claim filter's training rows, one TSV line per ordered
/// pair of mentions in a sentence (`scripts/train_claim_filter.py` reads them). Hidden: a
/// tool for retraining, not for users.
struct ClaimPairsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claim-pairs",
    abstract: "Write every mention pair of each sentence with its claim-filter features (TSV).",
    shouldDisplay: false)

  @Argument(help: "Article files.")
  var inputs: [String]

  func run() throws {
    var lines = ["doc_id\tsentence_id\tsubject_id\tobject_id\tread\tfeatures\tsentence"]
    var failed = false
    for path in inputs {
      guard let document = Pipeline.linkedDocument(path: path) else {
        failed = true
        continue
      }
      for pair in Extractor().claimPairs(document) {
        // The predicates' names: a polarity would write `-` for `inhibits`, the mark of a pair
        // the rules did not read.
        let read = pair.readPredicates.map(\.rawValue).joined(separator: ";")
        lines.append(
          [document.id, pair.sentence.description, pair.subject.grounding, pair.object.grounding,
           read.isEmpty ? "-" : read, pair.features.joined(separator: " "),
           pair.sentenceText.replacingOccurrences(of: "\t", with: " ")]
            .joined(separator: "\t"))
      }
    }
    print(lines.joined(separator: "\n"))
    if failed { throw ExitCode(1) }
  }
}
