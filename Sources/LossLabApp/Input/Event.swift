/// Something that happened, fed to `LossLabApp.update`.
public enum Event: Sendable, Hashable {
    case key(Key)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
    /// Text pasted in one piece (a bracketed paste), to be inserted as typed, not run as commands.
    case paste(String)
    /// Time passed: sent every `AppState.tickInterval` while a screen animates.
    case tick
}

/// What `update` asks the world outside the pure core to do.
public enum Effect: Sendable, Equatable {
    /// Leave the app and restore the terminal.
    case quit
}
