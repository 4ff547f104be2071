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

    var job: EvaluationJob
    /// True when the job checks lists read from the fields; false when it sums the values shown
    /// under other settings (then another loss or convention key replaces it).
    var readsFields: Bool
    /// The image shape the lists read from the fields come with.
    var shape: ImageShape?
    /// Keys that change values or settings, pressed while the job runs, in order.
    var waiting: [WaitingKey] = []

    /// Elements per slice: a slice of BCE takes 10–25 ms in a release build (`LossLabBench lab`), so
    /// a key waits at most that long, and 10⁷ elements take 20 slices.
    static let sliceElements = 1 << 19
    /// A slice a tick: the pause between slices is when keys are read and the progress is drawn.
    static let tickInterval: Duration = .milliseconds(15)

    /// The progress line, such as "Recomputing BCE … 43 %".
    func progressText(_ notation: Notation) -> String {
        let what = job.losses.map(\.shortName).joined(separator: " + ")
        return "Recomputing \(what) \(notation.ellipsis) \(Int(job.progress * 100)) %   (changes wait for it)"
    }
}
