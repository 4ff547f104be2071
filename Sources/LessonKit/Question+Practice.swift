import LossKit

extension Question {
    /// The question a practice problem asks, so the reader's judging, named mistakes and hint tiers
    /// serve practice too: a number problem becomes a computation (its worked step generated from the
    /// step trace), a choice keeps its options and gives its reasoning as the worked step.
    public init(practice problem: PracticeProblem) {
        let answer: Answer
        switch problem.answer {
        case let .number(data, _, tolerance, _):
            let (quantity, element): (Computation.Quantity, Int)
            switch data.quantity {
            case .loss: (quantity, element) = (.loss, 1)
            case let .term(i): (quantity, element) = (.term, i)
            case let .gradient(i): (quantity, element) = (.gradient, i)
            }
            answer = .number(Computation(spec: data.spec, x: data.x, xhat: data.xhat, quantity: quantity, element: element),
                             tolerance: tolerance)
        case let .choice(options, correct):
            answer = .choice(options: options, correct: correct)
        }
        self.init(prompt: problem.prompt, answer: answer, hint: problem.nudge, method: problem.method, worked: problem.reasoning)
    }
}
