/// Which reconstruction loss scores x̂ against x.
public enum LossKind: String, CaseIterable, Sendable, Hashable {
    /// Mean Squared Error: the average of (xᵢ − x̂ᵢ)².
    case mse
    /// Binary Cross-Entropy: the average of −[xᵢ log x̂ᵢ + (1 − xᵢ) log(1 − x̂ᵢ)].
    case bce

    /// The name a reader sees, such as "Mean Squared Error (MSE)".
    public var title: String {
        switch self {
        case .mse: "Mean Squared Error (MSE)"
        case .bce: "Binary Cross-Entropy (BCE)"
        }
    }

    /// The short upper-case name, "MSE" or "BCE".
    public var shortName: String { rawValue.uppercased() }

    /// The whole formula, L(x, x̂) = …, in the given notation.
    public func formula(_ notation: Notation, reduction: Reduction = .mean) -> String {
        let s = notation
        let lead = reduction == .mean ? "(1/n) " : ""
        switch self {
        case .mse:
            return "L(x, \(s.xhat)) = \(lead)\(s.sum)\(s.subI) (\(s.x("i")) \(s.minus) \(s.xhat("i")))\(s.squared)"
        case .bce:
            return "L(x, \(s.xhat)) = \(s.minus)\(lead)\(s.sum)\(s.subI) [\(s.x("i")) log \(s.xhat("i")) + "
                + "(1 \(s.minus) \(s.x("i"))) log(1 \(s.minus) \(s.xhat("i")))]"
        }
    }
}
