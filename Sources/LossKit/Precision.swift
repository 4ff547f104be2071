/// The floating-point type a loss is computed in (PyTorch and NumPy call it the dtype).
public enum Precision: String, CaseIterable, Sendable, Hashable {
    /// Double precision, LossLab's default: about 16 significant digits.
    case float64
    /// Single precision, what PyTorch and Keras use unless told otherwise: about 7 digits.
    case float32

    /// One sentence saying how the numbers are computed, for headings and notes.
    public var explanation: String {
        switch self {
        case .float64: "computed in float64"
        case .float32: "each element computed in float32 as PyTorch and Keras do by default; "
            + "the sum is added in float64 and rounded to float32"
        }
    }
}
