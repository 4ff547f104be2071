/// A known wrong way to compute a loss, a term or a gradient, which the catalogue can name.
public enum MistakeKind: String, Sendable, Equatable, CaseIterable {
    /// The sum of the terms where the mean was asked (forgot ÷ n); for a gradient, the term's own slope.
    case sumInsteadOfMean = "sum-instead-of-mean"
    /// The mean where the sum was asked.
    case meanInsteadOfSum = "mean-instead-of-sum"
    /// The sum divided by n − 1, as for a sample variance.
    case dividedByNMinusOne = "divided-by-n-minus-1"
    /// Another loss of the same data, such as the mean of |d| (MAE) where MSE was asked.
    case otherLoss = "other-loss"
    /// The errors d = x − x̂ averaged without squaring them.
    case unsquared
    /// The mean error squared, rather than the mean of the squared errors.
    case squareOfMean = "square-of-mean"
    /// The sign turned: a missing leading minus, or ∂L/∂x where ∂L/∂x̂ was asked.
    case wrongSign = "wrong-sign"
    /// log10 in place of the natural log.
    case log10
    /// log2 in place of the natural log.
    case log2
    /// x and x̂ exchanged.
    case swapped
    /// Only −x·log x̂ kept: the (1 − x)·log(1 − x̂) part dropped.
    case droppedSecondPart = "dropped-second-part"
    /// Only −(1 − x)·log(1 − x̂) kept: the x·log x̂ part dropped.
    case droppedFirstPart = "dropped-first-part"
    /// One element's term where the loss over all of them was asked.
    case oneElement = "one-element"
    /// A library's clamp (PyTorch or Keras) where the exact formula was asked.
    case clampWhereExact = "clamp-where-exact"
    /// The exact formula where a library's clamp was asked.
    case exactWhereClamp = "exact-where-clamp"
    /// One library's clamp where the other's was asked.
    case otherLibrary = "other-library"
    /// Each term rounded before they were combined.
    case roundedTerms = "rounded-terms"
    /// The right value, but rounded to fewer digits than the question asks for.
    case tooFewDigits = "too-few-digits"
}
