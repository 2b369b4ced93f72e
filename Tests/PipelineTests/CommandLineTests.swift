import Foundation
import Testing
import TestSupport

/// The `citegraph` executable that `swift test` builds beside the test bundle.
private let citegraph: URL? = {
  let candidates = [
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
    Bundle.main.bundleURL.deletingLastPathComponent(),
  ].map { $0.appendingPathComponent("citegraph") }
  return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}()

private func run(_ arguments: [String], stdin: String? = nil, in folder: URL) throws
  -> (status: Int32, stdout: String, stderr: String)
{
  let process = Process()
  process.executableURL = try #require(citegraph)
  process.arguments = arguments
  process.currentDirectoryURL = folder
  let out = Pipe(), err = Pipe(), input = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = stdin == nil ? FileHandle.nullDevice : input
  try process.run()
  if let stdin {
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
  }
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

private func folderWithBatch() throws -> URL {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-cli-\(UUID().uuidString)")
  let inputs = folder.appendingPathComponent("in")
  try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
  let review = try Fixtures.bytes("text/il6-crosstalk-review.txt")
  try Data(review).write(to: inputs.appendingPathComponent("review.txt"))
  try Data(review).write(to: inputs.appendingPathComponent("review-copy.md"))
  try Data().write(to: inputs.appendingPathComponent("empty.txt"))
  try Data([0x41, 0x00, 0x42]).write(to: inputs.appendingPathComponent("binary.txt"))
  try Data([0x6F, 0x6B, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: inputs.appendingPathComponent("latin1.txt"))
  return folder
}

@Suite(.serialized) struct CommandLine_ {
  @Test func batchWithBadFilesReportsThemAndWritesTheRest() throws {
    guard citegraph != nil else {
      print("skipping: no citegraph executable beside the test bundle")
      return
    }
    let folder = try folderWithBatch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try run(["run", "--out", "out", "in"], in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("in/empty.txt:1: error: 'in/empty.txt' is empty; nothing to read [ingest.empty]"))
    #expect(result.stderr.contains("in/binary.txt:1: error:"))
    #expect(result.stderr.contains("in/latin1.txt:2: error:"))
    for id in ["review", "review-copy"] {
      for name in ["references.csv", "citations.csv", "\(id).bib"] {
        let path = folder.appendingPathComponent("out/\(id)/\(name)").path
        #expect(FileManager.default.fileExists(atPath: path), "missing \(path)")
      }
    }
    #expect(result.stdout.isEmpty)
  }

  @Test func outputIsTheSameWhateverJobsIs() throws {
    guard citegraph != nil else { return }
    let folder = try folderWithBatch()
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try run(["run", "--jobs", "1", "--out", "one", "in"], in: folder)
    _ = try run(["run", "--jobs", "3", "--out", "three", "in"], in: folder)
    for name in ["review/references.csv", "review/citations.csv", "review/review.bib", "review-copy/review-copy.bib"] {
      let one = try Data(contentsOf: folder.appendingPathComponent("one/\(name)"))
      let three = try Data(contentsOf: folder.appendingPathComponent("three/\(name)"))
      #expect(one == three, "\(name) differs between --jobs 1 and --jobs 3")
    }
  }

  @Test func incrementalRunRedoesOnlyChangedOrFailedDocuments() throws {
    guard citegraph != nil else { return }
    let folder = try folderWithBatch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try run(["run", "--incremental", "--out", "out", "in"], in: folder)
    #expect(first.status == 1)
    let corpus = try Data(contentsOf: folder.appendingPathComponent("out/corpus.nt"))
    // A file of an up-to-date document is left as it is; broken inputs are reported again.
    let copyCSV = folder.appendingPathComponent("out/review-copy/references.csv")
    try Data("kept\n".utf8).write(to: copyCSV)
    let reviewCSV = folder.appendingPathComponent("out/review/references.csv")
    let reviewBefore = try Data(contentsOf: reviewCSV)
    try Data("changed\n".utf8).write(to: reviewCSV)
    // Touching the input makes it newer than its outputs: it is redone.
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(5)],
      ofItemAtPath: folder.appendingPathComponent("in/review.txt").path)
    let second = try run(["run", "--incremental", "--out", "out", "in"], in: folder)
    #expect(second.status == 1)
    #expect(second.stderr.contains("in/empty.txt:1: error:"))
    #expect(try Data(contentsOf: copyCSV) == Data("kept\n".utf8))
    #expect(try Data(contentsOf: reviewCSV) == reviewBefore)
    // The corpus file still holds every document, skipped ones read from the last run.
    #expect(try Data(contentsOf: folder.appendingPathComponent("out/corpus.nt")) == corpus)
  }

  @Test func refsParsesStandardInput() throws {
    guard citegraph != nil else { return }
    let folder = FileManager.default.temporaryDirectory
    let line = "Gauldie J, Northemann W, Fey GH. IL-6 functions as an exocrine hormone in inflammation. J Immunol 1990; 144: 3804–8.\n"
    let csv = try run(["refs"], stdin: line, in: folder)
    #expect(csv.status == 0)
    #expect(csv.stdout.hasPrefix("doc_id,ref_id,label,bibtex_key,type,authors,et_al,title,container,year,volume,issue,first_page,last_page,doi,pmid,raw\n"))
    #expect(csv.stdout.contains(",r1,,gauldie1990il6,journalArticle,\"Gauldie, J; Northemann, W; Fey, GH\",false,"))
    let bib = try run(["refs", "--format", "bibtex"], stdin: line, in: folder)
    #expect(bib.stdout.hasPrefix("@article{gauldie1990il6,"))
  }

  /// `claim-pairs` (the filter's training rows) names what the rules read for a pair, so that
  /// an `inhibits` reading is not mistaken for the `-` of an unread pair (a published sentence).
  @Test func claimPairsNameThePredicatesRead() throws {
    guard citegraph != nil else { return }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-pairs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let sentence = "Rapamycin is an inhibitor of mTOR kinase and reduces phosphorylation of its substrates, p70S6K and 4EBP1."
    try Data("Results\n\n\(sentence)\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
    let result = try run(["claim-pairs", "a.txt"], in: folder)
    #expect(result.status == 0)
    let read = Dictionary(
      result.stdout.split(separator: "\n").dropFirst().map { line in
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        return ("\(fields[2]) \(fields[3])", String(fields[4]))
      }, uniquingKeysWith: { first, _ in first })
    #expect(read["CHEBI:9168 HGNC:3942"] == "inhibits", "\(read)")
    #expect(read["HGNC:3942 FPLX:P70S6K"] == "phosphorylates")
    #expect(read["HGNC:3942 CHEBI:9168"] == "-")
  }

  @Test func unknownOptionIsAUsageError() throws {
    guard citegraph != nil else { return }
    let result = try run(["run", "--no-such-option", "x"], in: FileManager.default.temporaryDirectory)
    #expect(result.status == 64)
  }
}
