import LossKit

/// A number in running text computed by LossKit: inline code such as `` `=bce x=1 xhat=0.9` ``.
///
/// The words after `=` are the fields of a computation written `key=value` (the loss may stand
/// alone first), plus `digits=N` for significant digits (4 unless given).
enum InlineValue {
    /// The run showing the computed number, or the expression as code with a problem when it is broken.
    static func run(_ code: String, line: Int, problems: inout LineProblems) -> InlineRun {
        var fields: [DirectiveFields.Field] = []
        for (i, word) in code.dropFirst().split(separator: " ").enumerated() {
            if let eq = word.firstIndex(of: "=") {
                fields.append(.init(key: word[..<eq].lowercased(), value: String(word[word.index(after: eq)...]), line: line))
            } else if i == 0 {
                fields.append(.init(key: "loss", value: String(word), line: line))
            } else {
                problems.add(line, "value `\(code)`: \"\(word)\" is not key=value")
                return InlineRun(code, .code)
            }
        }
        let f = DirectiveFields(name: "value `\(code)`", fields: fields, line: line)
        let before = problems.items.count
        f.checkKeys(known: Computation.fieldNames + ["digits"], problems: &problems)
        let digits = f.integer("digits", minimum: 1, problems: &problems) ?? 4
        guard let computation = Computation.read(f, problems: &problems), problems.items.count == before else {
            return InlineRun(code, .code)
        }
        return InlineRun(Notation.unicode.number(computation.value, digits: min(digits, 17)), .value)
    }
}

extension InlineValue {
    /// `text` with every `` `=…` `` replaced by its computed number, for plain-text fields such as a hint.
    static func substitute(_ text: String, line: Int, problems: inout LineProblems) -> String {
        let pieces = text.split(separator: "`", omittingEmptySubsequences: false)
        guard pieces.count >= 3 else { return text }
        var out = ""
        for (i, piece) in pieces.enumerated() {
            let isCode = i % 2 == 1 && i < pieces.count - 1
            if isCode && piece.hasPrefix("=") {
                out += run(String(piece), line: line, problems: &problems).text
            } else if isCode {
                out += "`" + piece + "`"
            } else {
                out += (i % 2 == 1 ? "`" : "") + piece
            }
        }
        return out
    }
}
