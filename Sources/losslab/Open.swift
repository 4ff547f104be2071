import ArgumentParser

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

    func run() throws {
        try Interactive.open(Interactive.Start(ascii: display.ascii, noColor: display.noColor,
                                               lessons: display.lessons == nil ? nil : try display.lessonList(), location: state.location))
    }
}
