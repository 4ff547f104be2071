import CellGrid
import LessonKit
import LossKit
import ProgressKit

extension ReaderState {
    /// The reader's text width: the body less margins, at most 96 columns for comfortable lines.
    func textWidth(_ context: ScreenContext) -> Int { max(10, min(context.body.width - 4, 96)) }

    /// The rows the reader shows at once.
    func viewHeight(_ context: ScreenContext) -> Int { max(1, context.body.height) }

    /// A chart's drawing: the view less six rows for its caption and the text around it, from 10 to
    /// 24 rows, so it grows with the terminal.
    func chartRows(_ context: ScreenContext) -> Int { min(24, max(10, viewHeight(context) - 6)) }

    /// The open lesson laid out at the context's size.
    func document(_ context: ScreenContext) -> ReaderDocument {
        let last = lesson + 1 >= context.lessons.count
        let dash = context.ascii ? "--" : "—"
        let end = "\(dash) end of lesson \(lesson + 1) \(dash)  " + (last ? "n or t: contents" : "n: next lesson   t: contents")
        return ReaderDocument(context.lessons[lesson], reader: self, record: context.course[lesson: context.lessons[lesson].slug],
                              width: textWidth(context), notation: context.options.notation, chartRows: chartRows(context), end: end)
    }

    /// The rows on screen, as document rows.
    func view(_ context: ScreenContext) -> Range<Int> { scroll..<(scroll + viewHeight(context)) }

    /// The lab and question widgets of the lesson, in reading order: the ones Tab and Enter act on.
    func interactiveWidgets(_ context: ScreenContext) -> [Int] {
        let directives = context.lessons[lesson].directives
        return directives.indices.filter {
            if case .chart = directives[$0].kind { false } else { true }
        }
    }

    /// The widget Enter acts on: the focused one while any of it is on screen, else the first
    /// interactive widget on screen.
    func target(_ doc: ReaderDocument, _ context: ScreenContext) -> Int? {
        let view = view(context)
        func visible(_ index: Int) -> Bool {
            guard let row = doc.row(ofWidget: index) else { return false }
            return (row..<(row + doc.height(ofWidget: index))).overlaps(view)
        }
        if let focusedWidget, visible(focusedWidget) { return focusedWidget }
        return interactiveWidgets(context).first(where: visible)
    }

    /// Whether the last row of the lesson is on screen.
    func atEnd(_ context: ScreenContext) -> Bool { scroll + viewHeight(context) >= document(context).height }

    /// What is shown under question `index`: the verdict, the hints asked for, the answer once shown.
    func panel(_ index: Int, _ question: Question, record: ProgressKit.LessonProgress, notation: Notation) -> QuestionPanel {
        QuestionPanel(question: question, answer: answers[index], notice: answerNotice, typing: focusedWidget == index && answerField != nil,
                      record: record.questions[QuestionProgress.key(prompt: question.prompt)] ?? QuestionProgress(),
                      notation: notation, answerText: question.answerText(notation))
    }

    /// The panel of question `index` with the progress as `context` has it.
    func panel(_ index: Int, _ question: Question, _ context: ScreenContext) -> QuestionPanel {
        panel(index, question, record: context.course[lesson: context.lessons[lesson].slug], notation: context.options.notation)
    }
}
