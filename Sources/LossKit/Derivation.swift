/// The step-by-step derivation of a loss as a document: plain text or Markdown.
///
/// `losslab explain` prints it; handouts and tests read it.
public struct Derivation: Sendable {
    public let evaluation: Evaluation
    public let notation: Notation
    /// Significant digits for numbers; nil writes every number in full (round-trip).
    public let digits: Int?

    public init(_ evaluation: Evaluation, notation: Notation = .unicode, digits: Int? = 4) {
        self.evaluation = evaluation
        self.notation = notation
        self.digits = digits
    }

    /// The derivation as plain text.
    public func text() -> String {
        var out = [heading, "", "  " + formula, ""]
        out.append(table.plain())
        out.append("")
        out.append("Step by step:")
        out.append(contentsOf: stepLines.map { "  " + $0 })
        out.append(contentsOf: notes.map { "Note: " + $0 })
        return out.joined(separator: "\n") + "\n"
    }

    /// The derivation as a Markdown document with a table, for handouts.
    public func markdown() -> String {
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
        var parts = [spec.loss.title, "reduction: \(spec.reduction.rawValue)", "n = \(evaluation.n)"]
        if spec.loss == .bce { parts.insert("convention: \(spec.convention.title)", at: 1) }
        return parts.joined(separator: ", ")
    }

    private var formula: String {
        var f = spec.loss.formula(notation, reduction: spec.reduction)
        if spec.loss == .bce { f += "\n  (\(spec.convention.explanation(notation)))" }
        return f
    }

    /// One row per element with every part of its term, then the gradient.
    var table: TextTable {
        let s = notation
        let i = "i"
        let gradient = "dL/d\(s.xhat(i))"
        switch spec.loss {
        case .mse:
            var t = TextTable(header: [i, s.x(i), s.xhat(i), "\(s.x(i)) \(s.minus) \(s.xhat(i))",
                                       "(\(s.x(i)) \(s.minus) \(s.xhat(i)))\(s.squared)", gradient])
            t.rows = evaluation.terms.map { term in
                guard case let .squaredError(diff, squared) = term.parts else { return [] }
                return [String(term.index), num(term.x), num(term.xhat), num(diff), num(squared), num(term.gradient)]
            }
            return t
        case .bce:
            let clipped = spec.convention == .keras
            var header = [i, s.x(i), s.xhat(i)]
            let p = clipped ? "c" + s.subI : s.xhat(i)
            if clipped { header.append(p) }
            header += ["log \(p)", "\(s.x(i))\(s.times)log \(p)", "log(1\(s.minus)\(p))",
                       "(1\(s.minus)\(s.x(i)))\(s.times)log(1\(s.minus)\(p))", "loss" + s.subI, gradient]
            var t = TextTable(header: header)
            t.rows = evaluation.terms.map { term in
                guard case let .crossEntropy(used, logP, xLog, logQ, qLog) = term.parts else { return [] }
                var row = [String(term.index), num(term.x), num(term.xhat)]
                if clipped { row.append(num(used)) }
                return row + [num(logP), num(xLog), num(logQ), num(qLog), num(term.loss), num(term.gradient)]
            }
            return t
        }
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

    /// Why the loss is infinite, when it is, and what each library would charge instead.
    private var notes: [String] {
        let s = notation
        let infinite = evaluation.terms.filter { $0.loss.isInfinite }
        guard let first = infinite.first else { return [] }
        let which = infinite.count == 1 ? "element \(first.index) costs" : "\(infinite.count) elements cost"
        let logOf = first.xhat == 0 ? "log \(s.xhat(first.index)) = log 0" : "log(1 \(s.minus) \(s.xhat(first.index))) = log 0"
        return ["the loss is \(s.infinity) because \(which) \(s.infinity): at element \(first.index), "
            + "\(s.x(first.index)) = \(num(first.x)) but \(s.xhat(first.index)) = \(num(first.xhat)), and "
            + "\(logOf) = \(s.minus)\(s.infinity). The exact formula charges a confident mistake without limit; "
            + "PyTorch would charge at most 100 per element, Keras about 16.12 (try --convention pytorch or keras)."]
    }
}
