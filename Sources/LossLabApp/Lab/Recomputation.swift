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
    }

    var job: EvaluationJob
    var purpose: Purpose
    /// Keys that change values or settings, pressed while the job runs, in order.
    var waiting: [WaitingKey] = []

    /// Elements per slice: a slice of BCE takes 10–25 ms in a release build (`LossLabBench lab`), so
    /// a key waits at most that long, and 10⁷ elements take 20 slices.
    static let sliceElements = 1 << 19
    /// A slice a tick: the pause between slices is when keys are read and the progress is drawn.
    static let tickInterval: Duration = .milliseconds(15)

    /// The progress line, such as "Recomputing BCE … 43 %" or "Gradient-descent step (MSE) … 43 %".
    func progressText(_ notation: Notation) -> String {
        let what: String
        if case let .descent(loss, _) = purpose {
            what = "Gradient-descent step (\(loss.shortName))"
        } else {
            what = "Recomputing " + job.losses.map(\.shortName).joined(separator: " + ")
        }
        return "\(what) \(notation.ellipsis) \(Int(job.progress * 100)) %   (changes wait for it)"
    }
}
