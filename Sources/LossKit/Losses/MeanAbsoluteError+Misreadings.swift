extension MeanAbsoluteError {
    /// The error taken with its sign, without the absolute value.
    public func misreadings(_ s: Notation) -> [Misreading] {
        [Misreading(.unsquared, says: "\(s.x("i")) \(s.minus) \(s.xhat("i")), the error with its sign",
                    fix: "take each error's absolute value first") { x, xhat, _ in x - xhat }]
    }
}
