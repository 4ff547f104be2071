import CellGrid

/// The pure core of the app: `update` turns events into a new state, `render` draws a state.
///
/// Nothing here touches a terminal, so tests drive it with events and compare screens as text.
public enum LossLabApp {
    /// Applies `event` to `state`; returns what the world outside should do.
    ///
    /// Every change of the learner's progress comes out as a `.save` effect, before a `.quit`.
    public static func update(_ state: inout AppState, _ event: Event) -> [Effect] {
        let effects: [Effect]
        switch event {
        case let .resize(width, height):
            state.resize(width: max(0, width), height: max(0, height))
            effects = []
        case let .key(key):
            effects = state.handle(key)
        case let .paste(text):
            paste(text, into: &state)
            effects = []
        case .tick:
            effects = state.tick()
        }
        return state.takeUnsaved() + effects
    }

    /// Finishes work put off while a burst of events arrived, such as re-reading an edited list once
    /// instead of once per key; the event loop calls it before drawing, and so does `losslab screen`.
    public static func settle(_ state: inout AppState) {
        state.lab.settle()
    }

    /// Puts pasted text whole into the text field being edited (a Lab field, or a lesson's answer),
    /// with line breaks as spaces. Anywhere else the paste is ignored, so pasted letters never act
    /// as commands (a pasted "q" does not quit); to paste a list into the Lab, press e or Tab first.
    static func paste(_ text: String, into state: inout AppState) {
        guard !state.showsHelp else { return }
        switch state.page {
        case .lab: _ = state.lab.paste(text)
        case let .lesson(k): state.readers[k]?.answerField?.paste(text)
        case .practice: state.practice?.field?.paste(text)
        case .contents, .presenter, .train: break
        }
    }

    /// Applies a sequence of events, stopping at the first that quits; returns whether one did.
    @discardableResult
    public static func run(_ state: inout AppState, _ events: [Event]) -> Bool {
        for event in events where update(&state, event).contains(.quit) { return true }
        return false
    }

    /// Plays a key sequence: events as they come, each wait as the ticks it holds at the interval of
    /// the screen open when it starts (see `KeyNotation`); stops at the first event that quits.
    @discardableResult
    public static func run(_ state: inout AppState, _ steps: [KeyNotation.Step]) -> Bool {
        for step in steps {
            let events: [Event]
            switch step {
            case let .event(event): events = [event]
            case .wait: events = Array(repeating: .tick, count: step.ticks(at: state.tickInterval))
            }
            if run(&state, events) { return true }
        }
        return false
    }

    /// Draws `state` into a screen of its size.
    public static func render(_ state: AppState) -> CellBuffer {
        state.render()
    }
}
