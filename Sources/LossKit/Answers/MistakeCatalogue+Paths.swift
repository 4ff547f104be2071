extension MistakeCatalogue {
    /// Computes the wrong paths of one catalogue; each `add…` method is one family of mistakes.
    struct PathBuilder {
        let spec: LossSpec
        let x: [Double]
        let prediction: [Double]
        let quantity: Quantity
        let s: Notation
        private(set) var paths: [Path] = []

        init(spec: LossSpec, x: [Double], prediction: [Double], quantity: Quantity, notation: Notation) {
            self.spec = spec
            self.x = x
            self.prediction = prediction
            self.quantity = quantity
            self.s = notation
        }

        var n: Int { x.count }
        var loss: Loss { spec.loss }

        mutating func build(right: Double) {
            addReductionSlips()
            addWrongSign(right)
            guard !spec.logits else { return }
            addSwapped()
            addOtherLosses()
            addMisreadings()
            addConventions()
            addRoundedTerms()
        }

        private mutating func add(_ mistake: MistakeKind, _ value: Double, says: String, fix: String) {
            guard value.isFinite else { return }
            paths.append(Path(mistake: mistake, value: value, says: says, fix: fix))
        }

        /// The sum for the mean and the other way round, ÷(n − 1), and one element's term alone.
        private mutating func addReductionSlips() {
            let divides = "the mean divides it by n = \(n)"
            switch quantity {
            case .loss:
                let sum = Evaluation(spec: spec, x: x, xhat: prediction).sum
                guard n > 1 else { return }
                if spec.reduction == .mean {
                    add(.sumInsteadOfMean, sum, says: "\(loss.definition.sumSymbol(s)), the sum of the \(n) terms", fix: divides)
                    add(.dividedByNMinusOne, sum / Double(n - 1), says: "the sum divided by n \(s.minus) 1 = \(n - 1)", fix: divides)
                } else {
                    add(.meanInsteadOfSum, sum / Double(n), says: "the mean, the sum divided by n = \(n)",
                        fix: "this question asks for the sum itself")
                }
                let combines = spec.reduction == .mean ? "averages" : "adds"
                for i in 1...n {
                    add(.oneElement, spec.elementLoss(x: x[i - 1], prediction: prediction[i - 1]),
                        says: "element \(i)'s term alone", fix: "the loss \(combines) the terms of all \(n) elements")
                }
            case let .gradient(i) where spec.reduction == .mean && n > 1:
                var own = spec
                own.reduction = .sum
                let slope = own.gradient(x: x[i - 1], prediction: prediction[i - 1], count: n)
                add(.sumInsteadOfMean, slope, says: "the slope of element \(i)'s own term", fix: divides)
                add(.dividedByNMinusOne, slope / Double(n - 1), says: "the slope of element \(i)'s term divided by n \(s.minus) 1 = \(n - 1)",
                    fix: divides)
            case .term, .gradient:
                return
            }
        }

        /// A missing leading minus, or a gradient taken the wrong way round.
        private mutating func addWrongSign(_ right: Double) {
            guard right != 0 else { return }
            switch quantity {
            case .loss, .term:
                let what = quantity == .loss ? "loss" : "term"
                let leadingMinus = loss.formula(s).contains("= \(s.minus)")
                add(.wrongSign, -right, says: "the \(what) with its sign turned",
                    fix: leadingMinus ? "the minus in front of the formula makes the \(what) positive"
                        : quantity == .loss ? "every term is at least 0, so the loss is too" : "no term is below 0")
            case let .gradient(i):
                let by = spec.logits ? s.z(i) : s.xhat(i)
                add(.wrongSign, -right, says: "the gradient with its sign turned, as if taken by \(s.x(i)) rather than \(by)",
                    fix: "the gradient is positive where raising \(by) raises the loss")
            }
        }

        /// x and x̂ exchanged, where the exchanged pair is still valid input.
        private mutating func addSwapped() {
            guard (try? LossInput(x: prediction, xhat: x, losses: [loss])) != nil else { return }
            add(.swapped, MistakeCatalogue.value(quantity, spec: spec, x: prediction, prediction: x),
                says: "the \(loss.shortName) with x and \(s.xhat) exchanged",
                fix: "x is the original and \(s.xhat) the reconstruction: \(loss.formula(s, reduction: spec.reduction))")
        }

        /// Every other loss the data suit, such as the mean of |d| (MAE) where MSE was asked.
        private mutating func addOtherLosses() {
            for other in Loss.all where other != loss {
                guard (try? LossInput(x: x, xhat: prediction, losses: [other])) != nil else { continue }
                var otherSpec = spec
                otherSpec.loss = other
                if !other.usesConvention { otherSpec.convention = .exact }
                let says: String
                switch quantity {
                case .loss: says = "the \(other.shortName), \(other.formula(s, reduction: spec.reduction).drop { $0 != "=" }.dropFirst(2))"
                case .term: says = "the \(other.shortName)'s term, \(other.definition.sumSymbol(s).drop { $0 != " " }.dropFirst())"
                case .gradient: says = "the \(other.shortName)'s gradient"
                }
                add(.otherLoss, MistakeCatalogue.value(quantity, spec: otherSpec, x: x, prediction: prediction),
                    says: says, fix: "this question asks for the \(loss.shortName)")
            }
        }

        /// The loss's own misreadings of its term (see `LossDefinition.misreadings`).
        private mutating func addMisreadings() {
            for m in loss.definition.misreadings(s) {
                switch quantity {
                case .loss:
                    if m.afterReduction != nil && spec.reduction != .mean { continue }
                    let wrong = x.indices.map { m.element(x[$0], prediction[$0], spec.convention) }
                    let reduced = spec.value(sum: PairwiseSumTree(wrong).total, count: n)
                    let word = spec.reduction == .mean ? "mean" : "sum"
                    add(m.mistake, m.afterReduction.map { $0(reduced) } ?? reduced,
                        says: m.whole ?? "the \(word) over the elements of \(m.says)", fix: m.fix)
                case let .term(i) where m.afterReduction == nil:
                    add(m.mistake, m.element(x[i - 1], prediction[i - 1], spec.convention), says: m.says, fix: m.fix)
                case .term, .gradient:
                    continue
                }
            }
        }

        /// A library's clamp where the exact formula was asked, and the other way round.
        private mutating func addConventions() {
            guard spec.conventionApplies else { return }
            for other in Convention.allCases where other != spec.convention {
                var otherSpec = spec
                otherSpec.convention = other
                let mistake: MistakeKind = spec.convention == .exact ? .clampWhereExact : other == .exact ? .exactWhereClamp : .otherLibrary
                let says = other == .exact ? "the exact formula's value, without a clamp" : "\(other.title)'s value (\(other.explanation(s)))"
                let fix = spec.convention == .exact ? "this question asks for the exact formula"
                    : "this question asks for \(spec.convention.title)'s: \(spec.convention.explanation(s))"
                add(mistake, MistakeCatalogue.value(quantity, spec: otherSpec, x: x, prediction: prediction), says: says, fix: fix)
            }
        }

        /// The terms rounded to 2 or 3 significant digits before they are combined.
        private mutating func addRoundedTerms() {
            guard quantity == .loss else { return }
            for digits in [2, 3] {
                let rounded = x.indices.map { MistakeCatalogue.rounded(spec.elementLoss(x: x[$0], prediction: prediction[$0]), digits: digits) }
                add(.roundedTerms, spec.value(sum: rounded.reduce(0, +), count: n),
                    says: "what the terms give when each is first rounded to \(digits) digits",
                    fix: "keep every digit until the end")
            }
        }
    }

    /// `value` rounded to `digits` significant digits.
    static func rounded(_ value: Double, digits: Int) -> Double {
        Double(NumberFormat.readable(value, digits: digits)) ?? value
    }
}
