import LossLabApp

/// The interactive event loop: draw, wait for a key, update, draw again, until the app quits.
public enum TerminalApp {
    /// Runs the app on the terminal from `state` (its size is replaced by the terminal's) and restores the terminal.
    ///
    /// `afterFirstFrame` runs once the first frame is on screen, before any key is read: the place for
    /// work the first frame does not need, such as parsing the lessons.
    public static func run(_ initial: AppState, colour: Bool, afterFirstFrame: (inout AppState) -> Void = { _ in }) {
        let terminal = Terminal(colour: colour)
        defer { terminal.close() }
        var state = initial
        (state.width, state.height) = terminal.size
        terminal.draw(LossLabApp.render(state))
        afterFirstFrame(&state)
        terminal.draw(LossLabApp.render(state))
        while let event = terminal.nextEvent(wait: true) {
            var quit = LossLabApp.update(&state, event).contains(.quit)
            // Take every key already typed (a paste) before drawing again, so drawing never lags.
            while !quit, let more = terminal.nextEvent(wait: false) {
                quit = LossLabApp.update(&state, more).contains(.quit)
            }
            if quit { return }
            LossLabApp.settle(&state)
            terminal.draw(LossLabApp.render(state))
        }
    }
}
