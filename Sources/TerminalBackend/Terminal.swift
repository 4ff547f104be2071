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
/// Every curses call happens on the thread that created it. The signal handlers (in the C shim) give
/// the terminal back on every signal that ends the process, stop and resume it around SIGTSTP, and only
/// do async-signal-safe work; the resize, stop and continue signals are let through only while the
/// terminal waits for input, so none of them lands unnoticed.
public final class Terminal {
    /// How long `nextEvent` may wait for input.
    public enum Wait {
        /// Only take what has already arrived.
        case none
        /// Until input arrives or the instant passes.
        case until(ContinuousClock.Instant)
        /// Until input arrives.
        case forever
    }

    /// The largest size the app uses (1000 columns × 500 rows): a bigger reported size (a broken terminal,
    /// a multiplexer gone wild) is treated as this one, so drawing never allocates absurdly.
    public static let maximumSize = (width: 1000, height: 500)
    /// How long a paste may pause before it counts as ended without its end marker.
    static let pastePause = 500

    private var theme: TerminalTheme
    /// The presenter's theme (see `TerminalTheme.init(colour:highContrast:)`).
    private var contrastTheme: TerminalTheme
    private var isOpen = true
    private var decoder = PasteDecoder()
    private var pending: [Event] = []

    /// Takes over the terminal: UTF-8 locale, raw keys, no echo, hidden cursor, short Esc delay,
    /// bracketed paste, colour if wanted.
    ///
    /// Throws, with the terminal untouched, when TERM is unset or names a terminal curses cannot drive.
    public init(colour: Bool) throws(TerminalProblem) {
        setlocale(LC_ALL, "")
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        switch losslab_check_terminal() {
        case LOSSLAB_TERMINAL_OK: break
        case LOSSLAB_TERMINAL_UNSET: throw .typeUnset
        case LOSSLAB_TERMINAL_NO_DATABASE: throw .noDatabase(term)
        case LOSSLAB_TERMINAL_TOO_SIMPLE: throw .tooSimple(term)
        default: throw .typeUnknown(term)
        }
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        Self.limitReportedSize()
        losslab_prepare_signals()
        losslab_hold_waiting_signals(true)
        guard losslab_start_curses() else {
            losslab_hold_waiting_signals(false)
            throw .startFailed(term)
        }
        // After curses started, so ours replace the handlers ncurses installs for SIGINT, SIGTERM and SIGTSTP.
        losslab_install_signal_handlers()
        raw()
        noecho()
        nonl()
        keypad(losslab_stdscr(), true)
        wtimeout(losslab_stdscr(), 0)
        curs_set(0)
        var useColour = colour && has_colors()
        if useColour {
            useColour = start_color() != ERR
            use_default_colors()
        }
        theme = TerminalTheme(colour: useColour)
        contrastTheme = TerminalTheme(colour: useColour, highContrast: true)
        losslab_send(LOSSLAB_PASTE_ON)
    }

    /// The terminal's columns and rows, at most `maximumSize`.
    public var size: (width: Int, height: Int) { (Int(losslab_cols()), Int(losslab_lines())) }

    /// Copies `screen` to the terminal, in the high-contrast theme if asked; ncurses sends only the cells that changed.
    public func draw(_ screen: CellBuffer, highContrast: Bool = false) {
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
                let look = highContrast ? contrastTheme.look(cell.style) : theme.look(cell.style)
                // The bottom-right cell reports ERR (the cursor cannot advance past it) but is drawn.
                _ = losslab_put_grapheme(Int32(y), Int32(x), chars, look.attrs, look.pair)
            }
        }
        wnoutrefresh(losslab_stdscr())
        doupdate()
    }

    /// The next key, paste or resize, waiting as `wait` allows; nil when the wait ended without one
    /// (the time passed, or a signal interrupted it).
    ///
    /// Ctrl-Z stops the app as it would a cooked-mode program (unless the parent ignores SIGTSTP), and
    /// after `fg` the terminal is taken over again and a resize event asks for a full redraw.
    public func nextEvent(_ wait: Wait) -> Event? {
        while pending.isEmpty {
            if losslab_take_resumed() {
                reenter()
                return .resize(width: size.width, height: size.height)
            }
            if let events = readEvent() {
                receive(events)
            } else if decoder.isInsidePaste {
                let ready = losslab_wait_for_input(Int32(Self.pastePause))
                Self.limitReportedSize()
                if ready == 0 { pending += decoder.flush() }
            } else if decoder.isHolding {
                pending += decoder.flush()
            } else {
                guard let milliseconds = Self.milliseconds(wait) else { return nil }
                let ready = losslab_wait_for_input(milliseconds)
                Self.limitReportedSize()
                // A timeout ends the wait; input or a signal (a resize, a resume) is read next time round.
                if ready == 0 { return nil }
            }
        }
        return pending.removeFirst()
    }

    /// Files decoded events: Ctrl-Z stops the app, everything else waits in `pending` for `nextEvent`.
    private func receive(_ events: [Event]) {
        for event in events {
            if event == .key(.ctrl("z")) && losslab_can_stop() {
                losslab_stop(1)
            } else {
                pending.append(event)
            }
        }
    }

    /// One input from curses without waiting, through the paste decoder: events it completed, or nil when
    /// curses had nothing.
    private func readEvent() -> [Event]? {
        var code: wint_t = 0
        let status = wget_wch(losslab_stdscr(), &code)
        if status == ERR { return nil }
        if status == KEY_CODE_YES {
            if Int32(code) == losslab_key_resize() { return [.resize(width: size.width, height: size.height)] }
            return KeyDecoding.functionKey(Int32(code)).map { decoder.feed($0) } ?? []
        }
        return KeyDecoding.character(UInt32(code)).map { decoder.feed($0) } ?? []
    }

    /// Milliseconds to wait for `wait`: -1 for no limit, nil when it is not to wait at all.
    private static func milliseconds(_ wait: Wait) -> Int32? {
        switch wait {
        case .none: return nil
        case .forever: return -1
        case let .until(deadline):
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return nil }
            let (seconds, attoseconds) = left.components
            return Int32(clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
        }
    }

    /// After a stop: curses takes the terminal over again at the next draw (program modes, keypad, hidden
    /// cursor, alternate screen), which repaints every cell; bracketed paste goes back on.
    private func reenter() {
        decoder = PasteDecoder()
        Self.limitReportedSize()
        endwin()
        clearok(losslab_curscr(), true)
        losslab_send(LOSSLAB_PASTE_ON)
    }

    /// Passes the terminal's real size to curses through LINES and COLUMNS, clamped to `maximumSize`;
    /// curses reads them (they override its own ioctl) whenever it starts or handles a resize.
    static func limitReportedSize() {
        var reported = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &reported) == 0, reported.ws_col > 0, reported.ws_row > 0 else {
            unsetenv("COLUMNS")
            unsetenv("LINES")
            return
        }
        let limited = clamped(width: Int(reported.ws_col), height: Int(reported.ws_row))
        setenv("COLUMNS", String(limited.width), 1)
        setenv("LINES", String(limited.height), 1)
    }

    /// `width` × `height` within `maximumSize`.
    static func clamped(width: Int, height: Int) -> (width: Int, height: Int) {
        (min(width, maximumSize.width), min(height, maximumSize.height))
    }

    /// Gives the terminal back: paste mode off, cursor visible, main screen, cooked mode, default signal actions.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        losslab_send(LOSSLAB_PASTE_OFF)
        curs_set(1)
        endwin()
        losslab_remove_signal_handlers()
        losslab_hold_waiting_signals(false)
    }

    deinit { close() }
}
