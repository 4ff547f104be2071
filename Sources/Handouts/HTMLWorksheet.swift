/// A worksheet as one self-contained HTML file on the handouts' page: the problems in boxes with room
/// to answer, then the answer key on a new page.
struct HTMLWorksheet {
    let sheet: Worksheet

    /// The worksheet's rules on top of `HTMLPage.style`.
    static let style = """
        p.byline { font-size: 0.95em; }
        p.name { margin: 1.5em 0; }
        span.skill { font-style: italic; }
        ul.options, ul.steps { list-style: none; padding-left: 1.2em; }
        div.entry { margin-top: 0.7em; }
        div.entry p { margin: 0; }
        ul.steps { font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: 0.9em; margin: 0.2em 0; }
        @media print { div.entry { break-inside: avoid; page-break-inside: avoid; } }
        """

    func document() -> String {
        var body = "<section class=\"problems\">\n<h1>\(Worksheet.title.htmlEscaped)</h1>\n"
            + "<p class=\"byline\">\(sheet.byline.htmlEscaped)<br/>\(Worksheet.instructions.htmlEscaped)</p>\n"
            + "<p class=\"name\">Name: ______________________________ Date: ______________</p>\n"
        for (k, problem) in sheet.problems.enumerated() {
            body += "<div class=\"question\">\n<p><strong>\(k + 1).</strong> <span class=\"skill\">\(Worksheet.kind(of: problem).htmlEscaped)</span> "
                + "\(problem.prompt.htmlEscaped)</p>\n"
            let options = Worksheet.options(of: problem)
            if !options.isEmpty {
                body += "<ul class=\"options\">\n" + options.map { "<li>\($0.htmlEscaped)</li>\n" }.joined() + "</ul>\n"
            }
            body += "<div class=\"answer-space\">Answer:</div>\n</div>\n"
        }
        body += "</section>\n<section class=\"key\">\n<h1>Answer key</h1>\n<p class=\"byline\">\(sheet.byline.htmlEscaped)</p>\n"
        for (k, problem) in sheet.problems.enumerated() {
            let steps = problem.solution().map { "<li>\($0.htmlEscaped)</li>\n" }.joined()
            body += "<div class=\"entry\">\n<p><strong>\(k + 1).</strong> <strong>\(problem.answerText().htmlEscaped)</strong></p>\n"
                + "<ul class=\"steps\">\n\(steps)</ul>\n</div>\n"
        }
        body += "</section>\n"
        return HTMLPage(title: "\(Worksheet.title), seed \(sheet.seed)", style: Self.style, body: body).document()
    }
}
