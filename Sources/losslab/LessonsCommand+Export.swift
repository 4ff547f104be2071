import ArgumentParser
import Handouts
import LessonKit
import StateStore

extension Handout.Format: ExpressibleByArgument {}

extension LessonsCommand {
    /// `losslab lessons export`: a printable handout of one lesson or all of them.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a handout of lessons: text, computed numbers, charts, questions and an answer key.",
            discussion: """
                Markdown and text draw the charts as text; HTML is one self-contained file with the charts \
                as SVG, styled to print on A4 or Letter with each lesson on a new page. \
                Example: losslab lessons export 5 --format html --answers --out lesson5.html
                """
        )

        @Argument(help: ArgumentHelp("A lesson's number (1 is the first), its file name, or all.", valueName: "lesson"))
        var lesson = "all"

        @Option(help: ArgumentHelp("markdown, html or text.", valueName: "format"))
        var format: Handout.Format = .markdown

        @Flag(help: "Add each question's explanation, hints and worked step to the answer key.")
        var answers = false

        @Flag(help: "Print the teacher's speaker notes where they stand.")
        var notes = false

        @Option(help: ArgumentHelp("Write the handout to this file instead of standard output.", valueName: "file"))
        var out: String?

        @Option(name: .customLong("lessons"), help: ArgumentHelp("Read the lessons from this folder instead.", valueName: "dir"))
        var folder: String?

        func run() throws {
            let library = try LessonsCommand.library(folder)
            let lessons = library.lessons
            let chosen: [HandoutLesson]
            if lesson == "all" {
                chosen = lessons.enumerated().map { HandoutLesson(number: $0 + 1, lesson: $1) }
            } else {
                let k = try LessonsCommand.index(of: lesson, in: lessons, allowingAll: true)
                chosen = [HandoutLesson(number: k + 1, lesson: lessons[k])]
            }
            let document = Handout(lessons: chosen, answers: answers, notes: notes).render(format)
            guard let out else {
                print(document, terminator: "")
                return
            }
            if let failure = AtomicFile.write(document, to: out) {
                throw CommandFailure("cannot write the handout to \(out): \(failure)")
            }
        }
    }
}
