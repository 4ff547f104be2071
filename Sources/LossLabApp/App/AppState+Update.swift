import LessonKit
import ProgressKit

extension AppState {
    /// The app's own keys, offered on every screen that is not taking typed text.
    static let appBindings: [KeyBinding<Effect>] = [
        KeyBinding([.char("?")], KeyHelp("?", "help", help: "show the keys of this screen", priority: 10), .toggleHelp),
        KeyBinding([.char("q")], KeyHelp("q", "quit", help: "leave LossLab", priority: 10), .quit),
    ]

    /// Whether the open screen takes every key as text.
    var capturesText: Bool {
        switch page {
        case .contents: contents.capturesText
        case .lesson: reader?.capturesText ?? false
        case .lab: labScreen.capturesText
        case .practice: practice?.capturesText ?? false
        case .presenter: false
        case .train: false
        }
    }

    /// Applies one key: Ctrl-C quits; the help page takes keys while shown; otherwise the app's own
    /// keys (unless the screen takes typed text or binds the key itself, as the presenter binds `q`),
    /// then the open screen's bindings.
    mutating func handle(_ key: Key) -> [Effect] {
        if key == .ctrl("c") { return apply([.quit]) }
        let context = context
        let outcome: Outcome
        if help != nil {
            outcome = help!.handle(key, context)
        } else if !capturesText, !openScreen.binds(key, context), let effect = Self.appBindings.action(for: key) {
            outcome = .effect(effect)
        } else {
            // Each screen is changed in place, so a large Lab is never copied.
            switch page {
            case .contents: outcome = contents.handle(key, context)
            case let .lesson(k): outcome = readers[k]?.handle(key, context) ?? .ignored
            case .lab: outcome = labScreen.handle(key, context)
            case .practice: outcome = practice?.handle(key, context) ?? .ignored
            case .presenter: outcome = presenter?.handle(key, context) ?? .ignored
            case .train: outcome = trainScreen?.handle(key, context) ?? .ignored
            }
        }
        markReadIfAtEnd()
        return apply(outcome.effects)
    }

    /// Sends a tick to the open screen, if it asks for ticks.
    mutating func tick() -> [Effect] {
        guard tickInterval != nil else { return [] }
        let context = context
        let outcome: Outcome
        switch page {
        case .contents: outcome = contents.tick(context)
        case let .lesson(k): outcome = readers[k]?.tick(context) ?? .ignored
        case .lab: outcome = labScreen.tick(context)
        case .practice: outcome = practice?.tick(context) ?? .ignored
        case .presenter: outcome = presenter?.tick(context) ?? .ignored
        case .train: outcome = trainScreen?.tick(context) ?? .ignored
        }
        markReadIfAtEnd()
        return apply(outcome.effects)
    }

    /// Carries out the effects that open screens or change the progress; returns the others for the world outside.
    private mutating func apply(_ effects: [Effect]) -> [Effect] {
        var outside: [Effect] = []
        for effect in effects {
            switch effect {
            case let .open(target): open(target)
            case let .openPreset(preset):
                if let screen = LabScreen(preset: preset, origin: page) {
                    recordLeaving()
                    labScreen = screen
                    open(.lab)
                }
            case let .openTrain(preset):
                trainScreen = TrainScreen(preset: preset, origin: page)
                open(.train)
            case .toggleHelp:
                help = help == nil ? HelpPage(screenTitle: screenTitle, entries: keyHelp) : nil
            case let .save(change): record(change)
            case .quit:
                recordLeaving()
                outside.append(effect)
            case .notes: outside.append(effect)
            }
        }
        return outside
    }

    /// Opens the Train screen on `screen` (such as `losslab train --watch` sets up), coming back to the contents.
    public mutating func openTrain(_ screen: TrainScreen) {
        trainScreen = screen
        open(.train)
    }

    /// Applies `change` to the progress and keeps it for the next `.save` effects, unless it changes nothing.
    mutating func record(_ change: ProgressChange) {
        var next = course
        change.apply(to: &next)
        guard next != course else { return }
        course = next
        unsaved.append(change)
    }

    /// The changes recorded since the last call, as effects for the world outside to save.
    mutating func takeUnsaved() -> [Effect] {
        defer { unsaved = [] }
        return unsaved.map(Effect.save)
    }

    /// Records what leaving the open screen keeps: a lesson's position, the Lab's values.
    mutating func recordLeaving() {
        switch page {
        case let .lesson(k):
            if let anchor = readers[k]?.anchor(context) { record(.position(lesson: lessons[k].slug, anchor)) }
        case .lab:
            record(.lab(lab.savedValues))
        case .contents, .practice, .presenter, .train:
            break
        }
    }

    /// Opens `target`: a lesson where it was left (its saved place the first time), the Lab as it was,
    /// Practice, the Train screen, or the contents.
    mutating func open(_ target: Page) {
        if page != target { recordLeaving() }
        if case let .lesson(k) = page {
            // Leaving a lesson drops a half-typed answer; answers given and the place stay.
            readers[k]?.answerField = nil
            readers[k]?.answerNotice = nil
        }
        if target != .contents { notices = [] }
        switch target {
        case let .lesson(k):
            guard lessons.indices.contains(k) else { return }
            if readers[k] == nil { readers[k] = ReaderState(lesson: k, resuming: context) }
            page = target
            if let anchor = readers[k]!.anchor(context) { record(.position(lesson: lessons[k].slug, anchor)) }
            markReadIfAtEnd()
        case .lab:
            if page != .lab { labScreen.origin = page }
            page = .lab
        case .practice:
            if practice == nil { practice = PracticeScreen(seed: practiceSeed, context) }
            if page != .practice { practice?.origin = page }
            page = .practice
        case .train:
            if trainScreen == nil { trainScreen = TrainScreen(generated: .shapes) }
            // Coming back from the Lab it opened keeps where the screen leads back to.
            if page != .lab && page != .train { trainScreen?.origin = page }
            page = .train
        case .contents:
            page = .contents
        case let .presenter(k):
            guard lessons.indices.contains(k) else { return }
            if presenter?.lesson != k { presenter = PresenterScreen(lesson: k, of: lessons) }
            page = target
        }
        contents.highlight(page, context)
    }

    /// The number of entries on the contents page.
    var contentsCount: Int { ContentsScreen.entries(context).count }

    /// Records that the open lesson was read to its end when its last row is on screen.
    mutating func markReadIfAtEnd() {
        guard case let .lesson(k) = page, let reader = readers[k], reader.atEnd(context) else { return }
        record(.readToEnd(lesson: lessons[k].slug))
    }

    /// Resizes the screen, keeping the same words at the top of the open lesson (from a screen too
    /// small to draw on, the same first row).
    mutating func resize(width: Int, height: Int) {
        guard case let .lesson(k) = page, let reader = readers[k] else {
            (self.width, self.height) = (width, height)
            return
        }
        let anchor = fits ? reader.document(context).anchor(atRow: reader.scroll) : nil
        (self.width, self.height) = (width, height)
        guard fits else { return }
        let doc = reader.document(context)
        let scroll = min(anchor.map(doc.row(ofAnchor:)) ?? reader.scroll, max(0, doc.height - reader.viewHeight(context)))
        readers[k]?.scroll = scroll
        markReadIfAtEnd()
    }
}
