import LessonKit
import LossKit

/// A lesson laid out for the reader: text lines and widget slots, each with its height in rows.
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
    /// The total number of rows.
    let height: Int
    let layout: LessonLayout

    /// Rows a chart widget takes.
    static let chartHeight = 14

    /// Lays `lesson` out `width` columns wide.
    init(_ lesson: Lesson, width: Int, notation: Notation) {
        layout = LessonLayout(width: width, notation: notation)
        var items: [Item] = []
        for line in layout.lines(lesson, title: false) {
            switch line {
            case let .text(spans):
                items.append(.text(spans))
            case let .directive(index, indent):
                let height: Int
                switch lesson.directives[index].kind {
                case .chart: height = Self.chartHeight
                case .lab: height = layout.lines(lesson.directives[index], indent: indent).count + 1
                case .question: height = layout.lines(lesson.directives[index], indent: indent).count + 2
                }
                items.append(.widget(index: index, indent: indent, height: height))
            }
        }
        var rows: [Int] = []
        var row = 0
        for item in items {
            rows.append(row)
            row += item.height
        }
        self.items = items
        self.rows = rows
        height = row
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
}
