import ArgumentParser
import LossLabApp

/// The `losslab` command: the app, and subcommands that print to standard output.
@main
struct LossLab: ParsableCommand {
    /// The version `losslab --version` prints; the one place it is written.
    static let version = "0.13.0"

    static let configuration = CommandConfiguration(
        commandName: "losslab",
        abstract: "Learn how an autoencoder's reconstruction is scored by MSE and BCE.",
        discussion: "Without a subcommand, opens the interactive app (it needs a terminal).",
        version: version,
        subcommands: [Open.self, Explain.self, PlotCommand.self, LessonsCommand.self, Lab.self, PracticeCommand.self, ScreenCommand.self,
                      ProgressCommand.self, TrainCommand.self, Present.self, NotesCommand.self],
        defaultSubcommand: Open.self
    )

    /// Starts the app at once when no argument is given (the argument parser's set-up costs milliseconds
    /// of start-up); everything else goes through the parser.
    static func main() {
        guard CommandLine.arguments.count == 1 else { return runParsed() }
        do {
            try Interactive.open(Interactive.Start(location: StateOptions.location(stateDir: nil, noSave: false)))
        } catch {
            exitEscaped(error)
        }
    }

    /// Parses the command line and runs the command it names.
    private static func runParsed() {
        var command: ParsableCommand
        do { command = try parseAsRoot() } catch { exitEscaped(error) }
        do { try command.run() } catch { exitEscaped(error, from: type(of: command)) }
    }

    /// Exits as the argument parser would for `error` (help and version on standard output with
    /// status 0; errors on standard error), but with every control character in an error message
    /// escaped: the parser quotes arguments as typed, and an argument may hold `ESC [ 2 J`.
    ///
    /// Status 64 means the command line is wrong (the parser's errors and `ValidationError`), 1 that
    /// the data or files are wrong or the work failed, 2 that the app needs a terminal.
    /// A `ValidationError` thrown while `command` runs is shown with that command's help hint.
    private static func exitEscaped(_ error: Error, from command: ParsableCommand.Type? = nil) -> Never {
        let code = exitCode(for: error)
        var message = fullMessage(for: error)
        if let command, error is ValidationError {
            message = "Error: \(error)\n  See 'losslab \(commandPath(command)) --help' for more information."
        }
        if !message.isEmpty {
            if code == .success { print(message) } else { StandardError.print(message) }
        }
        exit(withError: code)
    }

    /// The names that lead from `losslab` to `command`, such as `lessons show`.
    private static func commandPath(_ command: ParsableCommand.Type) -> String {
        func path(from node: ParsableCommand.Type) -> [String]? {
            if node == command { return [node._commandName] }
            for sub in node.configuration.subcommands {
                if let rest = path(from: sub) { return [node._commandName] + rest }
            }
            return nil
        }
        return (path(from: self) ?? [command._commandName]).dropFirst().joined(separator: " ")
    }
}
