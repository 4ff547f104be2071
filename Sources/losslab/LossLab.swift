import ArgumentParser
import LossLabApp

/// The `losslab` command: the app, and subcommands that print to standard output.
@main
struct LossLab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "losslab",
        abstract: "Learn how an autoencoder's reconstruction is scored by MSE and BCE.",
        discussion: "Without a subcommand, opens the interactive app (it needs a terminal).",
        subcommands: [Open.self, Explain.self, PlotCommand.self, LessonsCommand.self, Lab.self, PracticeCommand.self, ScreenCommand.self,
                      ProgressCommand.self, TrainCommand.self, Present.self, NotesCommand.self],
        defaultSubcommand: Open.self
    )

    /// Starts the app at once when no argument is given (the argument parser's set-up costs milliseconds
    /// of start-up); everything else goes through the parser.
    static func main() {
        guard CommandLine.arguments.count == 1 else { return main(nil) }
        do {
            try Interactive.open(Interactive.Start(location: StateOptions.location(stateDir: nil, noSave: false)))
        } catch {
            exit(withError: error)
        }
    }
}
