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
        var out = ""
        writeText(to: &out)
        return out
    }

    /// The derivation as a Markdown document with a table, for handouts.
    func markdown() -> String {
        var out = ""
        writeMarkdown(to: &out)
        return out
    }

    /// Writes `text()` to `out` as it is computed: the table and the steps of 10⁷ elements stream.
    func writeText(to out: inout some TextOutputStream) {
        out.write([heading, "", "  " + formula, "", ""].joined(separator: "\n"))
        TextTable.writePlain(header: tableHeader, rows: tableRows, to: &out)
        out.write("\n\nStep by step:\n")
        forEachStepLine { out.write("  " + $0 + "\n") }
        for note in notes { out.write("Note: " + note + "\n") }
    }

    /// Writes `markdown()` to `out` as it is computed.
    func writeMarkdown(to out: inout some TextOutputStream) {
        out.write(["# " + heading, "", "```", formula, "```", "", ""].joined(separator: "\n"))
        TextTable.writeMarkdown(header: tableHeader, rows: tableRows, to: &out)
        out.write("\n\n## Step by step\n\n")
        forEachStepLine { out.write("1. `\($0)`\n") }
        if !notes.isEmpty { out.write("\n" + notes.map { "> " + $0 + "\n" }.joined()) }
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

    /// The table's header: i, the inputs, the loss's term columns, the loss (unless a column is it) and the gradient.
    var tableHeader: [String] {
        let s = notation
        var header = ["i", s.x("i")]
        if spec.logits { header += [s.z("i"), "\(s.xhat("i"))=\(s.sigma)(\(s.z("i")))"] } else { header.append(s.xhat("i")) }
        header += shownColumns.map(\.symbol)
        if addsLoss { header.append("loss" + s.subI) }
        header.append("dL/d" + (spec.logits ? s.z("i") : s.xhat("i")))
        return header
    }

    /// One row per element, made as it is read.
    var tableRows: LazyMapCollection<Evaluation.Terms, [String]> {
        let columns = spec.columns(notation)
        let shown = columns.indices.filter { columns[$0].inTables }
        let addsLoss = addsLoss
        return evaluation.terms.lazy.map { [self] term in
            var row = [String(term.index), num(term.x)]
            if let z = term.logit { row.append(num(z)) }
            row.append(num(term.xhat))
            row += shown.map { num(term.parts[$0]) }
            if addsLoss { row.append(num(term.loss)) }
            row.append(num(term.gradient))
            return row
        }
    }

    private var shownColumns: [TermColumn] { spec.columns(notation).filter(\.inTables) }

    /// Whether the table adds a loss column (when none of the loss's own columns is the element's loss).
    private var addsLoss: Bool { !spec.columns(notation).contains(where: \.isLoss) }

    /// Calls `body` with each line of the step-by-step list, in order.
    private func forEachStepLine(_ body: (String) -> Void) {
        evaluation.forEachStep(notation, digits: digits) { step in
            let line = switch step.kind {
            case let .term(index): "term \(index): " + step.line(notation, digits: digits)
            case .sum: "sum:    \(notation.sum) = \(step.substituted) = \(num(step.value))"
            case .divide: "divide: \(notation.sum) / n = \(step.substituted) = \(num(step.value))"
            case .result: "result: L(x, \(notation.xhat)) = \(num(step.value))"
            }
            body(line)
        }
    }

    /// What the loss has to say about this evaluation, such as why it is infinite.
    private var notes: [String] {
        spec.loss.definition.notes(evaluation, notation: notation, number: num)
    }
}
