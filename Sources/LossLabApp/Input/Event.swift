/// Something that happened, fed to `LossLabApp.update`.
public enum Event: Sendable, Hashable {
    case key(Key)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
}

/// What `update` asks the world outside the pure core to do.
public enum Effect: Sendable, Equatable {
    /// Leave the app and restore the terminal.
    case quit
}
