import ArgumentParser
import CellGrid
import LessonKit
import LossKit
import LossPlot

extension LessonsCommand {
    /// `losslab lessons show`: one lesson laid out as text, as the app shows it.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print one lesson as text: charts drawn, other interactive parts described, answers explained.",
            discussion: "Example: losslab lessons show 2 --width 72"
        )

        @Argument(help: ArgumentHelp("The lesson's number in the list (1 is the first) or its file name.", valueName: "lesson"))
        var lesson: String

        @Option(name: .customLong("lessons"), help: ArgumentHelp("Read the lessons from this folder instead.", valueName: "dir"))
        var folder: String?

        @Option(help: "The line width, from 20 to 1000.")
        var width = 80

        @Flag(help: "Use only ASCII characters.")
        var ascii = false

        func run() throws {
            guard (20...CellBuffer.maximumSide).contains(width) else {
                throw ValidationError("--width must be from 20 to \(CellBuffer.maximumSide), not \(width)")
            }
            let library = try LessonsCommand.library(folder)
            let chosen = library.lessons[try LessonsCommand.index(of: lesson, in: library.lessons)]
            let layout = LessonLayout(width: width, notation: ascii ? .ascii : .unicode)
            for line in layout.lines(chosen) {
                guard case let .directive(index, indent) = line else {
                    print(line.plainText)
                    continue
                }
                let directive = chosen.directives[index]
                if case let .chart(spec) = directive.kind {
                    let pad = String(repeating: " ", count: indent)
                    for row in chart(spec, width: width - indent) { print(pad + row) }
                }
                for text in layout.lines(directive, indent: indent) { print(text.plainText) }
                if case let .question(question) = directive.kind {
                    for line in answer(question, width: width - indent - 2) { print(String(repeating: " ", count: indent + 2) + line) }
                }
            }
        }

        /// A question's answer and explanation, word-wrapped, for the teacher's copy.
        private func answer(_ question: Question, width: Int) -> [String] {
            let text = "Answer: \(question.answerText(ascii ? .ascii : .unicode))" + (question.explanation.map { ". " + $0 } ?? "")
            return TextWrap.lines(ascii ? ASCIIText.transliterate(text) : text, width: max(10, width))
        }

        /// A chart directive drawn by LossPlot, 16 lines tall.
        private func chart(_ spec: ChartSpec, width: Int) -> [String] {
            spec.curves.chart(ascii ? .ascii : .unicode).lines(width: width, height: 16, mode: ascii ? .ascii : .braille)
        }
    }
}
