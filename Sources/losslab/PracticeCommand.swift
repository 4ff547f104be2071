import ArgumentParser
import LossLabApp

/// `losslab practice`: opens the app on the Practice screen.
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Practise with generated problems: mistakes named, hints in tiers, mastery per skill.",
        discussion: "Give --seed to get the same problems again (a class can work on the same set)."
    )

    @Option(help: "Generate the problems from this seed (a whole number), so they can be had again.")
    var seed: UInt64?

    @OptionGroup var display: DisplayArguments
    @OptionGroup var state: StateOptions

    func run() throws {
        try Interactive.open(Interactive.Start(page: .practice, ascii: display.ascii, noColor: display.noColor,
                                               lessons: display.lessons == nil ? nil : try display.lessonList(), location: state.location,
                                               seed: seed))
    }
}
