import ArgumentParser
import LessonKit

extension LessonsCommand {
    /// `losslab lessons list`: the lessons in order, with their titles.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the lessons in order with their titles.",
            discussion: "Without --lessons, the lessons built into losslab are listed."
        )

        @Option(name: .customLong("lessons"), help: ArgumentHelp("Read the lessons from this folder instead.", valueName: "dir"))
        var folder: String?

        @Flag(help: "Use only ASCII characters.")
        var ascii = false

        func run() throws {
            let library = try LessonsCommand.library(folder)
            let nameWidth = library.lessons.map { DisplayWidth.of($0.fileName) }.max() ?? 0
            for lesson in library.lessons {
                let pad = String(repeating: " ", count: nameWidth - DisplayWidth.of(lesson.fileName))
                let line = "\(lesson.fileName)\(pad)  \(lesson.title)"
                print(ascii ? ASCIIText.transliterate(line) : line)
            }
            if !library.diagnostics.isEmpty {
                for d in library.diagnostics { LessonsCommand.printError(d.description) }
                LessonsCommand.printError("(run \"losslab lessons check \(folder ?? "Lessons")\" for a full check)")
            }
            if library.lessons.isEmpty { throw ExitCode(1) }
        }
    }
}
