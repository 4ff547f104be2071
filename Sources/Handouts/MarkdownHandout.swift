import LessonKit
import LossLabApp
import LossPlot

/// A handout written as GitHub-flavoured Markdown: charts drawn as text in fenced blocks.
struct MarkdownHandout {
    let handout: Handout

    /// How wide the text charts are, in columns.
    static let chartWidth = 72
    static let chartHeight = 16

    func document() -> String {
        var out: [String] = []
        for item in handout.lessons {
            out.append("# \(item.number). \(item.lesson.title.markdownEscaped)")
            for (k, block) in item.lesson.blocks.enumerated() {
                out.append(self.block(block, in: item))
                if handout.notes {
                    out += item.notes(afterBlock: k).map { "> **Speaker notes:** \($0.text.markdownEscaped)" }
                }
            }
        }
        out.append("# Answer key")
        for entry in handout.key {
            var lines = ["**\(entry.label)** \(entry.answer.markdownEscaped)"]
            if let explanation = entry.explanation { lines.append("\\\n" + explanation.markdownEscaped) }
            lines += entry.steps.map { "\\\n*\($0.tier):* \($0.text.markdownEscaped)" }
            out.append(lines.joined())
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    private func block(_ block: Block, in item: HandoutLesson) -> String {
        switch block.kind {
        case let .heading(level, runs): return String(repeating: "#", count: level) + " " + inline(runs)
        case let .paragraph(runs): return inline(runs)
        case let .list(ordered, start, items):
            return items.enumerated().map { k, blocks in
                let marker = ordered ? "\(start + k). " : "- "
                let body = blocks.map { self.block($0, in: item) }.joined(separator: "\n\n")
                return marker + indented(body, by: marker.count, first: false)
            }.joined(separator: "\n")
        case let .quote(inner):
            return inner.map { self.block($0, in: item) }.joined(separator: "\n\n")
                .split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case let .code(text): return fenced(text)
        case let .formula(lines): return fenced(lines.joined(separator: "\n"))
        case let .table(table): return self.table(table)
        case .rule: return "---"
        case let .directive(index): return directive(item.lesson.directives[index], label: item.label(ofDirective: index))
        }
    }

    private func directive(_ directive: Directive, label: String?) -> String {
        switch directive.kind {
        case let .chart(spec):
            let curves = spec.curves
            let drawing = curves.problem(.unicode)
                ?? curves.chart(.unicode).lines(width: Self.chartWidth, height: Self.chartHeight, mode: .braille)
                    .map { $0.trimmingTrailingSpaces }.joined(separator: "\n")
            return fenced(drawing) + (spec.caption.map { "\n\n*\($0.markdownEscaped)*" } ?? "")
        case .lab, .train:
            return "> " + directive.summary().markdownEscaped + (directive.presetCaption.map { "\\\n> *\($0.markdownEscaped)*" } ?? "")
        case let .question(question):
            var lines = ["**Question \(label ?? "").** \(question.prompt.markdownEscaped)"]
            if case let .choice(options, _) = question.answer {
                lines += options.enumerated().map { "\n- \(Question.letter($0))) \($1.markdownEscaped)" }
            }
            lines.append("\n\nAnswer: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_")
            return lines.joined()
        }
    }

    private func inline(_ runs: [InlineRun]) -> String {
        runs.map { run in
            switch run.style {
            case .plain, .value, .link: run.text.markdownEscaped
            case .emphasis: "*\(run.text.markdownEscaped)*"
            case .strong: "**\(run.text.markdownEscaped)**"
            case .code: run.text.markdownCode
            case .lineBreak: "\\\n"
            }
        }.joined()
    }

    private func table(_ table: Table) -> String {
        func row(_ cells: [[InlineRun]]) -> String {
            "| " + cells.map(inline).joined(separator: " | ") + " |"
        }
        let rule = "|" + table.alignments.map { a -> String in
            switch a {
            case .left: ":---|"
            case .center: ":---:|"
            case .right: "---:|"
            }
        }.joined()
        return ([row(table.header), rule] + table.rows.map(row)).joined(separator: "\n")
    }

    /// `text` in a fence longer than any run of backticks inside it.
    private func fenced(_ text: String) -> String {
        let longest = text.split(whereSeparator: { $0 != "`" }).map(\.count).max() ?? 0
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return "\(fence)text\n\(text)\n\(fence)"
    }

    /// Every line after the first (or every line) moved `by` columns right, for a list item's body.
    private func indented(_ text: String, by: Int, first: Bool) -> String {
        let pad = String(repeating: " ", count: by)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { k, line in (k == 0 && !first) || line.isEmpty ? String(line) : pad + line }.joined(separator: "\n")
    }
}

extension String {
    /// The text with Markdown's punctuation escaped, so it reads back as the same text.
    var markdownEscaped: String {
        var out = ""
        for c in self {
            if "\\`*_[]<|~".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// The text as inline code, in enough backticks.
    var markdownCode: String {
        let longest = split(whereSeparator: { $0 != "`" }).map(\.count).max() ?? 0
        let ticks = String(repeating: "`", count: longest + 1)
        return longest > 0 || hasPrefix("`") ? "\(ticks) \(self) \(ticks)" : "\(ticks)\(self)\(ticks)"
    }

    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
