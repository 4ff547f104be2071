import ArgumentParser
import LossLabApp

/// The `losslab` command: the app, and subcommands that print to standard output.
@main
struct LossLab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "losslab",
        abstract: "Learn how an autoencoder's reconstruction is scored by MSE and BCE.",
        discussion: "Without a subcommand, opens the interactive app (it needs a terminal).",
        subcommands: [Explain.self, PlotCommand.self, LessonsCommand.self, Lab.self, ScreenCommand.self]
    )

    @OptionGroup var display: DisplayArguments

    /// Opens the app on its contents page.
    func run() throws {
        try Interactive.run(AppState(width: 0, height: 0, options: Interactive.options(display),
                                         lessons: try display.lessonList()), display: display)
    }
}
