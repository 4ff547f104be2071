import ArgumentParser
import LessonKit
import LossKit

extension LessonsCommand {
    /// `losslab lessons show`: one lesson laid out as text, as the app shows it.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print one lesson as text, with a line for each interactive part.",
            discussion: "Example: losslab lessons show 2 --width 72"
        )

        @Argument(help: ArgumentHelp("The lesson's number in the list (1 is the first) or its file name.", valueName: "lesson"))
        var lesson: String

        @Option(name: .customLong("lessons"), help: ArgumentHelp("Read the lessons from this folder instead.", valueName: "dir"))
        var folder: String?

        @Option(help: "The line width, at least 20.")
        var width = 80

        @Flag(help: "Use only ASCII characters.")
        var ascii = false

        func run() throws {
            guard width >= 20 else { throw ValidationError("--width must be at least 20, not \(width)") }
            let library = try LessonsCommand.library(folder)
            let lessons = library.lessons
            guard let chosen = Int(lesson).flatMap({ $0 >= 1 && $0 <= lessons.count ? lessons[$0 - 1] : nil })
                ?? lessons.first(where: { $0.fileName == lesson || $0.slug == lesson }) else {
                throw CommandFailure("no lesson \"\(lesson)\"; give a number from 1 to \(lessons.count) or a file name")
            }
            let layout = LessonLayout(width: width, notation: ascii ? .ascii : .unicode)
            for line in layout.lines(chosen) {
                if case let .directive(index, indent) = line {
                    for text in layout.lines(chosen.directives[index], indent: indent) { print(text.plainText) }
                } else {
                    print(line.plainText)
                }
            }
        }
    }
}
