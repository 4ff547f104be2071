import CellGrid
import ArgumentParser
import LessonKit
import LossKit

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
            guard let folder else {
                // The built-in lessons' titles are known without parsing them.
                print(rows(BundledLessons.contents.map { ($0.fileName, $0.title) }), terminator: "")
                return
            }
            let library = try LessonsCommand.library(folder)
            print(rows(library.lessons.map { ($0.fileName, $0.title) }), terminator: "")
            if !library.diagnostics.isEmpty {
                for d in library.diagnostics { StandardError.print(d.description) }
                StandardError.print("(run \"losslab lessons check \(folder)\" for a full check)")
            }
            if library.lessons.isEmpty { throw ExitCode(1) }
        }

        /// One line per lesson, file names padded to one width, then titles.
        private func rows(_ lessons: [(fileName: String, title: String)]) -> String {
            let nameWidth = lessons.map { $0.fileName.displayWidth }.max() ?? 0
            return lessons.map { lesson in
                let pad = String(repeating: " ", count: nameWidth - lesson.fileName.displayWidth)
                let line = "\(lesson.fileName)\(pad)  \(lesson.title)\n"
                return ascii ? ASCIIText.transliterate(line) : line
            }.joined()
        }
    }
}
