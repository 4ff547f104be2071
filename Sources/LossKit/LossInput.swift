/// An original vector x and a reconstruction x̂ that have passed every check for a loss.
public struct LossInput: Sendable, Equatable {
    public let x: [Double]
    /// The predictions as given: probabilities x̂, or logits z when the input was checked as logits.
    public let xhat: [Double]

    /// Checks two vectors for one loss.
    public init(x: [Double], xhat: [Double], loss: Loss, logits: Bool = false) throws(InputError) {
        try self.init(x: x, xhat: xhat, losses: [loss], logits: logits)
    }

    /// Checks two vectors: non-empty, finite, equally long, and inside each loss's domain (logits may
    /// be any finite number: only x must suit the loss then).
    public init(x: [Double], xhat: [Double], losses: [Loss], logits: Bool = false) throws(InputError) {
        for (vector, values) in [(Vector.x, x), (.xhat, xhat)] {
            if values.isEmpty { throw .list(vector, NumberListError(.empty, value: 0, column: 0, text: "")) }
            if let problem = Self.finiteProblem(vector, values, in: values.indices) { throw problem }
        }
        guard x.count == xhat.count else { throw .lengthMismatch(x: x.count, xhat: xhat.count) }
        if let problem = Self.domainProblem(x: x, xhat: xhat, in: x.indices, losses: losses, logits: logits) { throw problem }
        self.x = x
        self.xhat = xhat
    }

    /// The first value of `values` in `range` that is not finite, as the error that names it.
    static func finiteProblem(_ vector: Vector, _ values: [Double], in range: Range<Int>) -> InputError? {
        // The four-lane test is the fast path; only a failing range is searched for its first culprit.
        guard !values.withUnsafeBufferPointer({ DataFile.allFinite(UnsafeBufferPointer(rebasing: $0[range])) }),
              let i = values[range].firstIndex(where: { !$0.isFinite }) else { return nil }
        return .list(vector, NumberListError(.notFinite, value: i + 1, column: 0, text: NumberFormat.full(values[i])))
    }

    /// The first value in `range` of two equally long vectors outside a loss's domain, loss by loss
    /// and x before x̂ (logits may be any number: only x is checked then), as the error that names it.
    static func domainProblem(x: [Double], xhat: [Double], in range: Range<Int>, losses: [Loss], logits: Bool) -> InputError? {
        for loss in losses where loss.domain != .realNumbers {
            let domain = loss.domain
            for (vector, values) in logits ? [(Vector.x, x)] : [(Vector.x, x), (.xhat, xhat)] {
                if let i = values[range].firstIndex(where: { !domain.contains($0) }) {
                    return .outsideDomain(vector, index: i + 1, value: values[i], loss: loss,
                                          looksLikePixels: LossDomain.looksLikePixels(values))
                }
            }
        }
        return nil
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
    /// A value lies outside the domain of `loss` (BCE's [0, 1]).
    case outsideDomain(Vector, index: Int, value: Double, loss: Loss, looksLikePixels: Bool)

    /// A prediction of 0 or 1 has no finite logit, so x̂ cannot be shown as logits.
    case noLogit(index: Int, value: Double)

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
        case let .noLogit(index, value):
            return "\(notation.xhat) value \(index) is \(NumberFormat.plain(value)), whose logit is "
                + "\(value > 0 ? "" : notation.minus)\(notation.infinity): move it inside (0, 1) to give \(notation.xhat) as logits"
        case let .outsideDomain(vector, index, value, loss, looksLikePixels):
            let name = vector.name(notation)
            let others = Loss.forAnyNumber.map(\.shortName).joined(separator: " or ")
            let hint = looksLikePixels
                ? "these look like 0-255 pixels: divide them by 255 first, or use \(others)"
                : "use \(others) for values outside \(loss.domain.title)"
            let what = vector == .x ? "targets" : "predictions"
            return "\(name) value \(index) is \(NumberFormat.plain(value)), outside \(loss.domain.title): "
                + "\(loss.shortName) needs \(what) in \(loss.domain.title); \(hint)"
        }
    }
}
