import Testing
@testable import LossKit

/// A practice problem's worked solution, as worksheets print it: from the step trace, ending in the answer.
@Suite struct PracticeSolutionTests {
    @Test(arguments: PracticeSkill.allCases)
    func everySolutionEndsInTheAnswer(_ skill: PracticeSkill) {
        var generator = PracticeGenerator(seed: 11, skills: [skill])
        for level in 0...PracticeSkill.topLevel {
            let problem = generator.problem(skill, level: level)
            let solution = problem.solution()
            switch problem.answer {
            case let .number(data, value, _, _):
                let last = solution.last ?? ""
                #expect(last.hasSuffix(" = " + Notation.unicode.number(value)), "\(last)")
                switch data.quantity {
                case .loss:
                    #expect(solution == problem.steps().map { $0.line(.unicode) })
                    #expect(solution.count == data.x.count + (data.spec.reduction == .mean ? 3 : 2))
                case .term: #expect(solution.count == 1)
                case let .gradient(i):
                    #expect(solution == [problem.worked(), "∂L/∂x̂\(Notation.unicode.subscripted(String(i))) = \(Notation.unicode.number(value))"])
                }
            case .choice:
                #expect(solution == [problem.worked()])
            }
        }
    }

    @Test func aLossSolutionShowsEachTermTheSumAndTheMean() {
        let data = PracticeProblem.Data(spec: LossSpec(loss: .mse), x: [0.9, 0.2], xhat: [0.5, 0.1], quantity: .loss)
        let problem = PracticeProblem(skill: .mseMean, level: 0, prompt: "", answer: .number(data, value: 0.085, tolerance: 0.0005, digits: 3),
                                      nudge: "", method: "", reasoning: nil)
        #expect(problem.solution() == [
            "(x₁ − x̂₁)² = (0.9 − 0.5)² = 0.16", "(x₂ − x̂₂)² = (0.2 − 0.1)² = 0.01", "Σᵢ (xᵢ − x̂ᵢ)² = 0.16 + 0.01 = 0.17",
            "Σ / n = 0.17 / 2 = 0.085", "L(x, x̂) = 0.085",
        ])
    }
}
