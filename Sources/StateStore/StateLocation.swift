/// Where the state file lives: `--state-dir`, else `LOSSLAB_STATE_DIR`, else `$XDG_STATE_HOME/losslab`,
/// else `~/.local/state/losslab`.
public struct StateLocation: Sendable, Equatable {
    /// The folder that holds the state file, its lock and any files set aside.
    public var directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The progress file.
    public var progressFile: String { directory + "/progress.json" }
    /// The lock file two instances take turns on.
    public var lockFile: String { directory + "/progress.lock" }

    /// The location for a `--state-dir` option (nil when not given) and an environment; nil when
    /// there is neither an option, a variable nor a home folder.
    public static func resolve(stateDir: String?, environment: [String: String]) -> StateLocation? {
        if let dir = nonEmpty(stateDir) { return StateLocation(directory: dir) }
        if let dir = nonEmpty(environment["LOSSLAB_STATE_DIR"]) { return StateLocation(directory: dir) }
        // The XDG specification: a relative XDG_STATE_HOME is invalid and ignored.
        if let xdg = nonEmpty(environment["XDG_STATE_HOME"]), xdg.hasPrefix("/") { return StateLocation(directory: xdg + "/losslab") }
        if let home = nonEmpty(environment["HOME"]) { return StateLocation(directory: home + "/.local/state/losslab") }
        return nil
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text.count > 1 && text.hasSuffix("/") ? String(text.dropLast()) : text
    }
}
