import CellGrid
import LossKit

extension LessonLayout {
    /// A directive as static text: what it shows, its caption, and a question's options (never its answer).
    ///
    /// For places that cannot draw the live widget, such as `losslab lessons show` or a handout.
    public func lines(_ directive: Directive, indent: Int = 0) -> [LayoutLine] {
        let margin = indent < width / 2 ? indent : 0
        let room = width - margin
        var spans: [[StyledSpan]] = []
        switch directive.kind {
        case let .question(q):
            spans += hanging([StyledSpan(shown(q.prompt), .strong)], marker: "? ", width: room)
            if case let .choice(options, _) = q.answer {
                for (k, option) in options.enumerated() {
                    spans += hanging([StyledSpan(shown(option), .body)], marker: "  " + Question.letter(k) + ") ", width: room)
                }
            }
        case let .lab(preset):
            spans += described(directive, caption: preset.caption, width: room)
        case let .chart(chart):
            spans += described(directive, caption: chart.caption, width: room)
        case let .train(preset):
            spans += described(directive, caption: preset.caption, width: room)
        }
        let pad = StyledSpan(String(repeating: " ", count: margin), .body)
        return spans.map { .text(TextWrapper.merged(margin > 0 ? [pad] + $0 : $0)) }
    }

    /// The one-line summary of a lab, chart or training run, then its caption.
    private func described(_ directive: Directive, caption: String?, width: Int) -> [[StyledSpan]] {
        let marker = notation == .ascii ? "> " : "▶ "
        var spans = hanging([StyledSpan(directive.summary(notation), .body)], marker: marker, width: width)
        if let caption { spans += hanging([StyledSpan(shown(caption), .emphasis)], marker: "  ", width: width) }
        return spans
    }

    /// `content` wrapped beside `marker`: the marker on the first line, its width in spaces on the others.
    private func hanging(_ content: [StyledSpan], marker: String, width: Int) -> [[StyledSpan]] {
        let markerWidth = marker.displayWidth
        guard width > markerWidth + 4 else { return [[StyledSpan(marker, .bullet)]] + TextWrapper(width: width).lines(content) }
        return TextWrapper(width: width - markerWidth).lines(content).enumerated().map { i, line in
            [StyledSpan(i == 0 ? marker : String(repeating: " ", count: markerWidth), i == 0 ? .bullet : .body)] + line
        }
    }
}
