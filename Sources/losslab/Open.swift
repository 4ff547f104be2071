import ArgumentParser
import LossLabApp

/// `losslab open` (the default): the interactive app on its contents page.
///
/// A subcommand of its own, so that its options (`--ascii`, `--no-color`, `--lessons`, `--state-dir`)
/// belong to it and never swallow the same flags given to `explain`, `plot` or `lessons`.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the interactive app (the default; it needs a terminal)."
    )

    @OptionGroup var display: DisplayArguments
    @OptionGroup var state: StateOptions

    @Flag(help: "Open on the Train screen (an autoencoder learning the generated shapes); see also `losslab train --watch`.")
    var train = false

    func run() throws {
        try Interactive.open(Interactive.Start(ascii: display.ascii, noColor: display.noColor,
                                               lessons: display.lessons == nil ? nil : try display.lessonList(), location: state.location,
                                               train: train ? TrainScreen(generated: .shapes) : nil))
    }
}
