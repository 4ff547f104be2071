import ArgumentParser

/// The `losslab` command: the app, and subcommands that print to standard output.
@main
struct LossLab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "losslab",
        abstract: "Learn how an autoencoder's reconstruction is scored by MSE and BCE.",
        subcommands: [Explain.self, PlotCommand.self, LessonsCommand.self]
    )
}
