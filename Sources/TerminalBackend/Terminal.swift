#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CellGrid
import CNcursesw
import LossLabApp

/// The ncurses terminal: starts and restores it, reads keys as `Event`s, draws cell buffers.
///
/// Every curses call happens on the thread that created it; the restore-and-re-raise signal handlers
/// guarantee a usable shell after quit, Ctrl-C, SIGTERM, SIGHUP and crash signals alike.
public final class Terminal {
    private var theme: TerminalTheme
    private var isOpen = true

    /// Takes over the terminal: UTF-8 locale, raw keys, no echo, hidden cursor, short Esc delay, colour if wanted.
    public init(colour: Bool) {
        setlocale(LC_ALL, "")
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        initscr()
        // After initscr, so ours replace the handlers ncurses installs for SIGINT and SIGTERM.
        losslab_install_restore_handlers()
        raw()
        noecho()
        nonl()
        keypad(losslab_stdscr(), true)
        curs_set(0)
        var useColour = colour && has_colors()
        if useColour {
            useColour = start_color() != ERR
            use_default_colors()
        }
        theme = TerminalTheme(colour: useColour)
    }

    /// The terminal's columns and rows.
    public var size: (width: Int, height: Int) { (Int(losslab_cols()), Int(losslab_lines())) }

    /// Copies `screen` to the terminal; ncurses sends only the cells that changed.
    public func draw(_ screen: CellBuffer) {
        var chars = [wchar_t](repeating: 0, count: 8)
        for y in 0..<min(screen.height, size.height) {
            for x in 0..<min(screen.width, size.width) {
                let cell = screen[x, y]
                if cell.isContinuation { continue }
                var k = 0
                for scalar in cell.grapheme.unicodeScalars where k < 5 {
                    chars[k] = wchar_t(bitPattern: scalar.value)
                    k += 1
                }
                chars[k] = 0
                let look = theme.look(cell.style)
                // The bottom-right cell reports ERR (the cursor cannot advance past it) but is drawn.
                _ = losslab_put_grapheme(Int32(y), Int32(x), chars, look.attrs, look.pair)
            }
        }
        wnoutrefresh(losslab_stdscr())
        doupdate()
    }

    /// Waits for the next key or resize; with `wait` false returns nil at once when none is pending.
    public func nextEvent(wait: Bool) -> Event? {
        wtimeout(losslab_stdscr(), wait ? -1 : 0)
        while true {
            var code: wint_t = 0
            let status = wget_wch(losslab_stdscr(), &code)
            if status == ERR { return nil }
            if status == KEY_CODE_YES {
                if Int32(code) == losslab_key_resize() { return .resize(width: size.width, height: size.height) }
                if let key = KeyDecoding.functionKey(Int32(code)) { return .key(key) }
            } else if let key = KeyDecoding.character(UInt32(code)) {
                return .key(key)
            }
            // Keys the app does not know are skipped.
            if !wait { return nil }
        }
    }

    /// Gives the terminal back: cursor visible, main screen, cooked mode, default signal actions.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        curs_set(1)
        endwin()
        losslab_remove_restore_handlers()
    }

    deinit { close() }
}
