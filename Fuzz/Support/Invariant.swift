import LossKit

/// Stops the run, as a finding, when an invariant does not hold.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("invariant broken: \(message())") }
}

/// Requires that `text`, one line of output, holds no control character: nothing raw may reach a terminal.
func requirePrintable(_ text: String, _ what: String) {
    require(!text.containsControlCharacters, "\(what) holds a control character: \(text.debugDescription)")
}
