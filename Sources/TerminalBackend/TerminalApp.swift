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

    /// Waits (with a timeout while the state asks for ticks), applies each burst of events, sends due
    /// ticks for up to one frame's time, and draws: at once after input, at most every `frameInterval`
    /// for ticks. A key that arrives between two ticks is taken before the next tick, so however much
    /// work the ticks do, a key waits for one tick at most and is drawn at once.
    private static func loop(_ state: inout AppState, on terminal: Terminal, update: (inout AppState, Event) -> Bool) {
        let clock = ContinuousClock()
        var ticks = TickSchedule()
        var lastFrame = clock.now
        var unseen = false
        while true {
            ticks.follow(state.tickInterval, continuous: state.ticksContinuously, now: clock.now)
            let deadline = [ticks.next, unseen ? lastFrame + frameInterval : nil].compactMap { $0 }.min()
            var hadInput = false
            var ticked = false
            if let event = terminal.nextEvent(deadline.map { .until($0) } ?? .forever) {
                if takeBurst(event, &state, from: terminal, update) { return }
                hadInput = true
            }
            // Due ticks run for at most one frame's time before the screen is drawn again.
            let ticksUntil = clock.now + frameInterval
            while !hadInput && ticks.isDue(now: clock.now) && clock.now < ticksUntil {
                ticks.advance(now: clock.now)
                if update(&state, .tick) { return }
                ticked = true
                if let event = terminal.nextEvent(.none) {
                    if takeBurst(event, &state, from: terminal, update) { return }
                    hadInput = true
                }
                ticks.follow(state.tickInterval, continuous: state.ticksContinuously, now: clock.now)
            }
            guard hadInput || ticked || unseen else { continue }
            if hadInput || ticked { LossLabApp.settle(&state) }
            unseen = true
            if hadInput || clock.now - lastFrame >= frameInterval {
                terminal.draw(LossLabApp.render(state), highContrast: state.highContrast)
                lastFrame = clock.now
                unseen = false
            }
        }
    }

    /// Applies `first` and every event already waiting after it (a fast typist, a paste); true when
    /// one of them quits.
    private static func takeBurst(_ first: Event, _ state: inout AppState, from terminal: Terminal,
                                  _ update: (inout AppState, Event) -> Bool) -> Bool {
        if update(&state, first) { return true }
        while let more = terminal.nextEvent(.none) {
            if update(&state, more) { return true }
        }
        return false
    }
}
