import LessonKit
import LossLabApp

/// A handout as one self-contained XHTML-compatible HTML file: charts as inline SVG, print styles for
/// A4 and Letter, each lesson on a new page, the answer key last.
struct HTMLHandout {
    let handout: Handout

    func document() -> String {
        var body = ""
        var charts = 0
        for item in handout.lessons {
            body += "<section class=\"lesson\">\n<h1>\(item.number). \(item.lesson.title.htmlEscaped)</h1>\n"
            for (k, block) in item.lesson.blocks.enumerated() {
                body += self.block(block, in: item, charts: &charts)
                if handout.notes {
                    for note in item.notes(afterBlock: k) {
                        body += "<aside class=\"notes\"><strong>Speaker notes:</strong> \(note.text.htmlEscaped)</aside>\n"
                    }
                }
            }
            body += "</section>\n"
        }
        return HTMLPage(title: handout.title, style: Self.style, body: body + answerKey()).document()
    }

    private func answerKey() -> String {
        var out = "<section class=\"key\">\n<h1>Answer key</h1>\n<dl>\n"
        for entry in handout.key {
            out += "<dt>\(entry.label)</dt>\n<dd><strong>\(entry.answer.htmlEscaped)</strong>"
            if let explanation = entry.explanation { out += "<p>\(explanation.htmlEscaped)</p>" }
            for step in entry.steps { out += "<p><em>\(step.tier.htmlEscaped):</em> \(step.text.htmlEscaped)</p>" }
            out += "</dd>\n"
        }
        return out + "</dl>\n</section>\n"
    }

    private func block(_ block: Block, in item: HandoutLesson, charts: inout Int) -> String {
        switch block.kind {
        case let .heading(level, runs):
            let h = min(6, level)
            return "<h\(h)>\(inline(runs))</h\(h)>\n"
        case let .paragraph(runs): return "<p>\(inline(runs))</p>\n"
        case let .list(ordered, start, items):
            let open = ordered ? (start == 1 ? "<ol>" : "<ol start=\"\(start)\">") : "<ul>"
            let body = items.map { blocks in
                "<li>" + blocks.map { self.block($0, in: item, charts: &charts) }.joined() + "</li>\n"
            }.joined()
            return open + "\n" + body + (ordered ? "</ol>\n" : "</ul>\n")
        case let .quote(inner):
            return "<blockquote>\n" + inner.map { self.block($0, in: item, charts: &charts) }.joined() + "</blockquote>\n"
        case let .code(text): return "<pre><code>\(text.htmlEscaped)</code></pre>\n"
        case let .formula(lines): return "<pre class=\"formula\">\(lines.joined(separator: "\n").htmlEscaped)</pre>\n"
        case let .table(table): return self.table(table)
        case .rule: return "<hr/>\n"
        case let .directive(index):
            return directive(item.lesson.directives[index], label: item.label(ofDirective: index), charts: &charts)
        }
    }

    private func directive(_ directive: Directive, label: String?, charts: inout Int) -> String {
        switch directive.kind {
        case let .chart(spec):
            charts += 1
            let curves = spec.curves
            let drawing = curves.problem(.unicode).map { "<p class=\"problem\">\($0.htmlEscaped)</p>" }
                ?? SVGChart(chart: curves.chart(.unicode), id: "chart\(charts)").svg()
            let caption = spec.caption.map { "<figcaption>\($0.htmlEscaped)</figcaption>" } ?? ""
            return "<figure class=\"chart\">\n\(drawing)\n\(caption)</figure>\n"
        case .lab, .train:
            let caption = directive.presetCaption.map { "<br/><em>\($0.htmlEscaped)</em>" } ?? ""
            return "<p class=\"lab\">\(directive.summary().htmlEscaped)\(caption)</p>\n"
        case let .question(question):
            var out = "<div class=\"question\">\n<p><strong>Question \(label ?? "")</strong> \(question.prompt.htmlEscaped)</p>\n"
            if case let .choice(options, _) = question.answer {
                out += "<ol class=\"options\" type=\"a\">\n" + options.map { "<li>\($0.htmlEscaped)</li>\n" }.joined() + "</ol>\n"
            }
            return out + "<div class=\"answer-space\">Answer:</div>\n</div>\n"
        }
    }

    private func inline(_ runs: [InlineRun]) -> String {
        runs.map { run in
            let text = run.text.htmlEscaped
            switch run.style {
            case .plain: return text
            case .emphasis: return "<em>\(text)</em>"
            case .strong: return "<strong>\(text)</strong>"
            case .code: return "<code>\(text)</code>"
            case .value: return "<span class=\"value\">\(text)</span>"
            case .link: return "<span class=\"link\">\(text)</span>"
            case .lineBreak: return "<br/>"
            }
        }.joined()
    }

    private func table(_ table: Table) -> String {
        func cells(_ row: [[InlineRun]], tag: String) -> String {
            zip(row, table.alignments).map { runs, alignment in
                let align: String
                switch alignment {
                case .left: align = "left"
                case .center: align = "center"
                case .right: align = "right"
                }
                return "<\(tag) style=\"text-align: \(align)\">\(inline(runs))</\(tag)>"
            }.joined()
        }
        let head = "<thead><tr>\(cells(table.header, tag: "th"))</tr></thead>\n"
        let body = table.rows.map { "<tr>\(cells($0, tag: "td"))</tr>\n" }.joined()
        return "<table>\n\(head)<tbody>\n\(body)</tbody>\n</table>\n"
    }
}
