import ArgumentParser
import LossLabApp

/// `losslab lab`: opens the app straight in the Lab with the given values.
struct Lab: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the Lab with your own x and x̂.",
        discussion: "Example: losslab lab --loss bce --x 1,0,1 --xhat 0.9,0.2,0.6"
    )

    @OptionGroup var values: LabArguments
    @OptionGroup var display: DisplayArguments

    func run() throws {
        let options = Interactive.options(ascii: display.ascii)
        let lab = try values.labState(notation: options.notation)
        let bundled = display.lessons == nil
        let state = bundled
            ? AppState(width: 0, height: 0, options: options, catalog: Interactive.bundledCatalog, page: .lab, lab: lab)
            : AppState(width: 0, height: 0, options: options, lessons: try display.lessonList(), page: .lab, lab: lab)
        try Interactive.run(state, noColor: display.noColor, bundledLessons: bundled)
    }
}
