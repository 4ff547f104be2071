// libFuzzer: -max_len=1024
import CellGrid
import LessonKit
import LossKit

/// A lesson file: parsing, linting and laying it out never crash, no control character reaches a
/// diagnostic or a laid-out line, and no line of text is wider than the layout.
///
/// Each input is laid out once, at a width (20 to 120) and in a notation taken from its length, so
/// a run stays cheap and the corpus still covers narrow, wide, Unicode and ASCII layouts. Inputs are
/// at most 1 KiB (the line above sets libFuzzer's `-max_len`): the work grows with the length, and a
/// kilobyte holds every kind of block; the seeds `directives.md` and `blocks.md` fit in it.
func fuzz(_ bytes: [UInt8]) {
    let file = LessonFile(name: "01-fuzz.md", path: "Lessons/01-fuzz.md", bytes: bytes)
    for diagnostic in LessonLinter(requireFullCoverage: false).check([file], folder: "Lessons") {
        requirePrintable(diagnostic.description, "a diagnostic")
    }
    guard let lesson = LessonParser.parse(fileName: file.name, bytes: bytes).lesson else { return }
    requirePrintable(lesson.title, "the title")
    let width = 20 + bytes.count % 101
    let notation: Notation = bytes.count % 2 == 0 ? .unicode : .ascii
    for line in LessonLayout(width: width, notation: notation).lines(lesson) {
        requirePrintable(line.plainText, "a line laid out at width \(width) in \(notation)")
        if case .text = line {
            require(line.plainText.displayWidth <= width, "a line wider than \(width): \(line.plainText.debugDescription)")
        }
    }
}
