import CellGrid
import LessonKit
import LossKit
import ProgressKit

/// A lesson laid out for the reader: text lines and widget slots, each with its height in rows.
///
/// Widgets are as tall as their text: a question grows with its word-wrapped feedback, a chart
/// with its caption. Each item also knows how much text comes before it (`offsets`), which does
/// not change with the width, so a resize can keep the same words at the top.
struct ReaderDocument {
    /// One piece of the document.
    enum Item {
        case text([StyledSpan])
        /// Directive `index`'s widget, `indent` columns in, `height` rows tall.
        case widget(index: Int, indent: Int, height: Int)

        var height: Int {
            switch self {
            case .text: 1
            case let .widget(_, _, height): height
            }
        }
    }

    let items: [Item]
    /// The first row of each item.
    let rows: [Int]
    /// The number of visible characters (spaces not counted) before each item.
    let offsets: [Int]
    /// The total number of rows.
    let height: Int
    /// The lesson's text at this width and notation.
    let text: LessonText
    var layout: LessonLayout { text.layout }
    /// Rows of a chart's drawing (its caption comes below).
    let chartRows: Int

    /// Lays `lesson` out `width` columns wide for `reader` and the lesson's saved `record`, charts
    /// `chartRows` tall, ending with `end`.
    init(_ lesson: Lesson, reader: ReaderState, record: ProgressKit.LessonProgress, width: Int, notation: Notation, chartRows: Int, end: String) {
        text = LessonText.of(lesson, width: width, notation: notation)
        self.chartRows = chartRows
        var items: [Item] = []
        var weights: [Int] = []
        for line in text.lines {
            weights.append(line.weight)
            switch line.line {
            case let .text(spans):
                items.append(.text(spans))
            case let .directive(index, indent):
                let directive = lesson.directives[index]
                let room = width - indent
                let height: Int
                switch directive.kind {
                case let .chart(spec): height = chartRows + Self.captionLines(spec.caption, width: room, notation: notation).count + 1
                case .lab, .train: height = line.directiveText.count + 1
                case let .question(question):
                    height = line.directiveText.count + 1
                        + max(1, reader.panel(index, question, record: record, notation: notation).lines(width: room - 2).count)
                }
                items.append(.widget(index: index, indent: indent, height: height))
            }
        }
        items += [.text([]), .text([StyledSpan(end, .emphasis)])]
        weights += [0, 0]
        var rows: [Int] = []
        var offsets: [Int] = []
        var row = 0
        var offset = 0
        for (item, weight) in zip(items, weights) {
            rows.append(row)
            offsets.append(offset)
            row += item.height
            offset += weight
        }
        self.items = items
        self.rows = rows
        self.offsets = offsets
        height = row
    }

    /// A chart's caption, word-wrapped beside a margin of 2 in `width` columns.
    static func captionLines(_ caption: String?, width: Int, notation: Notation) -> [String] {
        guard let caption else { return [] }
        return TextWrap.lines(notation == .ascii ? ASCIIText.transliterate(caption) : caption, width: width - 2)
    }

    /// The first row of directive `index`'s widget.
    func row(ofWidget index: Int) -> Int? {
        for (k, item) in items.enumerated() {
            if case let .widget(i, _, _) = item, i == index { return rows[k] }
        }
        return nil
    }

    /// The height of directive `index`'s widget.
    func height(ofWidget index: Int) -> Int {
        for item in items {
            if case let .widget(i, _, h) = item, i == index { return h }
        }
        return 0
    }

    /// How much text comes before the item shown at `row`: a place in the lesson that a new width keeps.
    func anchor(atRow row: Int) -> Int {
        let k = rows.lastIndex { $0 <= row } ?? 0
        return offsets[k]
    }

    /// The first row of the item holding the text at `anchor`: the line it falls in at this width.
    func row(ofAnchor anchor: Int) -> Int {
        rows[offsets.lastIndex { $0 <= anchor } ?? 0]
    }
}
