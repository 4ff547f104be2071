#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How values are spaced along an axis.
public enum AxisScale: Sendable, Hashable {
    /// Equal steps for equal differences.
    case linear
    /// Equal steps for equal ratios (base 10); only positive values can be shown.
    case logarithmic

    /// Where `value` lies between `lower` (0) and `upper` (1); outside the range it is below 0 or above 1.
    ///
    /// On a log scale, zero and negative values lie at −∞; NaN stays NaN.
    @inline(__always)
    public func fraction(_ value: Double, lower: Double, upper: Double) -> Double {
        switch self {
        case .linear:
            return (value - lower) / (upper - lower)
        case .logarithmic:
            if value <= 0 { return -.infinity }
            return (log10(value) - log10(lower)) / (log10(upper) - log10(lower))
        }
    }

    /// The value the scale uses for spacing: the value itself, or its base-10 logarithm.
    func transformed(_ value: Double) -> Double {
        self == .linear ? value : log10(value)
    }

    /// The inverse of `transformed`.
    func untransformed(_ value: Double) -> Double {
        self == .linear ? value : pow(10, value)
    }
}
