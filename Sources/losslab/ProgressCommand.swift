import ArgumentParser
import LessonKit

/// `losslab progress`: prints the learner's progress (`show`, the default) or resets it (`reset`).
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show or reset the progress saved for the lessons.",
        discussion: "Progress is kept in $XDG_STATE_HOME/losslab/progress.json (default ~/.local/state/losslab/).",
        subcommands: [Show.self, Reset.self],
        defaultSubcommand: Show.self
    )
}

extension ProgressCommand {
    /// `losslab progress [show]`: one line per lesson and the course's bar.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the progress per lesson (the default).")

        /// The two output formats.
        enum Format: String, CaseIterable, ExpressibleByArgument {
            case text, json
        }

        @OptionGroup var state: StateOptions

        @Option(name: .customLong("lessons"), help: ArgumentHelp("Read the lessons from this folder instead.", valueName: "dir"))
        var folder: String?

        @Option(help: "text or json.")
        var format: Format = .text

        @Flag(help: "Use only ASCII characters.")
        var ascii = false

        func run() throws {
            let library = try LessonsCommand.library(folder)
            let store = state.loadedStore()
            let report = ProgressReport(lessons: library.lessons, progress: store.current,
                                        stateFile: store.location?.progressFile)
            print(format == .json ? report.json() : report.text(ascii: ascii), terminator: "")
        }
    }
}
