/// The symbols used to write formulas: Unicode (x̂, Σ, subscripts) or plain ASCII (xhat, sum, x_i).
public enum Notation: Sendable, Hashable {
    case unicode
    case ascii

    /// x̂ on its own.
    public var xhat: String { self == .unicode ? "x\u{0302}" : "xhat" }
    /// The summation sign.
    public var sum: String { self == .unicode ? "Σ" : "sum" }
    /// The subscript of the summation sign, "ᵢ" or "_i".
    public var subI: String { self == .unicode ? "ᵢ" : "_i" }
    /// The minus sign.
    public var minus: String { self == .unicode ? "−" : "-" }
    /// The multiplication dot.
    public var times: String { self == .unicode ? "·" : "*" }
    /// The division sign.
    public var divide: String { self == .unicode ? "÷" : "/" }
    /// The squared superscript.
    public var squared: String { self == .unicode ? "²" : "^2" }
    /// Infinity.
    public var infinity: String { self == .unicode ? "∞" : "inf" }
    /// An ellipsis.
    public var ellipsis: String { self == .unicode ? "…" : "..." }
    /// The Sigmoid's name, "σ" or "sigmoid".
    public var sigma: String { self == .unicode ? "σ" : "sigmoid" }
    /// The learning rate's symbol.
    public var eta: String { self == .unicode ? "η" : "eta" }

    /// The factor in front of the sum: "(1/n) " for `mean`, nothing for `sum`.
    public func lead(_ reduction: Reduction) -> String { reduction == .mean ? "(1/n) " : "" }

    /// A partial derivative such as ∂L/∂x̂ᵢ, or dL/dxhat_i in ASCII.
    public func partial(_ f: String, by v: String) -> String {
        let d = self == .unicode ? "\u{2202}" : "d"
        return "\(d)\(f)/\(d)\(v)"
    }

    /// The logit zᵢ with the given index, such as z₂ or z_2.
    public func z(_ index: String) -> String { "z" + subscripted(index) }
    /// zᵢ for a 1-based element number.
    public func z(_ index: Int) -> String { z(String(index)) }

    /// log(1 + e^−|z|) for the given z, as "log(1 + e^−|z|)" or "log(1 + exp(-|z|))".
    public func logOnePlusExp(_ z: String) -> String {
        self == .unicode ? "log(1 + e^\(minus)|\(z)|)" : "log(1 + exp(-|\(z)|))"
    }

    /// xᵢ with the given index, such as x₂ or x_2.
    public func x(_ index: String) -> String { "x" + subscripted(index) }
    /// x̂ᵢ with the given index, such as x̂₂ or xhat_2.
    public func xhat(_ index: String) -> String { xhat + subscripted(index) }
    /// xᵢ for a 1-based element number.
    public func x(_ index: Int) -> String { x(String(index)) }
    /// x̂ᵢ for a 1-based element number.
    public func xhat(_ index: Int) -> String { xhat(String(index)) }

    /// A subscript: Unicode subscript characters, or "_" and the text in ASCII.
    public func subscripted(_ text: String) -> String {
        guard self == .unicode else { return "_" + text }
        let map: [Character: Character] = [
            "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
            "i": "ᵢ", "n": "ₙ",
        ]
        return String(text.map { map[$0] ?? $0 })
    }

    /// A read-out: 4 significant digits, except that a value those would round to 1 (or −1) but that
    /// is not reads as 1 and the difference: the 1 − 1e-7 Keras clips x̂ = 1 to reads "1 − 1e-7", never
    /// "1", since log(1 − x̂) depends on just that difference.
    public func reading(_ value: Double) -> String {
        let text = number(value)
        let whole = value.rounded()
        guard abs(whole) == 1, whole != value, text == number(whole) else { return text }
        let difference = value - whole
        return "\(text) \(difference < 0 ? minus : "+") \(number(abs(difference)))"
    }

    /// A number in this notation's minus and ∞: rounded to `digits` significant digits, or in full when nil.
    public func number(_ value: Double, digits: Int? = 4) -> String {
        guard let digits else {
            if value.isInfinite { return (value < 0 ? minus : "") + infinity }
            let text = NumberFormat.full(value)
            return text.hasPrefix("-") ? minus + text.dropFirst() : text
        }
        return NumberFormat.readable(value, digits: digits, infinity: infinity, minus: minus)
    }
}
