import CellGrid
import LossKit

/// Lays a lesson out at a given width as styled lines, leaving a slot where each directive goes.
///
/// Pure and cheap: the app calls it again whenever the width changes. In ASCII notation every
/// piece of text is transliterated first (x̂ → xhat, Σ → sum, box lines → `+-|`), so widths are
/// measured on what is shown.
public struct LessonLayout: Sendable {
    /// The widest a line may be, in columns (at least 1).
    public let width: Int
    public let notation: Notation

    public init(width: Int, notation: Notation = .unicode) {
        self.width = max(1, width)
        self.notation = notation
    }

    /// The lines of `lesson`: its title (unless `title` is false), then its blocks, a blank line between blocks.
    public func lines(_ lesson: Lesson, title: Bool = true) -> [LayoutLine] {
        var out: [LayoutLine] = []
        if title {
            out += TextWrapper(width: width).lines([StyledSpan(shown(lesson.title), .title)]).map(LayoutLine.text)
            out.append(.text([]))
        }
        out += blocks(lesson.blocks, width: width)
        return out
    }

    /// Text as shown in this notation.
    func shown(_ text: String) -> String {
        let expanded = text.contains("\t") ? text.split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ") : text
        return notation == .ascii ? ASCIIText.transliterate(expanded) : expanded
    }

    /// Blocks one after another, separated by a blank line.
    func blocks(_ blocks: [Block], width: Int) -> [LayoutLine] {
        var out: [LayoutLine] = []
        for (i, block) in blocks.enumerated() {
            if i > 0 { out.append(.text([])) }
            out += self.block(block, width: width)
        }
        return out
    }

    private func block(_ block: Block, width: Int) -> [LayoutLine] {
        let wrapper = TextWrapper(width: width)
        switch block.kind {
        case let .heading(_, runs):
            return wrapper.lines(spans(runs).map { StyledSpan($0.text, .heading) }).map(LayoutLine.text)
        case let .paragraph(runs):
            return wrapper.lines(spans(runs)).map(LayoutLine.text)
        case let .list(ordered, start, items):
            return list(ordered: ordered, start: start, items: items, width: width)
        case let .quote(inner):
            guard width > 6 else { return blocks(inner, width: width) }
            let bar = notation == .ascii ? "| " : "│ "
            return indented(blocks(inner, width: width - 2), by: StyledSpan(bar, .quote))
        case let .code(text):
            return preformatted(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                                role: .code, width: width)
        case let .formula(lines):
            return preformatted(lines, role: .formula, width: width)
        case let .table(table):
            return TableLayout(table: table, layout: self).lines(width: width)
        case .rule:
            return [.text([StyledSpan(String(repeating: notation == .ascii ? "-" : "─", count: width), .rule)])]
        case let .directive(index):
            return [.directive(index: index, indent: 0)]
        }
    }

    /// The runs of a paragraph as spans in their roles.
    func spans(_ runs: [InlineRun]) -> [StyledSpan] {
        runs.map { run in
            switch run.style {
            case .plain: StyledSpan(shown(run.text), .body)
            case .emphasis: StyledSpan(shown(run.text), .emphasis)
            case .strong: StyledSpan(shown(run.text), .strong)
            case .code: StyledSpan(shown(run.text), .code)
            case .value: StyledSpan(shown(run.text), .value)
            case .link: StyledSpan(shown(run.text), .link)
            case .lineBreak: StyledSpan("\n", .body)
            }
        }
    }

    /// Code or formula lines, two columns in, cut where they are too wide.
    private func preformatted(_ lines: [String], role: SpanRole, width: Int) -> [LayoutLine] {
        let margin = width > 8 ? 2 : 0
        let wrapper = TextWrapper(width: width - margin)
        return lines.flatMap { line in
            wrapper.preformattedLines(shown(line), hang: 2).map { piece -> LayoutLine in
                piece.isEmpty ? .text([]) : .text([StyledSpan(String(repeating: " ", count: margin) + piece, role)])
            }
        }
    }

    private func list(ordered: Bool, start: Int, items: [[Block]], width: Int) -> [LayoutLine] {
        let markers = items.indices.map { ordered ? "\(start + $0)." : (notation == .ascii ? "*" : "•") }
        let markerWidth = (markers.map { $0.displayWidth }.max() ?? 1) + 1
        let indent = width > markerWidth + 4 ? markerWidth : 0
        let pad = StyledSpan(String(repeating: " ", count: indent), .body)
        var out: [LayoutLine] = []
        for (item, marker) in zip(items, markers) {
            let lines = blocks(item, width: width - indent)
            guard indent > 0, case .text = lines.first else {
                // Too narrow for a hanging indent, or the item opens with a widget: the marker stands alone.
                out.append(.text([StyledSpan(marker, .bullet)]))
                out += indented(lines, by: pad)
                continue
            }
            let first = StyledSpan(marker + String(repeating: " ", count: indent - marker.displayWidth), .bullet)
            out += indented([lines[0]], by: first) + indented(Array(lines.dropFirst()), by: pad)
        }
        return out
    }

    /// `lines` with `prefix` in front of each text line; directive slots move right by its width.
    private func indented(_ lines: [LayoutLine], by prefix: StyledSpan) -> [LayoutLine] {
        let w = prefix.text.displayWidth
        return lines.map { line in
            switch line {
            case let .text(spans):
                let trimmedPrefix = spans.isEmpty && prefix.role == .body ? [] : [prefix]
                return .text(TextWrapper.merged(trimmedPrefix + spans))
            case let .directive(index, indent):
                return .directive(index: index, indent: indent + w)
            }
        }
    }
}
