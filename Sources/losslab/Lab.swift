import ArgumentParser
import LossLabApp

/// `losslab lab`: opens the app straight in the Lab with the given values (else the saved ones).
struct Lab: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the Lab with your own x and x̂.",
        discussion: "Example: losslab lab --loss bce --x 1,0,1 --xhat 0.9,0.2,0.6"
    )

    @OptionGroup var values: LabArguments
    @OptionGroup var display: DisplayArguments
    @OptionGroup var state: StateOptions

    func run() throws {
        let options = Interactive.options(ascii: display.ascii)
        // Without any Lab option, the Lab opens on the values saved last time (or the example).
        let c = values.computation
        let chosen = values.isGiven || c.logits || c.convention != .exact || c.reduction != .mean || c.dtype != .float64
        let given = chosen ? try values.labState(notation: options.notation) : nil
        try Interactive.open(Interactive.Start(page: .lab, lab: given, ascii: display.ascii, noColor: display.noColor,
                                               lessons: display.lessons == nil ? nil : try display.lessonList(), location: state.location))
    }
}
