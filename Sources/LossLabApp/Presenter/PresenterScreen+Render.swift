import CellGrid
import LessonKit
import LossKit
import LossPlot

extension PresenterScreen {
    /// Draws the step on the whole screen: the slide's pieces, the place and the timer in the corners,
    /// and what `g` or `q` is asking; a blank screen when blanked.
    func render(into screen: inout CellBuffer, rect: Rect, _ context: ScreenContext) {
        screen.fill(rect, role: .normal)
        guard !blanked else { return }
        let notation = context.options.notation
        let room = rect.height - 3
        let slide = PresenterSlide(self, lessons: context.lessons, rect: rect, room: room, notation: notation)
        var y = rect.y + 1
        for (piece, height, _) in slide.shown(height: room) {
            let area = Rect(x: slide.x, y: y, width: slide.width, height: min(height, rect.maxY - 1 - y))
            guard area.height > 0 else { break }
            draw(piece, in: area, into: &screen, context)
            y += height
        }
        let place = "\(slide.slideNumber(self)) · \(step + 1)/\(reveal.steps.count)"
        screen.put(context.ascii ? ASCIIText.transliterate(place) : place, x: rect.maxX - place.displayWidth - 1, y: rect.maxY - 1, role: .dim)
        if timing || elapsed > .zero {
            let seconds = Int(elapsed.components.seconds)
            let clock = String(format2: seconds / 60) + ":" + String(format2: seconds % 60)
            screen.put(clock, x: rect.maxX - clock.count - 1, y: rect.y, role: timing ? .strong : .dim)
        }
        if let jump {
            screen.put("go to slide (1–\(reveal.slideCount)): \(jump)_   Enter: go   Esc: cancel".ascii(context.ascii), x: rect.x + 1,
                       y: rect.maxY - 1, role: .highlight)
        }
        if confirmingQuit { askQuit(into: &screen, rect: rect, ascii: context.ascii) }
    }

    private func draw(_ piece: PresenterSlide.Piece, in area: Rect, into screen: inout CellBuffer, _ context: ScreenContext) {
        let notation = context.options.notation
        switch piece {
        case let .text(spans):
            var x = area.x
            for span in spans { x = screen.put(span.text, x: x, y: area.y, role: span.role.styleRole) }
        case let .chart(spec, indent):
            let curves = spec.curves
            let rect = Rect(x: area.x + indent, y: area.y, width: area.width - indent, height: area.height)
            if let problem = curves.problem(notation) {
                _ = screen.putWrapped(problem, in: rect, role: .error)
            } else {
                curves.chart(notation).render(into: &screen, in: rect, mode: context.options.canvas)
            }
        case let .readout(readout, indent):
            readout.draw(into: &screen, x: area.x + indent, y: area.y, rows: area.height, ascii: context.ascii)
        }
    }

    /// The question `q` asks, in a box in the middle of the screen.
    private func askQuit(into screen: inout CellBuffer, rect: Rect, ascii: Bool) {
        let text = "Quit the presentation?   y: quit   n: stay"
        let width = min(rect.width, text.displayWidth + 4)
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + rect.height / 2 - 1, width: width, height: 3)
        screen.fill(box, role: .highlight)
        screen.put(TextWrap.shortened(text, width: width - 2), x: box.x + 2, y: box.y + 1, role: .highlight)
    }
}

extension PresenterSlide {
    /// "slide 2/7" for the presenter's corner.
    func slideNumber(_ presenter: PresenterScreen) -> String {
        "slide \(presenter.slide + 1)/\(presenter.reveal.slideCount)"
    }
}

extension String {
    /// A number of at least two digits, such as "07".
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }

    /// The text in ASCII when `ascii` is set.
    func ascii(_ ascii: Bool) -> String { ascii ? ASCIIText.transliterate(self) : self }
}
