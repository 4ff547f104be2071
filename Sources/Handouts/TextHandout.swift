import CellGrid
import LessonKit
import LossLabApp

/// A handout as plain text, 72 columns wide: the lessons as `lessons show` lays them out, charts drawn
/// in braille, numbered questions with room to answer, then the answer key.
struct TextHandout {
    let handout: Handout

    static let width = 72

    func document() -> String {
        let layout = LessonLayout(width: Self.width)
        var out: [String] = []
        for (i, item) in handout.lessons.enumerated() {
            if i > 0 { out += ["", String(repeating: "=", count: Self.width), ""] }
            let lesson = item.lesson
            out += TextWrap.lines("\(item.number). \(lesson.title)", width: Self.width)
            out.append("")
            for (k, block) in lesson.blocks.enumerated() {
                if k > 0 { out.append("") }
                var alone = lesson
                alone.blocks = [block]
                for line in layout.lines(alone, title: false) {
                    guard case let .directive(index, indent) = line else {
                        out.append(line.plainText.trimmingTrailingSpaces)
                        continue
                    }
                    out += directive(index, in: item, indent: indent, layout: layout)
                }
                if handout.notes {
                    for note in item.notes(afterBlock: k) {
                        out += TextWrap.lines("[Speaker notes: \(note.text)]", width: Self.width - 4).map { "    " + $0 }
                    }
                }
            }
        }
        out += ["", String(repeating: "=", count: Self.width), "", "Answer key", ""]
        for entry in handout.key {
            out += TextWrap.lines("\(entry.label)  \(entry.answer)", width: Self.width)
            let details = (entry.explanation.map { [$0] } ?? []) + entry.steps.map { "\($0.tier): \($0.text)" }
            for detail in details { out += TextWrap.lines(detail, width: Self.width - 6).map { "      " + $0 } }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A directive's lines: a chart drawn, a lab described, a question numbered with room to answer.
    private func directive(_ index: Int, in item: HandoutLesson, indent: Int, layout: LessonLayout) -> [String] {
        let directive = item.lesson.directives[index]
        let pad = String(repeating: " ", count: indent)
        var out: [String] = []
        switch directive.kind {
        case let .chart(spec):
            let curves = spec.curves
            if let problem = curves.problem(.unicode) {
                out += TextWrap.lines(problem, width: Self.width - indent).map { pad + $0 }
            } else {
                out += curves.chart(.unicode).lines(width: Self.width - indent, height: MarkdownHandout.chartHeight, mode: .braille)
                    .map { (pad + $0).trimmingTrailingSpaces }
            }
        case .lab, .train: break
        case .question: out.append(pad + "Question \(item.label(ofDirective: index) ?? "")")
        }
        out += layout.lines(directive, indent: indent).map { $0.plainText.trimmingTrailingSpaces }
        if case .question = directive.kind {
            out += ["", pad + "  Answer: " + String(repeating: "_", count: max(10, Self.width - indent - 12))]
        }
        return out
    }
}
