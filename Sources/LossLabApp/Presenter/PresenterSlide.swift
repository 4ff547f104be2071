import CellGrid
import LessonKit
import LossKit

/// What the presenter draws for one step, laid out for a size: the slide's title or heading, then
/// its revealed blocks as pieces with their heights; charts share the rows that text and read-outs leave.
///
/// A value computed from the step and a `Rect`, like `LabLayout`, so tests can measure it.
struct PresenterSlide {
    /// One thing drawn on the slide.
    enum Piece {
        case text([StyledSpan])
        case chart(ChartSpec, indent: Int)
        /// A lab's losses as big digits (its summary is text above).
        case readout(BigReadout, indent: Int)
    }

    /// A piece in place: its height, and the block it belongs to (blocks give way whole).
    typealias Placed = (piece: Piece, height: Int, group: Int)

    /// The pieces in order; the oldest blocks give way when the slide is too tall.
    let pieces: [Placed]
    /// The groups that stay when older blocks give way: the title slide's title, a section's heading.
    let pinned: Set<Int>
    /// The text width and the left edge of the text.
    let width: Int
    let x: Int

    /// The fewest and most rows a chart is drawn in; between them it takes the room the text leaves,
    /// and at least two thirds of the slide, the oldest text giving way.
    static let chartRows = 8...30

    /// The group of the title slide's title lines.
    static let titleGroup = -1

    /// The slide for `presenter`'s step in `rect`, whose `room` rows hold the pieces.
    init(_ presenter: PresenterScreen, lessons: [Lesson], rect: Rect, room: Int, notation: Notation) {
        let lesson = lessons[presenter.lesson]
        width = max(10, min(rect.width - 2 * max(2, rect.width / 12), 100))
        x = rect.x + (rect.width - width) / 2
        let layout = LessonLayout(width: width, notation: notation)
        var pieces: [Placed] = []
        var pinned: Set<Int> = []
        if presenter.slide == 0 {
            var titled = lesson
            titled.blocks = []
            pieces += Self.texts(layout.lines(titled).dropLast(), group: Self.titleGroup)
            pieces.append((.text([StyledSpan("Lesson \(presenter.lesson + 1) of \(lessons.count)", .emphasis)]), 1, Self.titleGroup))
            pieces.append((.text([]), 1, Self.titleGroup))
            pinned.insert(Self.titleGroup)
        }
        var charts = 0
        for (group, block) in presenter.reveal.blocks(at: presenter.step, of: lesson).enumerated() {
            if case .heading = block.kind, group == 0 { pinned.insert(0) }
            if group > 0 { pieces.append((.text([]), 1, group)) }
            var alone = lesson
            alone.blocks = [block]
            for line in layout.lines(alone, title: false) {
                guard case let .directive(index, indent) = line else {
                    pieces += Self.texts([line], group: group)
                    continue
                }
                let directive = lesson.directives[index]
                switch directive.kind {
                case let .chart(spec):
                    pieces.append((.chart(spec, indent: indent), 0, group))
                    charts += 1
                    let captions = ReaderDocument.captionLines(spec.caption, width: width - indent, notation: notation)
                    pieces += captions.map { (.text([StyledSpan(String(repeating: " ", count: indent + 2) + $0, .emphasis)]), 1, group) }
                case let .lab(preset):
                    let summary = TextWrap.lines(directive.summary(notation), width: width - indent)
                    pieces += summary.map { (.text([StyledSpan(String(repeating: " ", count: indent) + $0, .code)]), 1, group) }
                    let readout = BigReadout(losses: preset.losses, values: preset.evaluations.map(\.value), notation: notation,
                                             width: width - indent)
                    pieces.append((.readout(readout, indent: indent), readout.height, group))
                case .question, .train:
                    pieces += Self.texts(layout.lines(directive, indent: indent), group: group)
                }
            }
        }
        let fixed = pieces.reduce(0) { $0 + $1.height }
        let share = charts == 0 ? 0 : max((room - fixed) / charts, room * 2 / 3 / charts)
        let chartRows = min(Self.chartRows.upperBound, max(Self.chartRows.lowerBound, share))
        self.pieces = pieces.map { placed in
            guard case .chart = placed.piece else { return placed }
            return (placed.piece, chartRows, placed.group)
        }
        self.pinned = pinned
    }

    /// The text lines among `lines` as pieces of `group`.
    private static func texts(_ lines: some Sequence<LayoutLine>, group: Int) -> [Placed] {
        lines.compactMap { line in
            guard case let .text(spans) = line else { return nil }
            return (.text(spans), 1, group)
        }
    }

    /// The pieces that fit in `height` rows: the pinned title or heading, then the newest blocks whole,
    /// the oldest between them left out, and the rows left over given to the newest chart; when even
    /// the newest block is too tall, its last rows alone.
    func shown(height: Int) -> [Placed] {
        let groups = pieces.map(\.group).reduce(into: [Int]()) { if $0.last != $1 { $0.append($1) } }
        func rows(_ group: Int) -> Int { pieces.filter { $0.group == group }.reduce(0) { $0 + $1.height } }
        var kept = Set(groups.filter(pinned.contains))
        var total = kept.reduce(0) { $0 + rows($1) }
        for group in groups.reversed() where !kept.contains(group) {
            guard total + rows(group) <= height else { break }
            kept.insert(group)
            total += rows(group)
        }
        guard let newest = groups.last, kept.contains(newest) else { return lastRows(height) }
        var shown = pieces.filter { kept.contains($0.group) }
        if let k = shown.lastIndex(where: { if case .chart = $0.piece { true } else { false } }) {
            shown[k].height = min(Self.chartRows.upperBound, shown[k].height + height - total)
        }
        return shown
    }

    /// The last pieces that fit in `height` rows.
    private func lastRows(_ height: Int) -> [Placed] {
        var total = 0
        var first = pieces.count
        while first > 0, total + pieces[first - 1].height <= height {
            first -= 1
            total += pieces[first].height
        }
        return Array(pieces[min(first, max(0, pieces.count - 1))...])
    }
}
