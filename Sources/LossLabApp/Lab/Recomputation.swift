import LossKit

/// Work on every element that the Lab spreads over ticks (new losses, another convention, edited
/// lists): LossKit's `EvaluationJob`, and the keys pressed meanwhile that wait for its result.
///
/// The table, the charts and the totals keep showing the values before the change until the job
/// finishes; the status line shows its progress.
struct Recomputation: Sendable, Equatable {
    /// A key that waits for the job, with the number of table rows visible when it was pressed.
    struct WaitingKey: Sendable, Equatable {
        var key: Key
        var tableRows: Int
    }

    /// What the job is for, and so what happens when it finishes.
    enum Purpose: Sendable, Equatable {
        /// The values shown under other losses or another convention: another such key replaces the job.
        case settings
        /// The lists read from the fields, with the image shape they come with.
        case fields(ImageShape?)
        /// A gradient-descent step driven by `loss`, whose value was `before` it.
        case descent(loss: Loss, before: Double)
        /// x̂ turned into logits z, or z into x̂ (the key z).
        case logitConversion
        /// The predictions from before the descent back (the key u).
        case undo
    }

    var job: EvaluationJob
    var purpose: Purpose
    /// Keys that change values or settings, pressed while the job runs, in order.
    var waiting: [WaitingKey] = []

    /// Elements per slice: a slice takes 4–25 ms in a release build (`LossLabBench lab`; turning x̂
    /// into logits is the slowest), so a key waits at most that long, and 10⁷ elements take 39 slices.
    static let sliceElements = 1 << 18
    /// Slices run back to back (`LabScreen.ticksContinuously`); the event loop reads keys between
    /// any two and draws the progress once a frame. The interval only marks that ticks are wanted.
    static let tickInterval: Duration = .milliseconds(15)

    /// The progress line, such as "Recomputing BCE … 43 %" or "Gradient-descent step (MSE) … 43 %".
    func progressText(_ notation: Notation) -> String {
        let what: String
        switch purpose {
        case let .descent(loss, _): what = "Gradient-descent step (\(loss.shortName))"
        case .logitConversion: what = job.logits ? "Turning \(notation.xhat) into logits z" : "Turning logits z into \(notation.xhat)"
        case .undo: what = "Undoing the descent"
        default: what = "Recomputing " + job.losses.map(\.shortName).joined(separator: " + ")
        }
        return "\(what) \(notation.ellipsis) \(Int(job.progress * 100)) %   (changes wait for it)"
    }
}
