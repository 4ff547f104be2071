import ArgumentParser
import StateStore

/// The options every command that reads or writes the learner's progress shares.
struct StateOptions: ParsableArguments {
    @Option(name: .customLong("state-dir"),
            help: ArgumentHelp("Keep progress in this folder (default: $LOSSLAB_STATE_DIR, else $XDG_STATE_HOME/losslab, "
                + "else ~/.local/state/losslab).", valueName: "dir"))
    var stateDir: String?

    @Flag(name: .customLong("no-save"), help: "Neither read nor write saved progress (for shared accounts).")
    var noSave = false

    /// Where the progress lives, or nil for `--no-save` or when there is no home folder.
    var location: StateLocation? { Self.location(stateDir: stateDir, noSave: noSave) }

    /// Where the progress lives for a `--state-dir` (nil when not given) and `--no-save`, given the environment.
    static func location(stateDir: String?, noSave: Bool) -> StateLocation? {
        guard !noSave else { return nil }
        var environment: [String: String] = [:]
        for name in ["LOSSLAB_STATE_DIR", "XDG_STATE_HOME", "HOME"] { environment[name] = Environment.value(name) }
        return StateLocation.resolve(stateDir: stateDir, environment: environment)
    }

    /// A store at `location`, loaded, with its notices written to standard error.
    func loadedStore() -> ProgressStore {
        let store = ProgressStore(location: location)
        store.load()
        reportNotices(store)
        return store
    }

    /// Writes the store's pending notices to standard error.
    func reportNotices(_ store: ProgressStore) {
        for notice in store.takeNotices() { StandardError.print(notice) }
    }
}
