/// How a BCE computation treats logarithms of 0: the exact formula, or what a library does.
///
/// Only a loss whose `usesConvention` is true (BCE) changes with it.
public enum Convention: String, CaseIterable, Sendable, Hashable {
    /// The formula itself, with 0 · log 0 = 0; a confident mistake costs ∞.
    case exact
    /// PyTorch's `binary_cross_entropy`: each log is clamped at −100, so no term exceeds 100.
    case pytorch
    /// Keras' `binary_crossentropy`: x̂ is clipped to [1e-7, 1 − 1e-7] before the logs.
    case keras

    /// PyTorch's floor for each logarithm.
    public static let pytorchLogFloor = -100.0
    /// PyTorch's floor for x̂(1 − x̂) in the gradient's denominator: the C++ `float` constant 1e-12,
    /// which as a double is 9.999999960041972e-13 (not 1e-12).
    public static let pytorchGradientEpsilon = Double(Float(1e-12))
    /// Keras' clipping margin, `keras.backend.epsilon()`.
    public static let kerasEpsilon = 1e-7

    /// The name a reader sees: "exact", "PyTorch" or "Keras".
    public var title: String {
        switch self {
        case .exact: "exact"
        case .pytorch: "PyTorch"
        case .keras: "Keras"
        }
    }

    /// One sentence saying what this convention does, for screens and handouts.
    public func explanation(_ notation: Notation) -> String {
        let s = notation
        switch self {
        case .exact:
            return "exact formula: 0 \(s.times) log 0 = 0, and a log of 0 that counts makes the loss \(s.infinity)"
        case .pytorch:
            return "PyTorch: each log is clamped at \(s.minus)100, so one element costs at most 100"
        case .keras:
            return "Keras: \(s.xhat) is clipped to [1e-7, 1 \(s.minus) 1e-7] first, so one element costs at most about 16.12"
        }
    }
}
