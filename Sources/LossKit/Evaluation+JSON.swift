extension Evaluation {
    /// The evaluation as one JSON object, every number written so it reads back exactly.
    ///
    /// `{"loss", "convention", "reduction", "n", "value", "sum", "terms": [...]}`, then `"dtype"` and
    /// `"prediction": "logits"` when they are not the defaults; each term has `i` (1-based), `x`,
    /// `xhat` (σ(z) from logits, after `z`), `loss`, `gradient` and the loss's own term columns, keyed
    /// by their ids. ±∞ and NaN are the strings "inf", "-inf" and "nan", since JSON has no such numbers.
    public func json() -> String {
        var text = ""
        writeJSON(to: &text)
        return text
    }

    /// Several evaluations of the same input as one JSON array, in order.
    public static func json(_ evaluations: [Evaluation]) -> String {
        var text = ""
        writeJSON(evaluations, to: &text)
        return text
    }

    /// Writes `json()` to `output` term by term, so 10⁷ terms never stand in memory at once.
    public func writeJSON(to output: inout some TextOutputStream) {
        var head: [(String, String)] = [
            ("loss", quoted(spec.loss.id)),
            ("convention", quoted(spec.convention.rawValue)),
            ("reduction", quoted(spec.reduction.rawValue)),
            ("n", String(n)),
            ("value", number(value)),
            ("sum", number(sum)),
        ]
        if spec.precision != .float64 { head.append(("dtype", quoted(spec.precision.rawValue))) }
        if spec.logits { head.append(("prediction", quoted("logits"))) }
        output.write("{" + head.map { "\(quoted($0.0)): \($0.1), " }.joined() + "\"terms\": [")
        let ids = spec.columns(.ascii).map(\.id)
        for term in terms {
            if term.index > 1 { output.write(", ") }
            output.write("{\"i\": \(term.index), \"x\": \(number(term.x))")
            if let z = term.logit { output.write(", \"z\": \(number(z))") }
            output.write(", \"xhat\": \(number(term.xhat)), \"loss\": \(number(term.loss)), \"gradient\": \(number(term.gradient))")
            for (id, value) in zip(ids, term.parts) { output.write(", \"\(id)\": \(number(value))") }
            output.write("}")
        }
        output.write("]}")
    }

    /// Writes `json(_:)` of several evaluations to `output`, one after another.
    public static func writeJSON(_ evaluations: [Evaluation], to output: inout some TextOutputStream) {
        output.write("[")
        for (k, evaluation) in evaluations.enumerated() {
            if k > 0 { output.write(",\n") }
            evaluation.writeJSON(to: &output)
        }
        output.write("]")
    }

    private func quoted(_ s: String) -> String { "\"" + s + "\"" }

    private func number(_ v: Double) -> String {
        v.isFinite ? NumberFormat.full(v) : quoted(NumberFormat.full(v))
    }
}
