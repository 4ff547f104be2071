import CellGrid

/// A worksheet as plain text, 72 columns wide: the problems with answer lines, then the answer key.
struct TextWorksheet {
    let sheet: Worksheet

    static let width = TextHandout.width

    func document() -> String {
        let rule = String(repeating: "=", count: Self.width)
        var out = [Worksheet.title, ""] + TextWrap.lines(sheet.byline, width: Self.width)
            + TextWrap.lines(Worksheet.instructions, width: Self.width)
            + ["", "Name: " + String(repeating: "_", count: 30) + "  Date: " + String(repeating: "_", count: 14)]
        for (k, problem) in sheet.problems.enumerated() {
            let label = "\(k + 1). "
            out += [""] + hanging(label, "\(Worksheet.kind(of: problem)) \(problem.prompt)")
            out += Worksheet.options(of: problem).flatMap { hanging(String(repeating: " ", count: label.count + 2), $0) }
            out += ["", String(repeating: " ", count: label.count) + "Answer: " + String(repeating: "_", count: 30)]
        }
        out += ["", rule, "", "Answer key", ""] + TextWrap.lines(sheet.byline, width: Self.width)
        for (k, problem) in sheet.problems.enumerated() {
            out += [""] + hanging("\(k + 1). ", problem.answerText())
            out += problem.solution().flatMap { hanging("      ", $0) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `text` wrapped after `label`, its later lines indented as far as the label is wide.
    private func hanging(_ label: String, _ text: String) -> [String] {
        let pad = String(repeating: " ", count: label.count)
        return TextWrap.lines(text, width: Self.width - label.count).enumerated().map { ($0 == 0 ? label : pad) + $1 }
    }
}
