import CellGrid
import LessonKit
import LossKit
import LossPlot

extension ReaderState {
    /// Draws the visible rows of the open lesson into `rect`, widgets included.
    func render(into screen: inout CellBuffer, rect: Rect, _ context: ScreenContext) {
        let lesson = context.lessons[self.lesson]
        let doc = document(context)
        let view = view(context)
        let target = target(doc, context)
        for (k, item) in doc.items.enumerated() {
            let top = doc.rows[k]
            let rows = top..<(top + item.height)
            guard rows.overlaps(view) else { continue }
            switch item {
            case let .text(spans):
                var x = rect.x + 2
                for span in spans { x = screen.put(span.text, x: x, y: rect.y + top - scroll, role: span.role.styleRole) }
            case let .widget(index, indent, height):
                let widget = renderWidget(lesson.directives[index], index: index, isTarget: index == target, doc: doc,
                                          width: textWidth(context) - indent, height: height, context)
                let visible = max(top, view.lowerBound)..<min(top + height, view.upperBound)
                screen.copy(widget, rows: (visible.lowerBound - top)..<(visible.upperBound - top), toX: rect.x + 2 + indent,
                            y: rect.y + visible.lowerBound - scroll)
                if index == target {
                    // A bar beside the widget Enter acts on (a pointer would double the ▶ of its summary).
                    for row in visible { screen.put(context.ascii ? "|" : "┃", x: rect.x, y: rect.y + row - scroll, role: .highlight) }
                }
            }
        }
    }

    /// One widget drawn on its own buffer, `width` × `height`; `isTarget` when Enter acts on it.
    private func renderWidget(_ directive: Directive, index: Int, isTarget: Bool, doc: ReaderDocument,
                              width: Int, height: Int, _ context: ScreenContext) -> CellBuffer {
        var widget = CellBuffer(width: width, height: height)
        let notation = context.options.notation
        func text(_ lines: [LayoutLine]) -> Int {
            for (row, line) in lines.enumerated() {
                guard case let .text(spans) = line else { continue }
                var x = 0
                for span in spans { x = widget.put(span.text, x: x, y: row, role: span.role.styleRole) }
            }
            return lines.count
        }
        switch directive.kind {
        case let .chart(spec):
            let curves = spec.curves
            if let problem = curves.problem(notation) {
                widget.putWrapped(problem, in: Rect(x: 0, y: 0, width: width, height: height), role: .error)
            } else {
                curves.chart(notation).render(into: &widget, in: Rect(x: 0, y: 0, width: width, height: doc.chartRows),
                                              mode: context.options.canvas)
                for (k, line) in ReaderDocument.captionLines(spec.caption, width: width, notation: notation).enumerated() {
                    widget.put(line, x: 2, y: doc.chartRows + k, role: .emphasis)
                }
            }
        case .lab:
            let row = text(doc.layout.lines(directive))
            widget.put("Enter: open in the Lab", x: 2, y: row, role: isTarget ? .highlight : .dim)
        case .train:
            let row = text(doc.layout.lines(directive))
            widget.put("Enter: open the Train screen", x: 2, y: row, role: isTarget ? .highlight : .dim)
        case let .question(question):
            let lines = doc.layout.lines(directive)
            let row = text(lines)
            let answering = focusedWidget == index && answerField != nil
            let panel = panel(index, question, context)
            if answering, let field = answerField, case .choice = question.answer,
               let picked = lines.indices.dropFirst().first(where: { lines[$0].plainText.drop { $0 == " " }.hasPrefix(field.text + ") ") }) {
                // The option the arrows (or the typed letter) pick stands out.
                widget.restyle(Rect(x: 0, y: picked, width: width, height: 1), role: .selected)
            }
            if answering, let field = answerField {
                let start = widget.put("Your answer (\(question.expectedForm)): ", x: 2, y: row, role: .strong)
                let (visible, cursor) = field.window(width: width - start - 1)
                widget.fill(Rect(x: start, y: row, width: width - start - 1, height: 1), role: .inputFocused)
                widget.put(visible, x: start, y: row, role: .inputFocused)
                if start + cursor < width { widget[start + cursor, row].role = .highlight }
            } else {
                let again = answers[index].map { $0.isRight ? "Enter: answer again" : "Enter: try again" } ?? "Enter: answer"
                let hint = focusedWidget == index ? panel.nextHint.map { "   h: " + $0 } ?? "" : ""
                widget.put(isTarget ? again + hint : "Tab: choose this question", x: 2, y: row, role: isTarget ? .highlight : .dim)
            }
            for (k, line) in panel.lines(width: width - 2).enumerated() { widget.put(line.text, x: 2, y: row + 1 + k, role: line.role) }
        }
        return widget
    }
}
