#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension LossKind {
    /// One element's term: its parts and its loss, under `convention` (ignored by MSE).
    public func term(x: Double, xhat: Double, convention: Convention) -> (parts: TermParts, loss: Double) {
        switch self {
        case .mse:
            let diff = x - xhat
            return (.squaredError(diff: diff, squared: diff * diff), diff * diff)
        case .bce:
            let p = BCEParts(x: x, xhat: xhat, convention: convention)
            return (.crossEntropy(usedXhat: p.usedXhat, logXhat: p.logXhat, xLogXhat: p.xLogXhat,
                                  logOneMinusXhat: p.logOneMinusXhat, oneMinusXLogOneMinusXhat: p.oneMinusXLog),
                    p.loss)
        }
    }

    /// One element's loss alone; the same value as `term(…).loss`, without the parts.
    @inline(__always)
    public func elementLoss(x: Double, xhat: Double, convention: Convention) -> Double {
        switch self {
        case .mse:
            let diff = x - xhat
            return diff * diff
        case .bce:
            // The same sum as `BCEParts`, but a log whose weight is 0 is never taken: binary
            // targets need one log per element instead of two.
            let oneMinusX = 1 - x
            let a = x == 0 ? 0 : x * BCEParts.logXhat(xhat, convention)
            let b = oneMinusX == 0 ? 0 : oneMinusX * BCEParts.logOneMinusXhat(xhat, convention)
            return 0 - (a + b)
        }
    }

    /// d/dx̂ of one element's loss, before the reduction divides by n.
    ///
    /// MSE: 2(x̂ − x). BCE, exact: (x̂ − x) / (x̂(1 − x̂)), with its limits at x̂ = 0 and 1 (±∞ where the
    /// loss itself is infinite). PyTorch: the same with x̂(1 − x̂) floored at 1e-12, as its backward does.
    /// Keras: the derivative of the clipped loss, so 0 where x̂ lies outside the clipping range.
    @inline(__always)
    public func elementGradient(x: Double, xhat: Double, convention: Convention) -> Double {
        switch self {
        case .mse:
            return 2 * (xhat - x)
        case .bce:
            switch convention {
            case .exact:
                if xhat > 0 && xhat < 1 { return (xhat - x) / (xhat * (1 - xhat)) }
                if xhat == 0 { return x == 0 ? 1 : -.infinity }
                if xhat == 1 { return x == 1 ? -1 : .infinity }
                return .nan
            case .pytorch:
                return (xhat - x) / max(xhat * (1 - xhat), Convention.pytorchGradientEpsilon)
            case .keras:
                let eps = Convention.kerasEpsilon
                guard xhat >= eps && xhat <= 1 - eps else { return 0 }
                return (xhat - x) / (xhat * (1 - xhat))
            }
        }
    }
}

/// The pieces of one BCE term under a convention.
@usableFromInline
struct BCEParts {
    var usedXhat: Double
    var logXhat: Double
    var logOneMinusXhat: Double
    var xLogXhat: Double
    var oneMinusXLog: Double

    init(x: Double, xhat: Double, convention: Convention) {
        usedXhat = Self.usedXhat(xhat, convention)
        logXhat = Self.logXhat(xhat, convention)
        logOneMinusXhat = Self.logOneMinusXhat(xhat, convention)
        let oneMinusX = 1 - x
        // 0 · log 0 = 0: a weight of zero removes its log, even an infinite one.
        xLogXhat = x == 0 ? 0 : x * logXhat
        oneMinusXLog = oneMinusX == 0 ? 0 : oneMinusX * logOneMinusXhat
    }

    /// The x̂ the logs are taken of: Keras clips it to [1e-7, 1 − 1e-7]; the others use it as it is.
    @inline(__always)
    static func usedXhat(_ xhat: Double, _ convention: Convention) -> Double {
        guard convention == .keras else { return xhat }
        return min(max(xhat, Convention.kerasEpsilon), 1 - Convention.kerasEpsilon)
    }

    /// log x̂ under the convention (PyTorch clamps it at −100).
    @inline(__always)
    static func logXhat(_ xhat: Double, _ convention: Convention) -> Double {
        let value = log(usedXhat(xhat, convention))
        return convention == .pytorch ? max(value, Convention.pytorchLogFloor) : value
    }

    /// log(1 − x̂) under the convention, computed as log1p(−x̂) so tiny x̂ keep their digits.
    @inline(__always)
    static func logOneMinusXhat(_ xhat: Double, _ convention: Convention) -> Double {
        let value = log1p(-usedXhat(xhat, convention))
        return convention == .pytorch ? max(value, Convention.pytorchLogFloor) : value
    }

    /// −[x log x̂ + (1 − x) log(1 − x̂)], written so that a zero loss is +0.
    @inline(__always)
    var loss: Double { 0 - (xLogXhat + oneMinusXLog) }
}
