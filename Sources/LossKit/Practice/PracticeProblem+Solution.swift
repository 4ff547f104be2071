extension PracticeProblem {
    /// The worked solution, one line a step, as an answer key prints it: for a loss every step of the
    /// trace (each term, the sum, the division by n, the result), for a term its step, for a gradient
    /// the worked step and the gradient's value, for a choice the reasoning.
    public func solution(_ notation: Notation = .unicode) -> [String] {
        guard case let .number(data, value, _, _) = answer else { return reasoning.map { [$0] } ?? [] }
        switch data.quantity {
        case .loss: return steps(notation).map { $0.line(notation) }
        case let .term(i): return [steps(notation)[i - 1].line(notation)]
        case let .gradient(i):
            let by = data.spec.logits ? notation.z(i) : notation.xhat(i)
            return [worked(notation), "\(notation.partial("L", by: by)) = \(notation.number(value))"]
        }
    }
}
