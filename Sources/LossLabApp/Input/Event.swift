import LessonKit
import ProgressKit

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

/// What a component asks for after an event; the app opens screens itself and passes the rest
/// (`quit`) to the world outside the pure core.
public enum Effect: Sendable, Equatable {
    /// Leave the app and restore the terminal.
    case quit
    /// Open a screen: the contents, a lesson (where it was left), or the Lab as it was.
    case open(Page)
    /// Open the Lab on a lesson's preset, coming back to the screen that asked.
    case openPreset(LabPreset)
    /// Open the Train screen on a lesson's run, coming back to the screen that asked.
    case openTrain(TrainPreset)
    /// Show the help page of the open screen, or close it.
    case toggleHelp
    /// The presenter moved to a step with these notes (a place line, then the notes): the executable
    /// writes them where a second terminal can follow.
    case notes(String)
    /// Keep a change of the learner's progress: the app applies it, and the world outside writes it
    /// to the state file (see `LossLabApp.update`).
    case save(ProgressChange)
}
