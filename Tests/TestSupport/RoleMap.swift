import CellGrid

/// A cell buffer's styles as text, one letter a cell, for snapshots of what each cell means.
///
/// The text snapshot of a screen shows its graphemes; the role map shows, cell for cell, the role
/// the theme colours (a fixed letter per role, capital when bold) and, in a second grid printed only
/// when some cell has them, reverse and dim. A legend names the letters used. Trailing normal
/// cells are left out of each row, as trailing spaces are in text snapshots.
public enum RoleMap {
    /// The role map of `buffer`.
    public static func text(of buffer: CellBuffer) -> String {
        let rows = (0..<buffer.height).map { y in (0..<buffer.width).map { buffer[$0, y].style } }
        var out = ["roles, one letter a cell (capital: bold; # bold normal text)"]
        out += rows.map { trimmed(String($0.map(symbol))) }
        if rows.joined().contains(where: { $0.reverse || $0.dim }) {
            out.append("emphasis (r reverse, d dim, x both)")
            out += rows.map { trimmed(String($0.map(emphasis))) }
        }
        let used = Set(rows.joined().map(\.role))
        let legend = StyleRole.allCases.filter(used.contains).map { "\(letter($0)) \($0)" }
        out.append("legend: " + legend.joined(separator: ", "))
        return out.joined(separator: "\n") + "\n"
    }

    /// The letter of a cell: its role's, in capitals when bold (`#` for bold normal text).
    static func symbol(_ style: Style) -> Character {
        let base = letter(style.role)
        guard style.bold else { return base }
        return style.role == .normal ? "#" : Character(base.uppercased())
    }

    /// The mark of a cell's reverse and dim flags.
    static func emphasis(_ style: Style) -> Character {
        switch (style.reverse, style.dim) {
        case (false, false): "."
        case (true, false): "r"
        case (false, true): "d"
        case (true, true): "x"
        }
    }

    /// The fixed letter of each role, so a map's letters mean the same in every snapshot.
    static func letter(_ role: StyleRole) -> Character {
        switch role {
        case .normal: "."
        case .titleBar: "t"
        case .keyBar: "k"
        case .heading: "h"
        case .strong: "s"
        case .emphasis: "e"
        case .dim: "d"
        case .formula: "f"
        case .code: "c"
        case .input: "i"
        case .inputFocused: "j"
        case .selected: "v"
        case .highlight: "w"
        case .error: "x"
        case .success: "o"
        case .tableHeader: "u"
        case .chartBlue: "b"
        case .chartRed: "r"
        case .chartGreen: "g"
        case .chartMagenta: "m"
        case .chartCyan: "a"
        case .chartYellow: "y"
        }
    }

    /// `row` without its trailing normal cells.
    static func trimmed(_ row: String) -> String {
        String(row.reversed().drop { $0 == "." }.reversed())
    }
}
