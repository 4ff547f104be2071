import LossKit

/// Work on every element that the Lab spreads over ticks (new losses, another convention, edited
/// lists, a data file named in a field): LossKit's `EvaluationJob` or `DataFileReading`, and the keys
/// pressed meanwhile that wait for its result.
///
/// The table, the charts and the totals keep showing the values before the change until the work
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

    /// A data file named in a field (`@FILE`) whose text or table is read in slices; the lists are
    /// checked and summed for `losses` once it is read.
    struct FieldFile: Sendable, Equatable {
        var vector: Vector
        /// The field's text, which the values will stand for.
        var text: String
        var reading: DataFileReading
        var losses: [Loss]
        var logits: Bool
    }

    /// The job under way; nil while a field's data file is read before it. (Optionals rather than an
    /// enum, so each advances in place and a descent's new predictions are never copied.)
    var job: EvaluationJob?
    /// A field's data file being read, before the job.
    var file: FieldFile?
    var purpose: Purpose
    /// Keys that change values or settings, pressed while the job runs, in order.
    var waiting: [WaitingKey] = []

    /// Bytes of a text list or table read per slice: about 6 ms in a release build (`LossLabBench lab`).
    static let sliceBytes = 4 << 20

    /// Elements per slice: a slice takes 4–25 ms in a release build (`LossLabBench lab`; turning x̂
    /// into logits is the slowest), so a key waits at most that long, and 10⁷ elements take 39 slices.
    static let sliceElements = 1 << 18
    /// Slices run back to back (`LabScreen.ticksContinuously`); the event loop reads keys between
    /// any two and draws the progress once a frame. The interval only marks that ticks are wanted.
    static let tickInterval: Duration = .milliseconds(15)

    /// The losses the work will show.
    var losses: [Loss] { job?.losses ?? file?.losses ?? [] }

    /// The progress line, such as "Recomputing BCE … 43 %", "Gradient-descent step (MSE) … 43 %" or
    /// "Reading xhat.txt … 43 %".
    func progressText(_ notation: Notation) -> String {
        let what: String
        let progress: Double
        if let job {
            progress = job.progress
            switch purpose {
            case let .descent(loss, _): what = "Gradient-descent step (\(loss.shortName))"
            case .logitConversion: what = job.logits ? "Turning \(notation.xhat) into logits z" : "Turning logits z into \(notation.xhat)"
            case .undo: what = "Undoing the descent"
            default: what = "Recomputing " + job.losses.map(\.shortName).joined(separator: " + ")
            }
        } else {
            let path = (file?.text ?? "").drop { $0 == " " }.dropFirst()   // after the @
            what = "Reading " + String(path.split(separator: "/").last ?? path).replacingControlCharacters()
            progress = file?.reading.progress ?? 0
        }
        return "\(what) \(notation.ellipsis) \(Int(progress * 100)) %   (changes wait for it)"
    }
}
