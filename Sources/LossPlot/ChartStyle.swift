/// One of the eight standard terminal colours, which every colour terminal can show.
public enum ChartColour: String, CaseIterable, Sendable, Hashable {
    case black, red, green, yellow, blue, magenta, cyan, white

    /// The colour's number in the ANSI and curses palettes (0–7).
    public var index: Int {
        switch self {
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        }
    }

    /// The colours given to a chart's series, in order; they stay apart on dark and light backgrounds.
    public static let seriesPalette: [ChartColour] = [.blue, .red, .green, .magenta, .cyan, .yellow]
}

/// How one cell is drawn: its colour and emphasis. A front end without colour ignores `colour`.
public struct CellStyle: Sendable, Hashable {
    /// The foreground colour, or nil for the terminal's default.
    public var colour: ChartColour?
    /// Bold: titles, the marker's dots.
    public var bold: Bool
    /// Dim: guides and other furniture that should recede behind the data.
    public var dim: Bool

    public init(colour: ChartColour? = nil, bold: Bool = false, dim: Bool = false) {
        self.colour = colour
        self.bold = bold
        self.dim = dim
    }

    /// The terminal's default look.
    public static let plain = CellStyle()
}

/// One cell of a chart: a single character (a grapheme cluster, so x̂ fits) and its style.
public struct ChartCell: Sendable, Hashable {
    public var character: Character
    public var style: CellStyle

    public init(_ character: Character, style: CellStyle = .plain) {
        self.character = character
        self.style = style
    }

    /// An empty cell.
    public static let blank = ChartCell(" ")
}
