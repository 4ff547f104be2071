import CellGrid
import LessonKit
import LossKit

/// A lesson file: parsing, linting and laying it out at three widths never crash, no control
/// character reaches a diagnostic or a laid-out line, and no line of text is wider than the layout.
func fuzz(_ bytes: [UInt8]) {
    let file = LessonFile(name: "01-fuzz.md", path: "Lessons/01-fuzz.md", bytes: bytes)
    for diagnostic in LessonLinter(requireFullCoverage: false).check([file], folder: "Lessons") {
        requirePrintable(diagnostic.description, "a diagnostic")
    }
    guard let lesson = LessonParser.parse(fileName: file.name, bytes: bytes).lesson else { return }
    requirePrintable(lesson.title, "the title")
    for width in [20, 47, 120] {
        for (notation, layout) in [Notation.unicode, .ascii].map({ ($0, LessonLayout(width: width, notation: $0)) }) {
            for line in layout.lines(lesson) {
                requirePrintable(line.plainText, "a line laid out at width \(width) in \(notation)")
                if case .text = line {
                    require(line.plainText.displayWidth <= width, "a line wider than \(width): \(line.plainText.debugDescription)")
                }
            }
        }
    }
}
