import Export
import Extract
import Foundation
import Ingest
import Model
import Testing
import TestSupport

/// Real clients read what we write: latex + bibtex, biber, pandas.
///
/// `make test` sets CITEGRAPH_REQUIRE_TOOLS=1 (after installing the tools), so a missing tool
/// fails there; a bare `swift test` without them skips these checks with a message.
private func requireTool(_ name: String) -> Bool {
  if toolExists(name) { return true }
  if ProcessInfo.processInfo.environment["CITEGRAPH_REQUIRE_TOOLS"] == "1" {
    Issue.record("\(name) is not installed; run `make deps`")
  } else {
    print("skipping: \(name) is not installed (run `make test` to install it)")
  }
  return false
}


/// The documents whose exports the real clients check: the review as text and as JATS, the
/// real JATS articles (../shared's when present, and the committed ones), and the nasty
/// document (control characters, quotes, braces, symbols such as `¿ ¡ º € ‰`).
enum ClientCheckedDocuments {
  static var names: [String] {
    ["text/il6-crosstalk-review.txt", "jats/il6-crosstalk-review.xml", "nasty"]
      + RealJATS.paths.map { "real:" + $0 }
  }

  static func document(_ name: String) throws -> Document {
    if name == "nasty" { return NastyDocuments.document }
    var diagnostics: [Diagnostic] = []
    let ingested: Document
    if name.hasPrefix("real:") {
      let url = URL(fileURLWithPath: String(name.dropFirst("real:".count)))
      ingested = try JATSReader.read(
        [UInt8](try Data(contentsOf: url)), path: url.lastPathComponent, diagnostics: &diagnostics)
    } else if name.hasSuffix(".xml") {
      ingested = try JATSReader.read(Fixtures.bytes(name), path: name, diagnostics: &diagnostics)
    } else {
      ingested = try TextReader.read(Fixtures.bytes(name), path: name, diagnostics: &diagnostics)
    }
    return Extractor().extract(ingested, diagnostics: &diagnostics)
  }
}

@Suite(.serialized) struct RealClients {
  @Test(arguments: ClientCheckedDocuments.names)
  func latexAndBibTeXCompileEveryKeyWithoutWarnings(_ name: String) throws {
    guard requireTool("latex"), requireTool("bibtex") else { return }
    let document = try ClientCheckedDocuments.document(name)
    let folder = try temporaryFolder(prefix: "citegraph-test")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(BibTeXWriter().write([document]).utf8).write(to: folder.appendingPathComponent("refs.bib"))
    let tex = """
      \\documentclass{article}
      \\begin{document}
      \\nocite{*}
      \\bibliographystyle{plain}
      \\bibliography{refs}
      \\end{document}
      """
    try Data(tex.utf8).write(to: folder.appendingPathComponent("paper.tex"))
    let first = try runTool("latex", ["-interaction=nonstopmode", "-halt-on-error", "paper.tex"], in: folder)
    #expect(first.status == 0, "latex: \(first.output.suffix(2000))")
    let bibtex = try runTool("bibtex", ["paper"], in: folder)
    #expect(bibtex.status == 0, "bibtex: \(bibtex.output)")
    #expect(!bibtex.output.contains("Warning"), "bibtex warned:\n\(bibtex.output)")
    #expect(!bibtex.output.contains("error"), "bibtex error:\n\(bibtex.output)")
    let second = try runTool("latex", ["-interaction=nonstopmode", "-halt-on-error", "paper.tex"], in: folder)
    #expect(second.status == 0, "latex: \(second.output.suffix(2000))")
    let bbl = try String(contentsOf: folder.appendingPathComponent("paper.bbl"), encoding: .utf8)
    #expect(bbl.components(separatedBy: "\\bibitem").count - 1 == document.references.count + 1)
    if name.contains("il6-crosstalk-review") { #expect(bbl.contains("Rodr{\\'\\i}guez")) }
  }

  @Test(arguments: ClientCheckedDocuments.names)
  func biberValidatesTheDataModel(_ name: String) throws {
    guard requireTool("biber") else { return }
    let document = try ClientCheckedDocuments.document(name)
    let folder = try temporaryFolder(prefix: "citegraph-test")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(BibTeXWriter().write([document]).utf8).write(to: folder.appendingPathComponent("refs.bib"))
    let result = try runTool("biber", ["--tool", "--validate-datamodel", "--output-file=checked.bib", "refs.bib"], in: folder)
    #expect(result.status == 0, "biber: \(result.output)")
    // A reference printed without a year (the nasty `???`, MDPI's web pages) has none to give,
    // and biber rightly says so; no other warning is accepted.
    let warnings = result.output.split(separator: "\n").filter { $0.hasPrefix("WARN") }
    let missingYear = warnings.filter { $0.contains("Missing mandatory field - one of 'date, year'") }
    let withoutYear = document.references.filter { ($0.year ?? "").isEmpty }.count
    #expect(warnings.count == missingYear.count, "biber warned:\n\(result.output)")
    #expect(missingYear.count <= withoutYear, "biber warned:\n\(result.output)")
    #expect(!result.output.contains("ERROR"), "biber error:\n\(result.output)")
  }

  @Test func pandasReadsTheCSVFilesBack() throws {
    guard let python = ProcessInfo.processInfo.environment["CITEGRAPH_PYTHON"] ?? (toolExists("python3") ? "python3" : nil) else { return }
    let (document, _) = try reviewDocument()
    let folder = try temporaryFolder(prefix: "citegraph-test")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(ReferencesCSVWriter().write([document]).utf8).write(to: folder.appendingPathComponent("references.csv"))
    try Data(CitationsCSVWriter().write([document]).utf8).write(to: folder.appendingPathComponent("citations.csv"))
    let script = """
      import csv, sys
      try:
          import pandas as pd
      except ImportError:
          print("NO_PANDAS"); sys.exit(0)
      refs = pd.read_csv("references.csv", dtype=str, keep_default_na=False)
      cits = pd.read_csv("citations.csv", dtype=str, keep_default_na=False)
      rows = list(csv.DictReader(open("references.csv", newline="", encoding="utf-8")))
      assert len(rows) == len(refs), (len(rows), len(refs))
      print(len(refs), len(cits), refs.loc[0, "first_page"], refs.loc[0, "last_page"], refs.loc[3, "authors"])
      print("|".join(refs.columns))
      print(cits.loc[cits.marker == "^{15–17}", "ref_id"].tolist())
      """
    try Data(script.utf8).write(to: folder.appendingPathComponent("check.py"))
    let result = try runTool(python, ["check.py"], in: folder)
    if result.output.contains("NO_PANDAS") {
      if ProcessInfo.processInfo.environment["CITEGRAPH_REQUIRE_TOOLS"] == "1" { Issue.record("pandas missing from .venv") }
      return
    }
    #expect(result.status == 0, "python: \(result.output)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "47 48 3804 3808 del Carmen Rodríguez, M; Bernad, A; Aracil, M")
    #expect(lines.dropFirst().first == ReferencesCSVWriter.header.joined(separator: "|"))
    #expect(lines.last == "['r15', 'r16', 'r17']")
  }

  /// Letters LaTeX's default OT1 font encoding lacks (ogonek, thorn, eth, d with stroke,
  /// guillemets: "Command \\k unavailable in encoding OT1") compile in a manuscript with and
  /// without `\\usepackage[T1]{fontenc}`, and biber reads them back as the letters.
  @Test func lettersOT1LacksCompileUnderOT1AndT1() throws {
    guard requireTool("latex"), requireTool("bibtex"), requireTool("biber") else { return }
    let reference = Reference(
      id: "r1", label: "1", raw: "", kind: .journalArticle,
      authors: [PersonName(family: "Ksiązek", given: "K"), PersonName(family: "Þórsson", given: "Jón"), PersonName(family: "Đorđević", given: "Ð")],
      title: "«Eðli» of IL-6 signalling", container: "J X", year: "2021")
    let document = Document(
      id: "d", sourcePath: "d.xml", metadata: ArticleMetadata(title: "T", authors: [PersonName(family: "Roe", given: "R")], year: "2021"),
      references: [reference])
    let bib = BibTeXWriter().write([document])
    #expect(bib.hasPrefix("@preamble{"))
    #expect(bib.contains("Ksi{\\citegraphTOne{\\k a}{a}}zek"))
    for preamble in ["", "\\usepackage[T1]{fontenc}"] {
      let folder = try temporaryFolder(prefix: "citegraph-test")
      defer { try? FileManager.default.removeItem(at: folder) }
      try Data(bib.utf8).write(to: folder.appendingPathComponent("refs.bib"))
      let tex = "\\documentclass{article}\(preamble)\\begin{document}\\nocite{*}\\bibliographystyle{plain}\\bibliography{refs}\\end{document}\n"
      try Data(tex.utf8).write(to: folder.appendingPathComponent("paper.tex"))
      _ = try runTool("latex", ["-interaction=nonstopmode", "-halt-on-error", "paper.tex"], in: folder)
      let bibtex = try runTool("bibtex", ["paper"], in: folder)
      #expect(bibtex.status == 0 && !bibtex.output.contains("Warning"), "bibtex: \(bibtex.output)")
      let latex = try runTool("latex", ["-interaction=nonstopmode", "-halt-on-error", "paper.tex"], in: folder)
      #expect(latex.status == 0, "latex \(preamble): \(latex.output.suffix(2000))")
      if preamble.isEmpty {
        let biber = try runTool("biber", ["--tool", "--output-file=checked.bib", "refs.bib"], in: folder)
        #expect(biber.status == 0 && !biber.output.contains("WARN"), "biber: \(biber.output)")
        let checked = try String(contentsOf: folder.appendingPathComponent("checked.bib"), encoding: .utf8)
        #expect(checked.contains("Ksi{\\citegraphTOne{ą}{a}}zek"))
      }
    }
  }
}
