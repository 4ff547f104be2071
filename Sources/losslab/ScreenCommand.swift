import ArgumentParser
import CellGrid
import LossLabApp

/// `losslab screen`: runs the app without a terminal and prints the final screen as text.
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Render the app headless after a key sequence and print the screen as text.",
        discussion: """
            Keys: ordinary characters stand for themselves; <Enter> <Esc> <Tab> <S-Tab> <Space> <BS> <Del> \
            <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <C-x> (Ctrl and a letter), <lt> for a \
            literal "<", <Resize WxH>, <Tick> (one tick) and <Wait 100ms> (as many ticks as the open screen's \
            tick interval fits in that time; none on a still screen). Example: losslab screen --size 80x24 --keys 'l<Space><Space>]'
            """
    )

    @Option(help: "The screen size, WIDTHxHEIGHT, such as 80x24.")
    var size: String = "80x24"

    @Option(help: "The keys to press, in the notation above.")
    var keys: String = ""

    @Option(help: ArgumentHelp("Start in the presenter on this lesson (a number or a file name).", valueName: "lesson"))
    var present: String?

    @OptionGroup var values: LabArguments
    @OptionGroup var display: DisplayArguments

    @Flag(help: "Start on the Train screen (the generated shapes, default settings).")
    var train = false

    func run() throws {
        let (width, height) = try Self.parseSize(size)
        let options = AppOptions(ascii: display.ascii, colour: !display.noColor)
        let lab = try values.labState(notation: options.notation)
        let lessons = try display.lessonList()
        let page = try present.map { Page.presenter(try LessonsCommand.index(of: $0, in: lessons)) } ?? (values.isGiven ? .lab : .contents)
        var state = AppState(width: width, height: height, options: options, lessons: lessons, page: page, lab: lab)
        if train { state.openTrain(TrainScreen(generated: .shapes)) }
        let events: [KeyNotation.Step]
        do { events = try KeyNotation.parse(keys) } catch { throw ValidationError("--keys: \(error.message)") }
        LossLabApp.run(&state, events)
        LossLabApp.settle(&state)
        print(LossLabApp.render(state).text, terminator: "")
    }

    /// Reads `WxH`, each from 1 to `CellBuffer.maximumSide`.
    static func parseSize(_ text: String) throws -> (Int, Int) {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        let sides = 1...CellBuffer.maximumSide
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), sides.contains(w), sides.contains(h) else {
            throw ValidationError("--size: \"\(text)\" is not WIDTHxHEIGHT with both from 1 to \(sides.upperBound), such as 80x24")
        }
        return (w, h)
    }
}
