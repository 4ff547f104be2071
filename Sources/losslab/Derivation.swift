import CellGrid
import LossKit

/// The step-by-step derivation of a loss as a document: plain text or Markdown.
///
/// `losslab explain` prints it; handouts and tests read it.
struct Derivation: Sendable {
    let evaluation: Evaluation
    let notation: Notation
    /// Significant digits for numbers; nil writes every number in full (round-trip).
    let digits: Int?

    init(_ evaluation: Evaluation, notation: Notation = .unicode, digits: Int? = 4) {
        self.evaluation = evaluation
        self.notation = notation
        self.digits = digits
    }

    /// The derivation as plain text.
    func text() -> String {
        var out = [heading, "", "  " + formula, ""]
        out.append(table.plain())
        out.append("")
        out.append("Step by step:")
        out.append(contentsOf: stepLines.map { "  " + $0 })
        out.append(contentsOf: notes.map { "Note: " + $0 })
        return out.joined(separator: "\n") + "\n"
    }

    /// The derivation as a Markdown document with a table, for handouts.
    func markdown() -> String {
        var out = ["# " + heading, "", "```", formula, "```", ""]
        out.append(table.markdown())
        out.append("")
        out.append("## Step by step")
        out.append("")
        out.append(contentsOf: stepLines.map { "1. `\($0)`" })
        if !notes.isEmpty {
            out.append("")
            out.append(contentsOf: notes.map { "> " + $0 })
        }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - Pieces

    private var spec: LossSpec { evaluation.spec }

    private func num(_ v: Double) -> String { notation.number(v, digits: digits) }

    private var heading: String {
        var parts = [spec.loss.title]
        if spec.conventionApplies { parts.append("convention: \(spec.convention.title)") }
        parts += ["reduction: \(spec.reduction.rawValue)", "n = \(evaluation.n)"]
        if spec.precision != .float64 { parts.append("dtype: \(spec.precision.rawValue)") }
        if spec.logits { parts.append("predictions given as logits") }
        return parts.joined(separator: ", ")
    }

    private var formula: String {
        let s = notation
        var f = spec.loss.formula(s, reduction: spec.reduction)
        if spec.conventionApplies { f += "\n  (\(spec.convention.explanation(s)))" }
        if spec.logits {
            f += "\n  (\(s.xhat("i")) = \(s.sigma)(\(s.z("i"))) = 1 / (1 + e^\(s.minus)\(s.z("i"))); "
                + "the gradient is taken by \(s.z("i")), through the Sigmoid)"
        }
        if spec.precision != .float64 { f += "\n  (\(spec.precision.explanation))" }
        return f
    }

    /// One row per element: its inputs, the loss's term columns, its loss and its gradient.
    var table: TextTable {
        let s = notation
        let columns = spec.columns(s)
        let shown = columns.indices.filter { columns[$0].inTables }
        let addsLoss = !columns.contains(where: \.isLoss)
        var header = ["i", s.x("i")]
        if spec.logits { header += [s.z("i"), "\(s.xhat("i"))=\(s.sigma)(\(s.z("i")))"] } else { header.append(s.xhat("i")) }
        header += shown.map { columns[$0].symbol }
        if addsLoss { header.append("loss" + s.subI) }
        header.append("dL/d" + (spec.logits ? s.z("i") : s.xhat("i")))
        var t = TextTable(header: header)
        t.rows = evaluation.terms.map { term in
            var row = [String(term.index), num(term.x)]
            if let z = term.logit { row.append(num(z)) }
            row.append(num(term.xhat))
            row += shown.map { num(term.parts[$0]) }
            if addsLoss { row.append(num(term.loss)) }
            row.append(num(term.gradient))
            return row
        }
        return t
    }

    private var stepLines: [String] {
        evaluation.steps(notation, digits: digits).map { step in
            switch step.kind {
            case let .term(index): "term \(index): " + step.line(notation, digits: digits)
            case .sum: "sum:    \(notation.sum) = \(step.substituted) = \(num(step.value))"
            case .divide: "divide: \(notation.sum) / n = \(step.substituted) = \(num(step.value))"
            case .result: "result: L(x, \(notation.xhat)) = \(num(step.value))"
            }
        }
    }

    /// What the loss has to say about this evaluation, such as why it is infinite.
    private var notes: [String] {
        spec.loss.definition.notes(evaluation, notation: notation, number: num)
    }
}
