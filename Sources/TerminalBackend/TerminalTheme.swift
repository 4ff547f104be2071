import CellGrid
import CNcursesw
import LossLabApp

/// Turns style roles into curses attributes and colour pairs: in colour, or monochrome with attributes only.
struct TerminalTheme {
    /// Attributes and colour pair per role, indexed by `StyleRole.rawValue`.
    private var looks: [(attrs: attr_t, pair: Int16)]
    /// Whether colour is on, so grey levels can be shown.
    private let colour: Bool
    /// The colour pairs made so far for grey foreground / background combinations, by their colour numbers.
    private var greyPairs: [Int32: Int16] = [:]
    /// The next free colour pair, and the terminal's limit.
    private var nextPair: Int16 = 1
    private let pairLimit: Int
    /// The greys the terminal offers.
    private let greys: GreyRamp
    /// Each role's own foreground colour number (-1: the default), for a cell that has only a grey background.
    private var foregrounds: [Int16]

    /// The theme for a terminal; `colour` false gives bold / reverse / underline / dim only.
    /// `highContrast` (the presenter's, for projectors) draws every role bold and undimmed, in colour
    /// on black.
    ///
    /// With colour on, it defines one curses colour pair per coloured role, so call it after `start_color`.
    init(colour: Bool, highContrast: Bool = false) {
        let bold = losslab_a_bold(), reverse = losslab_a_reverse(), underline = losslab_a_underline()
        let dim = losslab_a_dim(), normal = losslab_a_normal()
        looks = Array(repeating: (normal, 0), count: StyleRole.allCases.count)
        foregrounds = Array(repeating: -1, count: StyleRole.allCases.count)
        self.colour = colour
        let colours = Int(tigetnum("colors"))
        pairLimit = min(Int(Int16.max), max(0, Int(tigetnum("pairs"))))
        greys = GreyRamp(colourCount: colours)
        for role in StyleRole.allCases {
            var (mono, colours) = Self.look(role, bold: bold, reverse: reverse, underline: underline, dim: dim, normal: normal)
            if highContrast { (mono, colours) = Self.contrasted(mono, colours, bold: bold, dim: dim) }
            var look = (attrs: mono, pair: Int16(0))
            if colour, let (fg, bg, attrs) = colours {
                foregrounds[Int(role.rawValue)] = fg
                init_pair(nextPair, fg, bg)
                look = (attrs, nextPair)
                nextPair += 1
            }
            looks[Int(role.rawValue)] = look
        }
    }

    /// The attributes and colour pair of `style`: its role's look plus its own emphasis, and its grey
    /// foreground and background (the nearest greys the terminal has) when colour is on.
    mutating func look(_ style: Style) -> (attrs: attr_t, pair: Int16) {
        var look = looks[Int(style.role.rawValue)]
        if colour, style.foreground != nil || style.background != nil, let pair = greyPair(style) { look.pair = pair }
        if style.bold { look.attrs |= losslab_a_bold() }
        if style.reverse { look.attrs |= losslab_a_reverse() }
        if style.dim { look.attrs |= losslab_a_dim() }
        return look
    }

    /// The colour pair for `style`'s greys (the terminal's default where one is nil), made on first use;
    /// nil once the terminal's pairs run out.
    private mutating func greyPair(_ style: Style) -> Int16? {
        func number(_ grey: Gray?, otherwise: Int16) -> Int16 {
            grey.map(greys.colour) ?? otherwise
        }
        let fg = number(style.foreground, otherwise: foregrounds[Int(style.role.rawValue)])
        let bg = number(style.background, otherwise: -1)
        let key = Int32(fg) << 16 | Int32(UInt16(bitPattern: bg))
        if let pair = greyPairs[key] { return pair }
        guard Int(nextPair) < pairLimit else { return nil }
        init_pair(nextPair, fg, bg)
        greyPairs[key] = nextPair
        nextPair += 1
        return nextPair - 1
    }

    /// A look made for a projector: bold and never dim; on black, with white for text that has no colour.
    private static func contrasted(_ mono: attr_t, _ colours: (Int16, Int16, attr_t)?, bold: attr_t,
                                   dim: attr_t) -> (attr_t, (Int16, Int16, attr_t)?) {
        let (fg, bg, attrs) = colours ?? (Int16(COLOR_WHITE), -1, mono & ~dim)
        return ((mono & ~dim) | bold, (fg, bg == -1 ? Int16(COLOR_BLACK) : bg, attrs | bold))
    }

    /// A role's monochrome attributes, and its colours (foreground, background, attributes) if it has any.
    private static func look(_ role: StyleRole, bold: attr_t, reverse: attr_t, underline: attr_t, dim: attr_t,
                             normal: attr_t) -> (attr_t, (Int16, Int16, attr_t)?) {
        let none: Int16 = -1
        switch role {
        case .normal: return (normal, nil)
        case .titleBar: return (reverse | bold, (Int16(COLOR_WHITE), Int16(COLOR_BLUE), bold))
        case .keyBar: return (reverse, (Int16(COLOR_BLACK), Int16(COLOR_CYAN), normal))
        case .heading: return (bold | underline, (Int16(COLOR_CYAN), none, bold))
        case .strong: return (bold, nil)
        case .emphasis: return (underline, nil)
        case .dim: return (dim, nil)
        case .formula: return (bold, (Int16(COLOR_YELLOW), none, normal))
        case .code: return (normal, (Int16(COLOR_GREEN), none, normal))
        case .input: return (underline, nil)
        case .inputFocused: return (underline | bold, (Int16(COLOR_WHITE), Int16(COLOR_BLUE), normal))
        case .selected: return (reverse, nil)
        case .highlight: return (reverse | bold, (Int16(COLOR_BLACK), Int16(COLOR_YELLOW), normal))
        case .error: return (bold, (Int16(COLOR_RED), none, bold))
        case .success: return (bold, (Int16(COLOR_GREEN), none, bold))
        case .tableHeader: return (bold | underline, (Int16(COLOR_CYAN), none, underline))
        case .chartBlue: return (normal, (Int16(COLOR_BLUE), none, normal))
        case .chartRed: return (normal, (Int16(COLOR_RED), none, normal))
        case .chartGreen: return (normal, (Int16(COLOR_GREEN), none, normal))
        case .chartMagenta: return (normal, (Int16(COLOR_MAGENTA), none, normal))
        case .chartCyan: return (normal, (Int16(COLOR_CYAN), none, normal))
        case .chartYellow: return (normal, (Int16(COLOR_YELLOW), none, normal))
        }
    }
}
