#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension BinaryCrossEntropy {
    /// Logs to base 10 or 2 in place of ln, and one of the term's two parts dropped.
    public func misreadings(_ s: Notation) -> [Misreading] {
        let (xi, pi) = (s.x("i"), s.xhat("i"))
        let first = "\(xi) log \(pi)"
        let second = "(1 \(s.minus) \(xi)) log(1 \(s.minus) \(pi))"
        let ln = "the logs in BCE are natural logs, ln"
        return [
            Misreading(.log10, says: "the term with log10 in place of ln", fix: ln) { x, xhat, c in
                elementLoss(x: x, xhat: xhat, convention: c) / M_LN10
            },
            Misreading(.log2, says: "the term with log2 in place of ln", fix: ln) { x, xhat, c in
                elementLoss(x: x, xhat: xhat, convention: c) / M_LN2
            },
            Misreading(.droppedSecondPart, says: "\(s.minus)\(first) alone, without \(second)",
                       fix: "each term adds both parts, and where \(xi) = 0 only the second counts") { x, xhat, c in
                -termValues(x: x, xhat: xhat, convention: c)[2]
            },
            Misreading(.droppedFirstPart, says: "\(s.minus)\(second) alone, without \(first)",
                       fix: "each term adds both parts, and where \(xi) = 1 only the first counts") { x, xhat, c in
                -termValues(x: x, xhat: xhat, convention: c)[4]
            },
        ]
    }
}
