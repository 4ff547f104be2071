import CellGrid
import LessonKit
import LossKit

/// What the presenter draws for one step, laid out for a size: the slide's heading, then its revealed
/// pieces with their heights; charts share the rows that text and read-outs leave.
///
/// A value computed from the step and a `Rect`, like `LabLayout`, so tests can measure it.
struct PresenterSlide {
    /// One thing drawn on the slide.
    enum Piece {
        case text([StyledSpan])
        case chart(ChartSpec, indent: Int)
        /// A lab's losses as big digits, under its summary.
        case readout(Directive, indent: Int)
    }

    /// The pieces in order with their heights; the oldest give way when the slide is too tall.
    let pieces: [(piece: Piece, height: Int)]
    /// The text width and the left edge of the text.
    let width: Int
    let x: Int

    /// The fewest and most rows a chart is drawn in; between them it takes the room the text leaves,
    /// and at least two thirds of the slide, the oldest text giving way.
    static let chartRows = 8...30

    /// The slide for `presenter`'s step in `rect`, whose `room` rows hold the pieces.
    init(_ presenter: PresenterScreen, lessons: [Lesson], rect: Rect, room: Int, notation: Notation) {
        let lesson = lessons[presenter.lesson]
        width = max(10, min(rect.width - 2 * max(2, rect.width / 12), 100))
        x = rect.x + (rect.width - width) / 2
        let layout = LessonLayout(width: width, notation: notation)
        var pieces: [(Piece, Int)] = []
        if presenter.slide == 0 {
            var titled = lesson
            titled.blocks = []
            pieces += layout.lines(titled).dropLast().compactMap { line in
                guard case let .text(spans) = line else { return nil }
                return (.text(spans), 1)
            }
            pieces.append((.text([StyledSpan("Lesson \(presenter.lesson + 1) of \(lessons.count)", .emphasis)]), 1))
            pieces.append((.text([]), 1))
        }
        var alone = lesson
        alone.blocks = presenter.reveal.blocks(at: presenter.step, of: lesson)
        var charts = 0
        for line in layout.lines(alone, title: false) {
            switch line {
            case let .text(spans): pieces.append((.text(spans), 1))
            case let .directive(index, indent):
                let directive = lesson.directives[index]
                switch directive.kind {
                case let .chart(spec):
                    pieces.append((.chart(spec, indent: indent), 0))
                    charts += 1
                    let captions = ReaderDocument.captionLines(spec.caption, width: width - indent, notation: notation)
                    pieces += captions.map { (.text([StyledSpan(String(repeating: " ", count: indent + 2) + $0, .emphasis)]), 1) }
                case let .lab(preset):
                    pieces.append((.readout(directive, indent: indent), 1 + preset.losses.count * (BigDigits.height + 1)))
                case .question:
                    pieces += layout.lines(directive, indent: indent).compactMap { line in
                        guard case let .text(spans) = line else { return nil }
                        return (.text(spans), 1)
                    }
                }
            }
        }
        let fixed = pieces.reduce(0) { $0 + $1.1 }
        let share = charts == 0 ? 0 : max((room - fixed) / charts, room * 2 / 3 / charts)
        let chartRows = min(Self.chartRows.upperBound, max(Self.chartRows.lowerBound, share))
        self.pieces = pieces.map { piece, height in
            if case .chart = piece { return (piece, chartRows) }
            return (piece, height)
        }
    }

    /// The pieces that fit in `height` rows: the newest ones, with the oldest left out above them.
    func shown(height: Int) -> ArraySlice<(piece: Piece, height: Int)> {
        var total = 0
        var first = pieces.count
        while first > 0, total + pieces[first - 1].height <= height {
            first -= 1
            total += pieces[first].height
        }
        return pieces[min(first, max(0, pieces.count - 1))...]
    }
}
