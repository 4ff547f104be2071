#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Practice problems without end, seeded and reproducible: the same seed and skills give the same
/// problems, so a session can be replayed and a worksheet printed twice.
///
/// Difficulty grows with the level: n from 2 (level 0) to 5 (level 3), values with one decimal up to
/// level 1 and two from level 2. Every number answer asks for 3 significant digits.
public struct PracticeGenerator: Sendable, Equatable {
    /// The significant digits every number answer asks for.
    public static let digits = 3

    public let seed: UInt64
    /// The skills `next()` takes in turn (every skill when none is given).
    public let skills: [PracticeSkill]
    private var random: SeededRandom
    /// How many problems `next()` has served.
    private var served = 0

    public init(seed: UInt64, skills: [PracticeSkill] = PracticeSkill.allCases) {
        self.seed = seed
        self.skills = skills.isEmpty ? PracticeSkill.allCases : skills
        random = SeededRandom(seed: seed)
    }

    /// The next problem of a worksheet: the skills in turn, each round one level harder up to the top.
    public mutating func next() -> PracticeProblem {
        let skill = skills[served % skills.count]
        let level = min(PracticeSkill.topLevel, served / skills.count)
        served += 1
        return problem(skill, level: level)
    }

    /// A new problem of `skill` at `level` (kept within 0…`PracticeSkill.topLevel`).
    public mutating func problem(_ skill: PracticeSkill, level: Int) -> PracticeProblem {
        let level = min(max(level, 0), PracticeSkill.topLevel)
        switch skill {
        case .whichLoss: return whichLoss(level: level)
        case .mseMean: return lossProblem(skill, LossSpec(loss: .mse), level: level, targets: .any)
        case .mseSum: return lossProblem(skill, LossSpec(loss: .mse, reduction: .sum), level: level, targets: .any)
        case .mae: return lossProblem(skill, LossSpec(loss: .mae), level: level, targets: .any)
        case .bceTargetOne: return lossProblem(skill, LossSpec(loss: .bce), level: level, targets: .all(1))
        case .bceTargetZero: return lossProblem(skill, LossSpec(loss: .bce), level: level, targets: .all(0))
        case .bceSoft: return lossProblem(skill, LossSpec(loss: .bce), level: level, targets: .soft)
        case .term, .gradient:
            let loss = random.pick(Loss.all)
            return elementProblem(skill, LossSpec(loss: loss), level: level)
        }
    }

    // MARK: - Data

    /// What the targets x may be.
    private enum Targets: Equatable {
        /// Any value of the grid in [0, 1].
        case any
        /// Every target this value.
        case all(Double)
        /// Strictly between 0 and 1.
        case soft
    }

    /// n, and the number of decimals of the values, at `level`.
    private func size(_ level: Int) -> (n: Int, decimals: Int) { (2 + level, level >= 2 ? 2 : 1) }

    /// A value with `decimals` decimals in [0, 1], or in (0, 1) when `open`.
    private mutating func value(decimals: Int, open: Bool) -> Double {
        let scale = decimals == 1 ? 10 : 100
        return Double(random.int(in: open ? 1...(scale - 1) : 0...scale)) / Double(scale)
    }

    /// x and x̂ for `spec`: x̂ in (0, 1) where the loss takes logs, every x̂ᵢ different from its xᵢ.
    private mutating func vectors(_ spec: LossSpec, n: Int, decimals: Int, targets: Targets) -> (x: [Double], xhat: [Double]) {
        let openPredictions = spec.loss.domain == .unitInterval
        var x: [Double] = []
        var xhat: [Double] = []
        for _ in 0..<n {
            let target: Double
            switch targets {
            case .any: target = value(decimals: decimals, open: false)
            case let .all(v): target = v
            case .soft: target = value(decimals: decimals, open: true)
            }
            var prediction = value(decimals: decimals, open: openPredictions)
            while prediction == target { prediction = value(decimals: decimals, open: openPredictions) }
            x.append(target)
            xhat.append(prediction)
        }
        return (x, xhat)
    }

    // MARK: - Problems

    private mutating func lossProblem(_ skill: PracticeSkill, _ spec: LossSpec, level: Int, targets: Targets) -> PracticeProblem {
        let (n, decimals) = size(level)
        let (x, xhat) = vectors(spec, n: n, decimals: decimals, targets: targets)
        let loss = spec.loss
        let reduced = spec.reduction == .mean ? "the mean over the n = \(n) elements" : "reduction sum: the plain sum, no ÷ n"
        let nudge: String
        switch targets {
        case .all(1): nudge = "With every x = 1, the (1 − x)·log(1 − x̂) part is 0, so each term is −log x̂ᵢ (log is the natural log)."
        case .all: nudge = "With every x = 0, the x·log x̂ part is 0, so each term is −log(1 − x̂ᵢ) (log is the natural log)."
        case .any, .soft: nudge = "Use " + loss.formula(.unicode, reduction: spec.reduction) + "."
        }
        let method = "Work out each element's term, add the \(n) terms, "
            + (spec.reduction == .mean ? "then divide the sum by n = \(n)." : "and stop: the sum is the answer.")
        return numberProblem(skill, level: level, data: PracticeProblem.Data(spec: spec, x: x, xhat: xhat, quantity: .loss),
                             asks: "What is the \(loss.shortName) (\(reduced))?", nudge: nudge, method: method)
    }

    private mutating func elementProblem(_ skill: PracticeSkill, _ spec: LossSpec, level: Int) -> PracticeProblem {
        let (n, decimals) = size(level)
        let (x, xhat) = vectors(spec, n: n, decimals: decimals, targets: .any)
        let i = random.int(in: 1...n)
        let s = Notation.unicode
        let at = "\(s.x(i)) = \(NumberFormat.plain(x[i - 1])) and \(s.xhat(i)) = \(NumberFormat.plain(xhat[i - 1]))"
        let term = spec.loss.definition.sumSymbol(s).drop { $0 != " " }.dropFirst()
        if skill == .term {
            return numberProblem(skill, level: level, data: PracticeProblem.Data(spec: spec, x: x, xhat: xhat, quantity: .term(element: i)),
                                 asks: "What is element \(i)'s term of the \(spec.loss.shortName)?",
                                 nudge: "Element \(i)'s term is the part of the sum for i = \(i) alone: \(term).",
                                 method: "Put \(at) into the term; there is no sum and no ÷ n.")
        }
        return numberProblem(skill, level: level, data: PracticeProblem.Data(spec: spec, x: x, xhat: xhat, quantity: .gradient(element: i)),
                             asks: "For the mean \(spec.loss.shortName), what is \(s.partial("L", by: s.xhat(i))), the gradient for element \(i)?",
                             nudge: "Only element \(i)'s term, \(term), depends on \(s.xhat(i)); the other terms have slope 0.",
                             method: "Take the slope of element \(i)'s term by \(s.xhat(i)) at \(at), then divide it by n = \(n) for the mean.")
    }

    private func numberProblem(_ skill: PracticeSkill, level: Int, data: PracticeProblem.Data, asks: String,
                               nudge: String, method: String) -> PracticeProblem {
        let value = MistakeCatalogue.value(data.quantity, spec: data.spec, x: data.x, prediction: data.xhat)
        let list = { (values: [Double]) in values.map(NumberFormat.plain).joined(separator: ", ") }
        let prompt = "x = \(list(data.x)) and x̂ = \(list(data.xhat)). \(asks) Give \(Self.digits) significant digits."
        return PracticeProblem(skill: skill, level: level, prompt: prompt,
                               answer: .number(data, value: value, tolerance: Self.halfUnit(of: value, digits: Self.digits), digits: Self.digits),
                               nudge: nudge, method: method, reasoning: nil)
    }

    private mutating func whichLoss(level: Int) -> PracticeProblem {
        let set = random.pick(DescribedDataSet.all)
        let options = Loss.all.map(\.title)
        let correct = Loss.all.firstIndex { $0.id == set.loss } ?? 0
        return PracticeProblem(
            skill: .whichLoss, level: level,
            prompt: "\(set.description) Some values: \(set.sample). Which loss suits this data best?",
            answer: .choice(options: options, correct: correct),
            nudge: "Look at the values first: do they lie in [0, 1], as probabilities? Then ask how much a large error should count.",
            method: "BCE needs targets in [0, 1] and outputs that are probabilities; MSE squares each error, so large ones count most; "
                + "MAE counts every unit of error the same, so a few wild values pull it less.",
            reasoning: "\(options[correct]) suits it: \(set.why).")
    }

    /// Half a unit in the `digits`-th significant digit of `value` (a little more, for rounding in binary).
    static func halfUnit(of value: Double, digits: Int) -> Double {
        let magnitude = value == 0 ? 0 : Int(log10(abs(value)).rounded(.down))
        return 0.5 * pow(10, Double(magnitude - digits + 1)) * (1 + 1e-9)
    }
}
