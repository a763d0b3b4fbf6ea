import ArgumentParser

@main
struct Marsad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marsad",
        abstract: "Marsad (مرصد): a local-first conflict-event observatory for Syria and Iraq.",
        discussion: "Extract ACLED-coded events with provenance from news articles in English and Arabic.",
        version: "0.1.0",
        subcommands: [ExtractCommand.self, IngestCommand.self, EventsCommand.self, ExportCommand.self, StatsCommand.self,
                      ArticlesCommand.self, EvalCommand.self, GeocodeCommand.self, GazetteerCommand.self, BenchCommand.self,
                      ServeCommand.self, KeysCommand.self]
    )
}
