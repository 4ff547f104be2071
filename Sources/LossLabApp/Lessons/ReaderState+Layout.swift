import CellGrid
import LessonKit
import LossKit

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
        return ReaderDocument(context.lessons[lesson], reader: self, width: textWidth(context), notation: context.options.notation,
                              chartRows: chartRows(context), end: end)
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

    /// The text under question `index`, word-wrapped for a widget `width` wide, and its role: the
    /// notice while an answer is typed, else the last answer's verdict with the hint or explanation.
    func feedback(_ index: Int, _ question: Question, notation: Notation, width: Int) -> (lines: [String], role: StyleRole)? {
        let ascii = notation == .ascii
        let text: String
        let role: StyleRole
        if focusedWidget == index, answerField != nil {
            guard let answerNotice else { return nil }
            (text, role) = (answerNotice, .error)
        } else if let answer = answers[index] {
            text = answer.isRight
                ? "\(ascii ? "Right" : "✓ Right"): \(question.answerText(notation))" + (question.explanation.map { ". " + $0 } ?? "")
                : "\(ascii ? "Not quite" : "✗ Not quite") (\"\(answer.typed)\"). Hint: \(question.hint)"
            role = answer.isRight ? .success : .error
        } else {
            return nil
        }
        return (TextWrap.lines(ascii ? ASCIIText.transliterate(text) : text, width: width - 2), role)
    }
}
