import CellGrid
import LessonKit
import LossKit
import LossPlot

extension AppState {
    /// Draws the visible rows of the open lesson, widgets included.
    func renderReader(into screen: inout CellBuffer) {
        guard let reader else { return }
        let lesson = lessons[reader.lesson]
        let doc = document(reader)
        let view = reader.scroll..<(reader.scroll + readerViewHeight)
        let left = 2
        for (k, item) in doc.items.enumerated() {
            let top = doc.rows[k]
            let rows = top..<(top + item.height)
            guard rows.overlaps(view) else { continue }
            switch item {
            case let .text(spans):
                var x = left
                for span in spans { x = screen.put(span.text, x: x, y: body.y + top - reader.scroll, role: span.role.styleRole) }
            case let .widget(index, indent, height):
                let widget = renderWidget(lesson.directives[index], index: index, reader: reader, layout: doc.layout,
                                          width: readerWidth - indent, height: height)
                let visible = max(top, view.lowerBound)..<min(top + height, view.upperBound)
                screen.copy(widget, rows: (visible.lowerBound - top)..<(visible.upperBound - top), toX: left + indent,
                            y: body.y + visible.lowerBound - reader.scroll)
                if reader.focusedWidget == index {
                    let pointer = options.ascii ? ">" : "▶"
                    for row in visible { screen.put(pointer, x: 0, y: body.y + row - reader.scroll, role: .highlight) }
                }
            }
        }
    }

    /// One widget drawn on its own screen, `width` × `height`.
    private func renderWidget(_ directive: Directive, index: Int, reader: ReaderState, layout: LessonLayout,
                              width: Int, height: Int) -> CellBuffer {
        var widget = CellBuffer(width: width, height: height)
        let notation = options.notation
        func text(_ lines: [LayoutLine]) -> Int {
            for (row, line) in lines.enumerated() {
                guard case let .text(spans) = line else { continue }
                var x = 0
                for span in spans { x = widget.put(span.text, x: x, y: row, role: span.role.styleRole) }
            }
            return lines.count
        }
        let focused = reader.focusedWidget == index
        switch directive.kind {
        case let .chart(spec):
            let curves = spec.curves
            if let problem = curves.problem(notation) {
                widget.put(problem, x: 0, y: 0, role: .error)
            } else {
                curves.chart(notation).render(into: &widget, in: Rect(x: 0, y: 0, width: width, height: height - 2), mode: options.canvas)
                if let caption = spec.caption {
                    widget.put(options.ascii ? ASCIIText.transliterate(caption) : caption, x: 2, y: height - 2, role: .emphasis)
                }
            }
        case .lab:
            let row = text(layout.lines(directive))
            widget.put("Enter: open in the Lab", x: 2, y: row, role: focused ? .highlight : .dim)
        case let .question(question):
            let row = text(layout.lines(directive))
            if focused, let field = reader.answerField {
                let start = widget.put("Your answer (\(question.expectedForm)): ", x: 2, y: row, role: .strong)
                let (visible, cursor) = field.window(width: width - start - 1)
                widget.fill(Rect(x: start, y: row, width: width - start - 1, height: 1), role: .inputFocused)
                widget.put(visible, x: start, y: row, role: .inputFocused)
                if start + cursor < width { widget[start + cursor, row].role = .highlight }
            } else {
                widget.put(focused ? "Enter: answer" : "Tab: choose this question", x: 2, y: row, role: focused ? .highlight : .dim)
            }
            if focused, reader.answerField != nil, let notice = reader.answerNotice {
                widget.put(options.ascii ? ASCIIText.transliterate(notice) : notice, x: 2, y: row + 1, role: .error)
            } else if let answer = reader.answers[index] {
                let feedback = answer.isRight
                    ? "\(options.ascii ? "Right" : "✓ Right"): \(question.answerText(notation))" + (question.explanation.map { ". " + $0 } ?? "")
                    : "\(options.ascii ? "Not quite" : "✗ Not quite") (\"\(answer.typed)\"). Hint: \(question.hint)"
                widget.put(options.ascii ? ASCIIText.transliterate(feedback) : feedback, x: 2, y: row + 1,
                           role: answer.isRight ? .success : .error)
            }
        }
        return widget
    }
}
