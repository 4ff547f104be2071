import ArgumentParser

/// `losslab app` (and `losslab` alone): opens the interactive app on its contents page.
struct AppCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "app",
        abstract: "Open the interactive app (what `losslab` alone does); it needs a terminal."
    )

    @OptionGroup var display: DisplayArguments

    func run() throws {
        try Interactive.openContents(ascii: display.ascii, noColor: display.noColor, folder: display.lessons,
                                     loadFolder: display.lessonList)
    }
}
