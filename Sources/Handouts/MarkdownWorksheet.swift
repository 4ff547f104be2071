/// A worksheet written as GitHub-flavoured Markdown: the problems with answer lines, then the key.
struct MarkdownWorksheet {
    let sheet: Worksheet

    /// An answer line: escaped underscores, so it prints as a line and not as emphasis.
    static let answerLine = "Answer: " + String(repeating: "\\_", count: 24)

    func document() -> String {
        var out = ["# \(Worksheet.title)", "\(sheet.byline.markdownEscaped)\\\n\(Worksheet.instructions.markdownEscaped)",
                   "Name: " + String(repeating: "\\_", count: 24) + " Date: " + String(repeating: "\\_", count: 12)]
        for (k, problem) in sheet.problems.enumerated() {
            var lines = ["**\(k + 1).** *\(Worksheet.kind(of: problem).markdownEscaped)* \(problem.prompt.markdownEscaped)"]
            lines += Worksheet.options(of: problem).map { "- " + $0.markdownEscaped }
            out += [lines.joined(separator: "\n\n"), Self.answerLine]
        }
        out += ["# Answer key", sheet.byline.markdownEscaped]
        for (k, problem) in sheet.problems.enumerated() {
            let steps = problem.solution().map { "- " + $0.markdownEscaped }
            out.append((["**\(k + 1).** **\(problem.answerText().markdownEscaped)**", ""] + steps).joined(separator: "\n"))
        }
        return out.joined(separator: "\n\n") + "\n"
    }
}
