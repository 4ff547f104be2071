extension Evaluation {
    /// The computation as ordered steps: one per element, then the sum, the division by n, the result.
    ///
    /// Numbers in the formulas are rounded to `digits` significant digits, or written in full when nil.
    public func steps(_ notation: Notation, digits: Int? = 4) -> [Step] {
        let s = notation
        func num(_ v: Double) -> String { s.number(v, digits: digits) }
        var steps: [Step] = []
        steps.reserveCapacity(n + 3)
        var running = CompensatedSum()
        for term in terms {
            running.add(term.loss)
            let (symbolic, substituted) = termFormula(term, notation: s, num: num)
            steps.append(Step(kind: .term(index: term.index), symbolic: symbolic, substituted: substituted,
                              value: term.loss, runningSum: running.value))
        }

        steps += Self.totalSteps(spec: spec, n: n, sum: sum, elementLoss: { terms[$0].loss }, notation: s, digits: digits)
        return steps
    }

    /// The steps after the terms: the sum, the division by n (for `mean`) and the result.
    ///
    /// `elementLoss` gives the loss of a 0-based element; only the few shown in the sum are asked
    /// for, so a caller that keeps its sum elsewhere (the Lab's sum tree) pays O(1), not O(n).
    public static func totalSteps(spec: LossSpec, n: Int, sum: Double, elementLoss: (Int) -> Double,
                                  notation s: Notation, digits: Int? = 4) -> [Step] {
        func num(_ v: Double) -> String { s.number(v, digits: digits) }
        let shown = n <= 6 ? (0..<n).map { num(elementLoss($0)) }
            : (0..<3).map { num(elementLoss($0)) } + [s.ellipsis] + (n - 2..<n).map { num(elementLoss($0)) }
        let sumSymbol = "\(s.sum)\(s.subI) \(spec.loss == .mse ? "(\(s.x("i")) \(s.minus) \(s.xhat("i")))\(s.squared)" : "\(s.minus)[\(s.ellipsis)]\(s.subI)")"
        let value = spec.reduce(sum, count: n)
        var steps = [Step(kind: .sum, symbolic: sumSymbol, substituted: shown.joined(separator: " + "), value: sum)]
        if spec.reduction == .mean {
            steps.append(Step(kind: .divide, symbolic: "\(s.sum) / n", substituted: "\(num(sum)) / \(n)", value: value))
        }
        steps.append(Step(kind: .result, symbolic: "L(x, \(s.xhat))", substituted: num(value), value: value))
        return steps
    }

    func termFormula(_ t: ElementTerm, notation s: Notation, num: (Double) -> String) -> (String, String) {
        let i = t.index
        let x = num(t.x)
        switch t.parts {
        case .squaredError:
            return ("(\(s.x(i)) \(s.minus) \(s.xhat(i)))\(s.squared)",
                    "(\(x) \(s.minus) \(num(t.xhat)))\(s.squared)")
        case let .crossEntropy(usedXhat, _, _, _, _):
            let oneMinusX = "(1 \(s.minus) \(s.x(i)))"
            let p = num(usedXhat)
            let oneMinus = "1 \(s.minus) \(p)"
            switch spec.convention {
            case .exact:
                return ("\(s.minus)[\(s.x(i)) log \(s.xhat(i)) + \(oneMinusX) log(1 \(s.minus) \(s.xhat(i)))]",
                        "\(s.minus)[\(x) \(s.times) log(\(p)) + \(num(1 - t.x)) \(s.times) log(\(oneMinus))]")
            case .pytorch:
                let floor = "\(s.minus)100"
                return ("\(s.minus)[\(s.x(i)) max(log \(s.xhat(i)), \(floor)) + \(oneMinusX) max(log(1 \(s.minus) \(s.xhat(i))), \(floor))]",
                        "\(s.minus)[\(x) \(s.times) max(log(\(p)), \(floor)) + \(num(1 - t.x)) \(s.times) max(log(\(oneMinus)), \(floor))]")
            case .keras:
                let c = "c" + s.subscripted(String(i))
                return ("\(s.minus)[\(s.x(i)) log \(c) + \(oneMinusX) log(1 \(s.minus) \(c))], \(c) = clip(\(s.xhat(i)), 1e-7, 1 \(s.minus) 1e-7)",
                        "\(s.minus)[\(x) \(s.times) log(\(p)) + \(num(1 - t.x)) \(s.times) log(\(oneMinus))]")
            }
        }
    }
}
