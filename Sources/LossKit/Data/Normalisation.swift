/// How the numbers of a data file became the values LossLab computes with; the rules in one place.
///
/// - Text lists and CSV hold numbers as written: they are used as they are.
/// - Floating-point `.npy` arrays (float16/32/64) are used as they are.
/// - Integer `.npy` arrays are divided by their type's maximum (uint8 by 255, int16 by 32767, …), so
///   pixels become intensities in [0, 1]; bool arrays give 0 and 1.
/// - PGM images are divided by their own maximum value (maxval, up to 65535).
/// - `--scale S` overrides all of these: the numbers as stored are divided by S.
public struct Normalisation: Sendable, Equatable, CustomStringConvertible {
    /// What the file held, such as "uint8 .npy", "16-bit PGM" or "text".
    public var source: String
    /// The divisor applied to every value, or nil when the values are used as they are.
    public var divisor: Double?
    /// Why that divisor, such as "the type's maximum", "its maxval" or "--scale".
    public var reason: String

    public init(source: String, divisor: Double?, reason: String) {
        self.source = source
        self.divisor = divisor
        self.reason = reason
    }

    /// Values used as they are, from a file of `source`.
    static func asStored(_ source: String) -> Normalisation {
        Normalisation(source: source, divisor: nil, reason: "as stored")
    }

    /// The same source divided by `scale` instead (the `--scale` option), or self when no scale is given.
    func overridden(by scale: Double?) -> Normalisation {
        guard let scale else { return self }
        return Normalisation(source: source, divisor: scale, reason: "--scale")
    }

    /// "uint8 .npy ÷ 255 (the type's maximum)", "float32 .npy as stored", in the notation's symbols.
    public func text(_ s: Notation) -> String {
        guard let divisor else { return "\(source) \(reason)" }
        return "\(source) \(s.divide) \(NumberFormat.plain(divisor)) (\(reason))"
    }

    public var description: String { text(.unicode) }
}
