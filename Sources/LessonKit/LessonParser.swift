import CCmarkGFM
import LossKit

/// Turns a lesson file into a `Lesson`, recording every problem with its line.
public enum LessonParser {
    /// The lesson in `bytes` (the file `fileName`), or nil when there is none to show, with every problem.
    ///
    /// `path` is how diagnostics name the file, such as `Lessons/03-mse.md`.
    public static func parse(fileName: String, bytes: [UInt8], path: String? = nil) -> (lesson: Lesson?, diagnostics: [Diagnostic]) {
        let source = SourceText(bytes: bytes)
        var problems = source.problems
        let lesson = source.isBinary ? nil : parse(fileName: fileName, text: source.text, problems: &problems)
        let sorted = problems.diagnostics(file: path ?? fileName).enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return (lesson, sorted)
    }

    /// The lesson in `text`, already cleaned by `SourceText`.
    static func parse(fileName: String, text: String, problems: inout LineProblems) -> Lesson? {
        let tree = MarkdownTree(text)
        var converter = MarkdownConverter()
        let blocks = converter.blocks(MarkdownNode(pointer: tree.root).children)
        problems.append(converter.problems)
        guard let title = converter.title else {
            problems.add(1, "no title: begin the lesson with a level-1 heading, such as \"# Mean Squared Error\"")
            return nil
        }
        if blocks.isEmpty {
            problems.add(converter.titleLine, "the lesson is empty: write some text after the title")
            return nil
        }
        return Lesson(fileName: fileName, title: title, titleLine: converter.titleLine, coverage: converter.coverage, blocks: blocks,
                      directives: converter.directives, notes: converter.notes, pauses: converter.pauses)
    }
}

extension LineProblems {
    mutating func append(_ other: LineProblems) {
        for item in other.items { add(item.line, item.message) }
    }
}
