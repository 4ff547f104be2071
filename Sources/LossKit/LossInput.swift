/// An original vector x and a reconstruction x̂ that have passed every check for a loss.
public struct LossInput: Sendable, Equatable {
    public let x: [Double]
    public let xhat: [Double]

    /// Reads and checks both lists as typed: they must parse, match in length, and suit `loss`.
    public init(xText: String, xhatText: String, loss: LossKind) throws(InputError) {
        try self.init(x: Vector.x.parse(xText), xhat: Vector.xhat.parse(xhatText), loss: loss)
    }

    /// Checks two vectors: non-empty, finite, equally long, and inside [0, 1] for BCE.
    public init(x: [Double], xhat: [Double], loss: LossKind) throws(InputError) {
        for (vector, values) in [(Vector.x, x), (.xhat, xhat)] {
            if values.isEmpty { throw .list(vector, NumberListError(.empty, value: 0, column: 0, text: "")) }
            if let i = values.firstIndex(where: { !$0.isFinite }) {
                throw .list(vector, NumberListError(.notFinite, value: i + 1, column: 0, text: NumberFormat.full(values[i])))
            }
        }
        guard x.count == xhat.count else { throw .lengthMismatch(x: x.count, xhat: xhat.count) }
        if loss == .bce {
            for (vector, values) in [(Vector.x, x), (.xhat, xhat)] {
                if let i = values.firstIndex(where: { !(0...1).contains($0) }) {
                    let looksLikePixels = values.allSatisfy { (0...255).contains($0) && $0.rounded() == $0 }
                    throw .outsideUnitInterval(vector, index: i + 1, value: values[i], looksLikePixels: looksLikePixels)
                }
            }
        }
        self.x = x
        self.xhat = xhat
    }
}

/// Which of the two vectors a message is about.
public enum Vector: String, Sendable, Equatable {
    case x
    case xhat

    /// The vector's name in a notation: "x", or "x̂" / "xhat".
    public func name(_ notation: Notation) -> String { self == .x ? "x" : notation.xhat }

    /// This vector's numbers as typed, with an error that names the vector.
    public func parse(_ text: String) throws(InputError) -> [Double] {
        do { return try NumberList.parse(text) } catch { throw .list(self, error) }
    }
}

/// Why an x and x̂ pair cannot be scored, in words that say what to change.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// One list could not be read.
    case list(Vector, NumberListError)
    /// One vector's data file could not be read.
    case file(Vector, DataFileError)
    /// The lists differ in length.
    case lengthMismatch(x: Int, xhat: Int)
    /// A BCE value lies outside [0, 1].
    case outsideUnitInterval(Vector, index: Int, value: Double, looksLikePixels: Bool)

    /// The message in Unicode notation.
    public var description: String { message(.unicode) }

    /// The message in the given notation.
    public func message(_ notation: Notation) -> String {
        switch self {
        case let .list(vector, error):
            return "\(vector.name(notation)): \(error)"
        case let .file(vector, error):
            return "\(vector.name(notation)): \(error)"
        case let .lengthMismatch(x, xhat):
            return "x has \(x) value\(x == 1 ? "" : "s") but \(notation.xhat) has \(xhat); give both the same length"
        case let .outsideUnitInterval(vector, index, value, looksLikePixels):
            let name = vector.name(notation)
            let hint = looksLikePixels
                ? "these look like 0-255 pixels: divide them by 255 first, or use MSE"
                : "use MSE for values outside [0, 1]"
            let what = vector == .x ? "targets" : "predictions"
            return "\(name) value \(index) is \(NumberFormat.full(value)), outside [0, 1]: "
                + "BCE needs \(what) in [0, 1]; \(hint)"
        }
    }
}
