extension Evaluation {
    /// The evaluation as one JSON object, every number written so it reads back exactly.
    ///
    /// `{"loss", "convention", "reduction", "n", "value", "sum", "terms": [...]}`, then `"dtype"` and
    /// `"prediction": "logits"` when they are not the defaults; each term has `i` (1-based), `x`,
    /// `xhat` (σ(z) from logits, after `z`), `loss`, `gradient` and the loss's own term columns, keyed
    /// by their ids. ±∞ and NaN are the strings "inf", "-inf" and "nan", since JSON has no such numbers.
    public func json() -> String {
        var fields: [(String, String)] = [
            ("loss", quoted(spec.loss.id)),
            ("convention", quoted(spec.convention.rawValue)),
            ("reduction", quoted(spec.reduction.rawValue)),
            ("n", String(n)),
            ("value", number(value)),
            ("sum", number(sum)),
        ]
        if spec.precision != .float64 { fields.append(("dtype", quoted(spec.precision.rawValue))) }
        if spec.logits { fields.append(("prediction", quoted("logits"))) }
        let ids = spec.columns(.ascii).map(\.id)
        let termObjects = terms.map { term -> String in
            var t: [(String, String)] = [("i", String(term.index)), ("x", number(term.x))]
            if let z = term.logit { t.append(("z", number(z))) }
            t += [("xhat", number(term.xhat)), ("loss", number(term.loss)), ("gradient", number(term.gradient))]
            t += zip(ids, term.parts).map { ($0, number($1)) }
            return object(t)
        }
        fields.append(("terms", "[" + termObjects.joined(separator: ", ") + "]"))
        return object(fields)
    }

    /// Several evaluations of the same input as one JSON array, in order.
    public static func json(_ evaluations: [Evaluation]) -> String {
        "[" + evaluations.map { $0.json() }.joined(separator: ",\n") + "]"
    }

    private func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    private func quoted(_ s: String) -> String { "\"" + s + "\"" }

    private func number(_ v: Double) -> String {
        v.isFinite ? NumberFormat.full(v) : quoted(NumberFormat.full(v))
    }
}
