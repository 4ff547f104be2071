/// A built-in block font for large read-outs: digits, `.`, `-` (and `−`), `+`, `e` and `∞`, five cells tall.
///
/// Each glyph is drawn with full blocks, or with `#` in ASCII, with one blank column between glyphs.
/// A character the font lacks is written as itself in the middle row.
enum BigDigits {
    /// The height of every glyph, in rows.
    static let height = 5

    /// The glyphs: five rows each, `#` for a filled cell.
    private static let glyphs: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", "###", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        ".": [" ", " ", " ", " ", "#"],
        "-": ["   ", "   ", "###", "   ", "   "],
        "+": ["   ", " # ", "###", " # ", "   "],
        "e": ["   ", " ##", "###", "#  ", " ##"],
        "∞": ["     ", "## ##", "# # #", "## ##", "     "],
    ]

    /// The five rows of `text` in the font.
    static func rows(_ text: String, ascii: Bool) -> [String] {
        let fill: Character = ascii ? "#" : "█"
        var rows = Array(repeating: "", count: height)
        for (k, c) in text.filter({ $0 != " " }).enumerated() {
            let glyph = glyphs[c == "−" ? "-" : c] ?? ["", "", String(c), "", ""].map { $0.isEmpty ? " " : $0 }
            for r in 0..<height {
                rows[r] += (k > 0 ? " " : "") + String(glyph[r].map { $0 == "#" ? fill : " " })
            }
        }
        return rows
    }

    /// The width of `text` in the font, in columns.
    static func width(_ text: String) -> Int { rows(text, ascii: true)[0].count }
}
