/// How the element losses are combined into one number.
public enum Reduction: String, CaseIterable, Sendable, Hashable {
    /// Divide the sum by n: the loss does not grow with the number of elements.
    case mean
    /// The plain sum over all elements.
    case sum
}
