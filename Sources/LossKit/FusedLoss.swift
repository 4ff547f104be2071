/// The loss and its gradient over long vectors in one pass, for large inputs and benchmarks.
///
/// Each element's loss and gradient come from the same functions as `Evaluation`'s terms; the sum
/// is kept in four compensated lanes, so it is both fast and accurate to about one rounding.
public enum FusedLoss {
    /// The loss of `spec` over `x` and the predictions, writing each gradient into `gradient` when one is given.
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
        return spec.value(sum: spec.loss.definition.fusedSum(spec, x: x, prediction: xhat, gradient: gradient), count: x.count)
    }

    /// Writes each element's reduced gradient of `spec` into `gradient`, the same numbers `value`
    /// writes, without computing the loss. The buffers must be equally long.
    public static func gradient(
        _ spec: LossSpec,
        x: UnsafeBufferPointer<Double>,
        xhat: UnsafeBufferPointer<Double>,
        into gradient: UnsafeMutableBufferPointer<Double>
    ) {
        precondition(x.count == xhat.count && gradient.count == x.count, "FusedLoss needs equally long vectors")
        spec.loss.definition.fusedGradient(spec, x: x, prediction: xhat, gradient: gradient)
    }

    /// Writes each element's loss of `spec` into `losses`, the numbers `LossSpec.elementLoss` gives,
    /// without the sum. The buffers must be equally long.
    public static func elementLosses(
        _ spec: LossSpec,
        x: UnsafeBufferPointer<Double>,
        xhat: UnsafeBufferPointer<Double>,
        into losses: UnsafeMutableBufferPointer<Double>
    ) {
        precondition(x.count == xhat.count && losses.count == x.count, "FusedLoss needs equally long vectors")
        spec.loss.definition.fusedElementLosses(spec, x: x, prediction: xhat, into: losses)
    }
}

extension LossDefinition {
    /// The sum of the element losses, writing reduced gradients; a protocol requirement, so each loss
    /// gets its own specialised copy (see `FusedLoss`).
    public func fusedSum(_ spec: LossSpec, x: UnsafeBufferPointer<Double>, prediction: UnsafeBufferPointer<Double>,
                         gradient: UnsafeMutableBufferPointer<Double>?) -> Double {
        let mean = spec.reduction == .mean
        // Each case passes constants, so the compiler specialises the loop for it.
        switch (spec.logits, spec.precision, spec.convention) {
        case (true, .float64, _): return fusedLoop(Double.self, true, .exact, mean, x, prediction, gradient)
        case (true, .float32, _): return fusedLoop(Float.self, true, .exact, mean, x, prediction, gradient)
        case (false, .float64, .exact): return fusedLoop(Double.self, false, .exact, mean, x, prediction, gradient)
        case (false, .float64, .pytorch): return fusedLoop(Double.self, false, .pytorch, mean, x, prediction, gradient)
        case (false, .float64, .keras): return fusedLoop(Double.self, false, .keras, mean, x, prediction, gradient)
        case (false, .float32, let convention): return fusedLoop(Float.self, false, convention, mean, x, prediction, gradient)
        }
    }

    /// Each element's reduced gradient alone (see `FusedLoss.gradient`); specialised like `fusedSum`.
    public func fusedGradient(_ spec: LossSpec, x: UnsafeBufferPointer<Double>, prediction: UnsafeBufferPointer<Double>,
                              gradient: UnsafeMutableBufferPointer<Double>) {
        let mean = spec.reduction == .mean
        switch (spec.logits, spec.precision, spec.convention) {
        case (true, .float64, _): gradientLoop(Double.self, true, .exact, mean, x, prediction, gradient)
        case (true, .float32, _): gradientLoop(Float.self, true, .exact, mean, x, prediction, gradient)
        case (false, .float64, .exact): gradientLoop(Double.self, false, .exact, mean, x, prediction, gradient)
        case (false, .float64, .pytorch): gradientLoop(Double.self, false, .pytorch, mean, x, prediction, gradient)
        case (false, .float64, .keras): gradientLoop(Double.self, false, .keras, mean, x, prediction, gradient)
        case (false, .float32, let convention): gradientLoop(Float.self, false, convention, mean, x, prediction, gradient)
        }
    }

    /// Each element's loss alone (see `FusedLoss.elementLosses`); specialised like `fusedSum`.
    public func fusedElementLosses(_ spec: LossSpec, x: UnsafeBufferPointer<Double>, prediction: UnsafeBufferPointer<Double>,
                                   into losses: UnsafeMutableBufferPointer<Double>) {
        switch (spec.logits, spec.precision, spec.convention) {
        case (true, .float64, _): elementLossLoop(Double.self, true, .exact, x, prediction, losses)
        case (true, .float32, _): elementLossLoop(Float.self, true, .exact, x, prediction, losses)
        case (false, .float64, .exact): elementLossLoop(Double.self, false, .exact, x, prediction, losses)
        case (false, .float64, .pytorch): elementLossLoop(Double.self, false, .pytorch, x, prediction, losses)
        case (false, .float64, .keras): elementLossLoop(Double.self, false, .keras, x, prediction, losses)
        case (false, .float32, let convention): elementLossLoop(Float.self, false, convention, x, prediction, losses)
        }
    }

    @inline(__always)
    private func elementLossLoop<T: LossScalar>(
        _: T.Type, _ logits: Bool, _ convention: Convention,
        _ x: UnsafeBufferPointer<Double>, _ p: UnsafeBufferPointer<Double>, _ losses: UnsafeMutableBufferPointer<Double>
    ) {
        for k in 0..<x.count {
            let (a, b) = (T(x[k]), T(p[k]))
            losses[k] = Double(logits ? logitElementLoss(x: a, z: b) : elementLoss(x: a, xhat: b, convention: convention))
        }
    }

    @inline(__always)
    private func gradientLoop<T: LossScalar>(
        _: T.Type, _ logits: Bool, _ convention: Convention, _ mean: Bool,
        _ x: UnsafeBufferPointer<Double>, _ p: UnsafeBufferPointer<Double>, _ gradient: UnsafeMutableBufferPointer<Double>
    ) {
        let scale = T(x.count)
        for k in 0..<x.count {
            let (a, b) = (T(x[k]), T(p[k]))
            let g = logits ? logitElementGradient(x: a, z: b) : elementGradient(x: a, xhat: b, convention: convention)
            gradient[k] = Double(mean ? g / scale : g)
        }
    }

    @inline(__always)
    private func fusedLoop<T: LossScalar>(
        _: T.Type, _ logits: Bool, _ convention: Convention, _ mean: Bool,
        _ x: UnsafeBufferPointer<Double>, _ p: UnsafeBufferPointer<Double>, _ gradient: UnsafeMutableBufferPointer<Double>?
    ) -> Double {
        var lanes = (CompensatedSum(), CompensatedSum(), CompensatedSum(), CompensatedSum())
        let n = x.count
        let scale = T(n)
        var i = 0
        @inline(__always) func element(_ k: Int) -> Double {
            let (a, b) = (T(x[k]), T(p[k]))
            if let gradient {
                let g = logits ? logitElementGradient(x: a, z: b) : elementGradient(x: a, xhat: b, convention: convention)
                gradient[k] = Double(mean ? g / scale : g)
            }
            return Double(logits ? logitElementLoss(x: a, z: b) : elementLoss(x: a, xhat: b, convention: convention))
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
