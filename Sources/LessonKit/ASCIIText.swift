/// Writes lesson text in plain ASCII for terminals without Unicode (`--ascii`).
///
/// Formula symbols get the names `Notation.ascii` uses (x̂ → xhat, Σ → sum, xᵢ → x_i, − → -,
/// ≈ → ~, ∞ → inf), box and table lines become `+ - |`, and anything else outside ASCII
/// becomes its plain letter or `?`.
public enum ASCIIText {
    /// `text` in ASCII only.
    public static func transliterate(_ text: String) -> String {
        var out = ""
        var inSubscript = false
        var inSuperscript = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.unicodeScalars.append(scalar)
                inSubscript = false
                inSuperscript = false
                continue
            }
            if scalar == "\u{0302}" { out += "hat"; continue }
            if let sub = subscripts[scalar] {
                out += (inSubscript ? "" : "_") + sub
                inSubscript = true
                continue
            }
            if let sup = superscripts[scalar] {
                out += (inSuperscript ? "" : "^") + sup
                inSuperscript = true
                continue
            }
            inSubscript = false
            inSuperscript = false
            if (0x0300...0x036F).contains(scalar.value) { continue }  // other combining accents
            out += symbols[scalar] ?? boxDrawing(scalar) ?? latin(scalar) ?? "?"
        }
        return out
    }

    private static let subscripts: [Unicode.Scalar: String] = [
        "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
        "ᵢ": "i", "ₙ": "n", "ⱼ": "j", "ₖ": "k", "₌": "=", "₊": "+", "₋": "-",
    ]
    private static let superscripts: [Unicode.Scalar: String] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
        "ⁿ": "n", "⁻": "-", "ᵀ": "T",
    ]
    private static let symbols: [Unicode.Scalar: String] = [
        "Σ": "sum", "∑": "sum", "−": "-", "≈": "~", "∞": "inf", "·": "*", "×": "x", "÷": "/", "≤": "<=", "≥": ">=",
        "≠": "!=", "→": "->", "←": "<-", "↑": "^", "↓": "v", "⇒": "=>", "…": "...", "–": "-", "—": "--",
        "‘": "'", "’": "'", "“": "\"", "”": "\"", "•": "*", "∈": "in", "σ": "sigma", "η": "eta", "∂": "d", "√": "sqrt",
        "±": "+-", "°": "deg", "\u{00A0}": " ", "✓": "v", "✗": "x", "▶": ">", "€": "EUR", "½": "1/2",
    ]

    /// Box-drawing lines as `+`, `-` and `|`.
    private static func boxDrawing(_ s: Unicode.Scalar) -> String? {
        guard (0x2500...0x257F).contains(s.value) else { return nil }
        switch s {
        case "─", "━", "═", "╌", "┄": return "-"
        case "│", "┃", "║", "╎", "┆": return "|"
        default: return "+"
        }
    }

    /// The base letter of an accented Latin letter (é → e), from the Latin-1 block.
    private static func latin(_ s: Unicode.Scalar) -> String? {
        let map: [(String, String)] = [("ÀÁÂÃÄÅ", "A"), ("àáâãäå", "a"), ("ÈÉÊË", "E"), ("èéêë", "e"), ("ÌÍÎÏ", "I"),
                                       ("ìíîï", "i"), ("ÒÓÔÕÖ", "O"), ("òóôõö", "o"), ("ÙÚÛÜ", "U"), ("ùúûü", "u"),
                                       ("Ç", "C"), ("ç", "c"), ("Ñ", "N"), ("ñ", "n"), ("ß", "ss")]
        return map.first { $0.0.unicodeScalars.contains(s) }?.1
    }
}
