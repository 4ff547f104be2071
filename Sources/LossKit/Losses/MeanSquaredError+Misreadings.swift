extension MeanSquaredError {
    /// The error left unsquared, and the mean error squared instead of the mean of the squared errors.
    public func misreadings(_ s: Notation) -> [Misreading] {
        let d = "\(s.x("i")) \(s.minus) \(s.xhat("i"))"
        return [
            Misreading(.unsquared, says: "\(d), the error not squared", fix: "square each error first") { x, xhat, _ in x - xhat },
            Misreading(.squareOfMean, says: d, fix: "square each error first, then average",
                       whole: "the square of the mean error, ((1/n) \(s.sum)\(s.subI) (\(d)))\(s.squared)",
                       afterReduction: { $0 * $0 }) { x, xhat, _ in x - xhat },
        ]
    }
}
