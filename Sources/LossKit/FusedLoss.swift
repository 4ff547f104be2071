/// The loss and its gradient over long vectors in one pass, for large inputs and benchmarks.
///
/// Each element's loss and gradient come from the same functions as `Evaluation`'s terms; the sum
/// is kept in four compensated lanes, so it is both fast and accurate to about one rounding.
public enum FusedLoss {
    /// The loss of `spec` over `x` and `xhat`, writing dL/dx̂ᵢ into `gradient` when one is given.
    ///
    /// The buffers must be equally long and non-empty, and `gradient` (if any) as long as them.
    public static func value(
        _ spec: LossSpec,
        x: UnsafeBufferPointer<Double>,
        xhat: UnsafeBufferPointer<Double>,
        gradient: UnsafeMutableBufferPointer<Double>? = nil
    ) -> Double {
        precondition(x.count == xhat.count && !x.isEmpty, "FusedLoss needs equally long, non-empty vectors")
        precondition(gradient.map { $0.count == x.count } ?? true, "gradient must be as long as x")
        let sum: Double
        switch (spec.loss, spec.convention) {
        case (.mse, _): sum = run(.mse, .exact, x, xhat, gradient, spec)
        case (.bce, .exact): sum = run(.bce, .exact, x, xhat, gradient, spec)
        case (.bce, .pytorch): sum = run(.bce, .pytorch, x, xhat, gradient, spec)
        case (.bce, .keras): sum = run(.bce, .keras, x, xhat, gradient, spec)
        }
        return spec.reduce(sum, count: x.count)
    }

    /// The loop itself; each call site above passes constants, so the compiler specialises it.
    @inline(__always)
    private static func run(
        _ loss: LossKind, _ convention: Convention,
        _ x: UnsafeBufferPointer<Double>, _ xhat: UnsafeBufferPointer<Double>,
        _ gradient: UnsafeMutableBufferPointer<Double>?, _ spec: LossSpec
    ) -> Double {
        var lanes = (CompensatedSum(), CompensatedSum(), CompensatedSum(), CompensatedSum())
        let n = x.count
        var i = 0
        @inline(__always) func element(_ k: Int) -> Double {
            if let gradient { gradient[k] = spec.reduce(loss.elementGradient(x: x[k], xhat: xhat[k], convention: convention), count: n) }
            return loss.elementLoss(x: x[k], xhat: xhat[k], convention: convention)
        }
        while i + 4 <= n {
            lanes.0.add(element(i))
            lanes.1.add(element(i + 1))
            lanes.2.add(element(i + 2))
            lanes.3.add(element(i + 3))
            i += 4
        }
        while i < n {
            lanes.0.add(element(i))
            i += 1
        }
        var total = CompensatedSum()
        for lane in [lanes.0, lanes.1, lanes.2, lanes.3] { total.add(lane.value) }
        return total.value
    }
}
