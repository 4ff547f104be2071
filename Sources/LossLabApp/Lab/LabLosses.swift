import LossKit

/// Which losses the Lab shows: one of them, or both side by side.
public enum LabLosses: String, Sendable, Hashable, CaseIterable {
    case mse
    case bce
    case both

    /// The losses shown, MSE first.
    public var kinds: [LossKind] {
        switch self {
        case .mse: [.mse]
        case .bce: [.bce]
        case .both: [.mse, .bce]
        }
    }

    /// The loss whose rules the inputs must follow: BCE's ([0, 1]) whenever BCE is shown.
    public var validationKind: LossKind { self == .mse ? .mse : .bce }
}
