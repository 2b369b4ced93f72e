import ArgumentParser

/// `citegraph`: review articles in, citation graph out.
@main
struct Citegraph: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "citegraph",
    abstract: "Turn review articles (plain text or JATS XML) into a citation graph.",
    discussion: """
      Diagnostics go to standard error as 'file:line: severity: message [code]'; data goes to \
      files or standard output. Exit status: 0 all good, 1 some input failed (the rest is \
      still written), 64 usage error.
      """,
    subcommands: [
      Run.self, Refs.self, Ingest.self, ExtractCommand.self, ExportCommand.self, ClaimPairsCommand.self,
      SentencesCommand.self,
    ],
    defaultSubcommand: nil)
}
