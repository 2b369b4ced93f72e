import Export
import Foundation
import Model
import Testing
import TestSupport

/// The Python of the project's `.venv` (`make test` sets CITEGRAPH_PYTHON), if it has
/// pyoxigraph; a bare `swift test` without it skips with a message, `make test` fails.
func pythonWithOxigraph() throws -> String? {
  let environment = ProcessInfo.processInfo.environment
  let venv = Fixtures.repositoryRoot.appendingPathComponent(".venv/bin/python").path
  let python =
    environment["CITEGRAPH_PYTHON"]
    ?? (FileManager.default.isExecutableFile(atPath: venv) ? venv : nil)
  if let python,
    try runTool(python, ["-c", "import pyoxigraph"], in: FileManager.default.temporaryDirectory)
      .status == 0
  {
    return python
  }
  if environment["CITEGRAPH_REQUIRE_TOOLS"] == "1" {
    Issue.record("pyoxigraph is not installed in .venv; run `make deps`")
  } else {
    print("skipping: no .venv Python with pyoxigraph (run `make test` to install it)")
  }
  return nil
}


/// The review, the nasty documents and their corpus, written as `citegraph run` writes them.
private func writeRDF(to folder: URL) throws -> [String] {
  let (review, _) = try reviewDocument()
  let documents = [review, NastyDocuments.document, NastyDocuments.empty, NastyDocuments.secondArticle]
  var names: [String] = []
  var perDocument: [String] = []
  for (index, document) in documents.enumerated() {
    let nt = NTriplesWriter().write([document])
    perDocument.append(nt)
    try Data(nt.utf8).write(to: folder.appendingPathComponent("doc\(index).nt"))
    try Data(TurtleWriter().write([document]).utf8).write(to: folder.appendingPathComponent("doc\(index).ttl"))
    names.append("doc\(index)")
  }
  try Data(NTriplesWriter.merge(perDocument).utf8).write(to: folder.appendingPathComponent("corpus.nt"))
  try Data(NTriplesWriter.merge([perDocument[0]]).utf8).write(to: folder.appendingPathComponent("review.nt"))
  return names
}

/// The review's triples as recorded in its golden N-Triples file: one distinct triple a line.
/// A store that loads the review must hold exactly these (none lost, none split).
private func reviewTripleCount() throws -> Int {
  try Fixtures.text("golden/il6-crosstalk-review.nt").split(separator: "\n").count
}

/// Names of `queries/*.rq`, sorted.
private func queryNames() throws -> [String] {
  let folder = Fixtures.repositoryRoot.appendingPathComponent("queries")
  return try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { $0.hasSuffix(".rq") }.sorted()
}

/// What each query must answer on the review alone; a new query needs an entry here.
private func checkAnswers(_ answers: [String: [[String: String]]]) {
  #expect(Set(answers.keys) == Set((try? queryNames()) ?? []), "every query in queries/ is checked")
  let perArticle = answers["cites-per-article.rq"] ?? []
  #expect(perArticle.count == 1)
  #expect(perArticle.first?["article"] == "https://doi.org/10.1111/1759-7714.12633")
  #expect(perArticle.first?["works"] == "47", "cito:cites links to all 47 works")
  #expect(perArticle.first?["inTextCitations"] == "48")

  let sentence = answers["sentence-of-citation.rq"] ?? []
  #expect(sentence.map { $0["label"] ?? "" } == ["15", "16", "17"])
  #expect(Set(sentence.map { $0["sentenceId"] ?? "" }) == ["s38"])
  #expect(sentence.first?["sentence"] == "Therefore, IL6/JAK/STAT3 pathway activation is an important mechanism of tumor cell survival.")
  #expect(sentence.first?["title"]?.hasPrefix("gp130-mediated Stat3 activation in enterocytes") == true)

  let contexts = answers["citation-contexts.rq"] ?? []
  #expect(contexts.map { $0["sentenceId"] ?? "" } == ["s47", "s95"])
  #expect(contexts.map { $0["marker"] ?? "" } == ["²²", "²²"])
  #expect(contexts.first?["section"] == "IL-6 and EGFR")

  let mostCited = answers["most-cited-works.rq"] ?? []
  #expect(mostCited.count == 20)
  #expect(mostCited.first?["title"]?.hasPrefix("Strategies to overcome bypass mechanisms") == true)
  #expect(mostCited.first?["inTextCitations"] == "2")
  #expect(mostCited.first?["citingArticles"] == "1")

  #expect(answers["uncited-references.rq"]?.isEmpty == true)
  // Claims (issue 4): the works cited for claims about STAT3, what IL-6 activates or inhibits,
  // and the review's own claims that cite nothing.
  let stat3 = answers["stat3-supporting-references.rq"] ?? []
  #expect(stat3.contains { $0["title"]?.hasPrefix("STAT3 activation in response to IL-6") == true })
  #expect(stat3.allSatisfy { $0["supports"]?.contains("STAT3") == true })
  let il6 = answers["il6-activates-inhibits.rq"] ?? []
  #expect(il6.contains { $0["targetLabel"] == "STAT3" && $0["predicate"]?.hasSuffix("activates") == true })
  #expect(il6.contains { $0["sentence"] == "IL-6 can directly activate STAT-3 through the JAK/STAT pathway." })
  let uncited = answers["claims-without-cited-evidence.rq"] ?? []
  #expect(uncited.contains { $0["sentence"] == "IL-6 can directly activate STAT-3 through the JAK/STAT pathway." })
}

/// Parses JSON `{query: [{variable: value}]}` printed by the Python checks.
private func decodeAnswers(_ text: String) throws -> [String: [[String: String]]] {
  let line = try #require(text.split(separator: "\n").last { $0.hasPrefix("ANSWERS ") })
  return try JSONDecoder().decode(
    [String: [[String: String]]].self, from: Data(line.dropFirst("ANSWERS ".count).utf8))
}

@Suite(.serialized) struct RDFRealClients {
  @Test func reviewRDFMatchesGoldens() throws {
    let (document, _) = try reviewDocument()
    try expectGolden(NTriplesWriter().write([document]), named: "il6-crosstalk-review.nt")
    try expectGolden(TurtleWriter().write([document]), named: "il6-crosstalk-review.ttl")
  }

  @Test func pyoxigraphParsesEveryFileStrictlyAndTheQueriesAnswer() throws {
    guard let python = try pythonWithOxigraph() else { return }
    let folder = try temporaryFolder(prefix: "citegraph-rdf")
    defer { try? FileManager.default.removeItem(at: folder) }
    let names = try writeRDF(to: folder)
    let queries = Fixtures.repositoryRoot.appendingPathComponent("queries").path
    let script = """
      import glob, json, os, sys
      import pyoxigraph as ox
      names = \(names)
      for name in names:
          nt = set(ox.parse(path=name + ".nt", format=ox.RdfFormat.N_TRIPLES))
          ttl = set(ox.parse(path=name + ".ttl", format=ox.RdfFormat.TURTLE))
          assert nt == ttl, (name, len(nt), len(ttl), list(nt ^ ttl)[:3])
          assert not any(isinstance(t, ox.BlankNode) for q in nt for t in (q.subject, q.object))
          print("PARSED", name, len(nt))
      corpus = ox.Store()
      corpus.load(path="corpus.nt", format=ox.RdfFormat.N_TRIPLES)
      print("CORPUS", len(corpus))
      store = ox.Store()
      store.load(path="review.nt", format=ox.RdfFormat.N_TRIPLES)
      answers = {}
      for path in sorted(glob.glob(os.path.join("\(queries)", "*.rq"))):
          results = store.query(open(path, encoding="utf-8").read())
          variables = [v.value for v in results.variables]
          answers[os.path.basename(path)] = [
              {v: s[v].value for v in variables if s[v] is not None} for s in results]
      print("ANSWERS " + json.dumps(answers, ensure_ascii=True))
      """
    try Data(script.utf8).write(to: folder.appendingPathComponent("check.py"))
    let result = try runTool(python, ["check.py"], in: folder)
    #expect(result.status == 0, "python: \(result.output.suffix(3000))")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.filter { $0.hasPrefix("PARSED ") }.count == names.count, "\(result.output.prefix(2000))")
    let reviewTriples = try reviewTripleCount()
    #expect(reviewTriples > 5000, "the golden review has claims and entity mentions")
    #expect(lines.contains("PARSED doc0 \(reviewTriples)"), "the review's triple count (with claims and entity mentions)")
    let corpusLine = lines.first { $0.hasPrefix("CORPUS ") }
    let reviewAndNasty = lines.filter { $0.hasPrefix("PARSED ") }
      .compactMap { Int($0.split(separator: " ").last ?? "") }.reduce(0, +)
    let corpusCount = corpusLine.flatMap { Int($0.dropFirst("CORPUS ".count)) } ?? 0
    #expect(corpusCount > reviewTriples && corpusCount < reviewAndNasty, "shared works are one node")
    guard result.status == 0 else { return }
    checkAnswers(try decodeAnswers(result.output))
  }

  @Test(.timeLimit(.minutes(1)))
  func oxigraphServerLoadsTheCorpusOverHTTPAndAnswers() throws {
    guard let python = try pythonWithOxigraph() else { return }
    let oxigraph = URL(fileURLWithPath: python).deletingLastPathComponent()
      .appendingPathComponent("oxigraph").path
    guard FileManager.default.isExecutableFile(atPath: oxigraph) else {
      Issue.record("no \(oxigraph); run `make deps` (requirements-dev.txt installs oxigraph)")
      return
    }
    let folder = try temporaryFolder(prefix: "citegraph-rdf")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try writeRDF(to: folder)
    let port = try runTool(
      python,
      ["-c", "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"],
      in: folder
    ).output.trimmingCharacters(in: .whitespacesAndNewlines)
    let graphdb = Fixtures.repositoryRoot.appendingPathComponent("scripts/graphdb.py").path
    let pidFile = folder.appendingPathComponent("oxigraph.pid").path
    let started = try runTool(
      python,
      [graphdb, "start", "--port", port, "--data", folder.appendingPathComponent("db").path,
       "--pid", pidFile, "--timeout", "20"],
      in: folder)
    defer {
      let stopped = try? runTool(python, [graphdb, "stop", "--pid", pidFile], in: folder)
      #expect(stopped?.status == 0, "stop: \(stopped?.output ?? "")")
      #expect(stopped?.output.contains("graphdb: stopped oxigraph") == true, "\(stopped?.output ?? "")")
    }
    #expect(started.status == 0, "start: \(started.output)")
    #expect(started.output.contains("started oxigraph"), "a server was already on port \(port)?")
    guard started.status == 0 else { return }

    let loaded = try runTool(python, [graphdb, "load", "--port", port, "review.nt"], in: folder)
    #expect(loaded.status == 0, "load: \(loaded.output)")
    let reviewTriples = try reviewTripleCount()
    #expect(loaded.output.hasSuffix(": \(reviewTriples) triples\n"), "\(loaded.output)")
    let again = try runTool(python, [graphdb, "load", "--port", port, "review.nt"], in: folder)
    #expect(again.output.hasSuffix(": \(reviewTriples) triples\n"), "PUT replaces the default graph: \(again.output)")

    var answers: [String: [[String: String]]] = [:]
    for name in try queryNames() {
      let path = Fixtures.repositoryRoot.appendingPathComponent("queries/\(name)").path
      let result = try runTool(python, [graphdb, "query", "--port", port, "--json", path], in: folder)
      #expect(result.status == 0, "\(name): \(result.output)")
      struct Results: Decodable {
        struct Head: Decodable { var vars: [String] }
        struct Bindings: Decodable { var bindings: [[String: [String: String]]] }
        var head: Head
        var results: Bindings
      }
      let decoded = try JSONDecoder().decode(Results.self, from: Data(result.output.utf8))
      answers[name] = decoded.results.bindings.map { $0.compactMapValues { $0["value"] } }
    }
    checkAnswers(answers)

    let corpus = try runTool(python, [graphdb, "load", "--port", port, "corpus.nt"], in: folder)
    #expect(corpus.status == 0, "load corpus: \(corpus.output)")
  }
}
