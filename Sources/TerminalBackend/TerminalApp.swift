import LossLabApp

/// The interactive event loop: wait for input or the next tick, update, settle, draw, until the app quits.
public enum TerminalApp {
    /// The shortest time between two frames drawn for ticks alone (about 60 a second); input is drawn at once.
    static let frameInterval = Duration.milliseconds(16)

    /// Runs the app on the terminal from `state` (its size is replaced by the terminal's) and restores the terminal.
    ///
    /// `afterFirstFrame` runs once the first frame is on screen, before any key is read: the place for
    /// work the first frame does not need, such as parsing the lessons. `now` is the app's clock (seconds
    /// since 1970), read before each event; `perform` carries out every effect but `.quit` (such as
    /// saving progress) and may change the state (to show a notice). Throws, with the terminal
    /// untouched, when the terminal cannot run the app.
    public static func run(_ initial: AppState, colour: Bool, now: @escaping () -> Double = { 0 },
                           perform: @escaping (Effect, inout AppState) -> Void = { _, _ in },
                           afterFirstFrame: (inout AppState) -> Void = { _ in }) throws(TerminalProblem) {
        let terminal = try Terminal(colour: colour)
        defer { terminal.close() }
        var state = initial
        state.now = now()
        (state.width, state.height) = terminal.size
        terminal.draw(LossLabApp.render(state), highContrast: state.highContrast)
        afterFirstFrame(&state)
        LossLabApp.settle(&state)
        terminal.draw(LossLabApp.render(state), highContrast: state.highContrast)
        loop(&state, on: terminal) { state, event in
            state.now = now()
            var quits = false
            for effect in LossLabApp.update(&state, event) {
                if effect == .quit { quits = true } else { perform(effect, &state) }
            }
            return quits
        }
    }

    /// Waits (with a timeout while the state asks for ticks), applies each burst of events and due ticks,
    /// settles once per burst, and draws: at once after input, at most every `frameInterval` for ticks.
    private static func loop(_ state: inout AppState, on terminal: Terminal, update: (inout AppState, Event) -> Bool) {
        let clock = ContinuousClock()
        var ticks = TickSchedule()
        var lastFrame = clock.now
        var unseen = false
        while true {
            ticks.follow(state.tickInterval, now: clock.now)
            let deadline = [ticks.next, unseen ? lastFrame + frameInterval : nil].compactMap { $0 }.min()
            var hadInput = false
            if let event = terminal.nextEvent(deadline.map { .until($0) } ?? .forever) {
                hadInput = true
                if update(&state, event) { return }
                // Take every event already there (a fast typist, a paste) before drawing again.
                while let more = terminal.nextEvent(.none) {
                    if update(&state, more) { return }
                }
            }
            let due = ticks.due(now: clock.now)
            for _ in 0..<due where update(&state, .tick) { return }
            guard hadInput || due > 0 || unseen else { continue }
            if hadInput || due > 0 { LossLabApp.settle(&state) }
            unseen = true
            if hadInput || clock.now - lastFrame >= frameInterval {
                terminal.draw(LossLabApp.render(state), highContrast: state.highContrast)
                lastFrame = clock.now
                unseen = false
            }
        }
    }
}
