extension Evaluation {
    /// The evaluation as one JSON object, every number written so it reads back exactly.
    ///
    /// `{"loss", "convention", "reduction", "n", "value", "sum", "terms": [...]}`; each term has
    /// `i` (1-based), `x`, `xhat`, `loss`, `gradient` and its parts. ±∞ and NaN are the strings
    /// "inf", "-inf" and "nan", since JSON has no such numbers.
    public func json() -> String {
        var fields: [(String, String)] = [
            ("loss", quoted(spec.loss.rawValue)),
            ("convention", quoted(spec.convention.rawValue)),
            ("reduction", quoted(spec.reduction.rawValue)),
            ("n", String(n)),
            ("value", number(value)),
            ("sum", number(sum)),
        ]
        let termObjects = terms.map { term -> String in
            var t: [(String, String)] = [
                ("i", String(term.index)), ("x", number(term.x)), ("xhat", number(term.xhat)),
                ("loss", number(term.loss)), ("gradient", number(term.gradient)),
            ]
            switch term.parts {
            case let .squaredError(diff, squared):
                t += [("diff", number(diff)), ("squared", number(squared))]
            case let .crossEntropy(used, logP, xLog, logQ, qLog):
                t += [("xhat_used", number(used)), ("log_xhat", number(logP)), ("x_log_xhat", number(xLog)),
                      ("log_one_minus_xhat", number(logQ)), ("one_minus_x_log_one_minus_xhat", number(qLog))]
            }
            return object(t)
        }
        fields.append(("terms", "[" + termObjects.joined(separator: ", ") + "]"))
        return object(fields)
    }

    private func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    private func quoted(_ s: String) -> String { "\"" + s + "\"" }

    private func number(_ v: Double) -> String {
        v.isFinite ? NumberFormat.full(v) : quoted(NumberFormat.full(v))
    }
}
