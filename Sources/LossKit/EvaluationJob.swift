/// Building an `IncrementalEvaluation` a slice of elements at a time, so an app can spread the work
/// over short steps and answer keys between them.
///
/// Each `advance(by:)` takes the next elements (whole blocks of `ElementLossSums.blockSize`): it
/// checks them as `LossInput` does (finite, then inside each loss's domain, x before x̂), then sums
/// their losses for every loss being computed. The first problem ends the job with its error; after
/// the last element the job holds the evaluation. One call or many slices give the same numbers,
/// bit for bit, since every block is summed alone. Nothing is copied: the job shares the vectors.
public struct EvaluationJob: Sendable, Equatable {
    /// Where the job is.
    public enum State: Sendable, Equatable {
        /// Elements remain.
        case running
        /// Every element is checked and summed.
        case finished(IncrementalEvaluation)
        /// An element failed a check (or the vectors differ in length, or one is empty).
        case failed(InputError)
        /// The gradient-descent step would leave the finite numbers (see `IncrementalEvaluation.descend`).
        case diverged
    }

    public private(set) var state: State = .running
    /// The losses the evaluation will track, in order.
    public let losses: [Loss]
    private let x: [Double]
    /// The predictions summed: given, or written slice by slice by `pass`.
    private var predictions: [Double]
    /// What writes each slice's predictions first (a gradient-descent step, a logit conversion), if anything.
    private var pass: PredictionPass?
    /// The convention the evaluation will use.
    public let convention: Convention
    private let reduction: Reduction
    private let precision: Precision
    /// Whether the evaluation will take the predictions as logits z.
    public let logits: Bool
    /// Whether each element is checked to be finite (values not read through `LossInput` yet).
    private let checksFinite: Bool
    /// The losses whose domains the elements are checked against.
    private let checkedLosses: [Loss]
    /// One sum per loss, in the order of `losses`; those at `computing` are being filled.
    private var sums: [ElementLossSums]
    private let computing: [Int]
    /// The elements done so far.
    public private(set) var done = 0

    /// The whole evaluation of two vectors not checked yet: every element is checked as `LossInput` checks it.
    public init(x: [Double], xhat: [Double], losses: [Loss], convention: Convention = .exact, reduction: Reduction = .mean,
                precision: Precision = .float64, logits: Bool = false) {
        self.init(x: x, predictions: xhat, losses: losses, convention: convention, reduction: reduction, precision: precision,
                  logits: logits, checksFinite: true, checkedLosses: losses, reused: [:])
        // An empty vector or unequal lengths fail before any slice; `LossInput` gives the error it would.
        if x.isEmpty || xhat.isEmpty || x.count != xhat.count {
            do {
                _ = try LossInput(x: x, xhat: xhat, losses: losses, logits: logits)
            } catch {
                state = .failed(error)
            }
        }
    }

    init(x: [Double], predictions: [Double], losses: [Loss], convention: Convention, reduction: Reduction,
         precision: Precision, logits: Bool, checksFinite: Bool, checkedLosses: [Loss], reused: [LossSpec: ElementLossSums],
         pass: PredictionPass? = nil) {
        self.x = x
        self.predictions = predictions
        self.pass = pass
        self.losses = losses
        self.convention = convention
        self.reduction = reduction
        self.precision = precision
        self.logits = logits
        self.checksFinite = checksFinite
        self.checkedLosses = checkedLosses
        let specs = losses.map { LossSpec(loss: $0, convention: convention, reduction: .mean, precision: precision, logits: logits) }
        sums = specs.map { reused[$0] ?? ElementLossSums(count: x.count) }
        computing = specs.indices.filter { reused[specs[$0]] == nil }
    }

    /// The number of elements.
    public var count: Int { x.count }

    /// What the gradient-descent step has done so far (how many predictions it held at the edge of
    /// its bounds); nil for a job without a step.
    public var step: DescentStep? {
        guard case let .descent(descent)? = pass else { return nil }
        return DescentStep(clamped: descent.clamped, bounds: descent.bounds)
    }

    /// How far the job is, from 0 to 1; it only grows.
    public var progress: Double {
        if case .running = state { return count == 0 ? 0 : Double(done) / Double(count) }
        return 1
    }

    /// Checks and sums at least `elements` more elements (whole blocks, at most all that remain), and
    /// finishes or fails when the last one is done or a check fails. Does nothing once the job is over.
    public mutating func advance(by elements: Int) {
        guard case .running = state else { return }
        let block = ElementLossSums.blockSize
        let end = min(count, done + max(1, ElementLossSums.blocks(elements)) * block)
        let range = done..<end
        if let pass {
            if predictions.isEmpty { predictions = Self.unwritten(count) }
            switch pass {
            case var .descent(descent):
                let x = x
                guard predictions.withUnsafeMutableBufferPointer({ descent.move(range, x: x, into: $0) }) else {
                    state = .diverged
                    return
                }
                self.pass = .descent(descent)
            case let .conversion(conversion):
                if let bad = predictions.withUnsafeMutableBufferPointer({ conversion.convert(range, into: $0) }) {
                    state = .failed(.noLogit(index: bad + 1, value: conversion.source[bad]))
                    return
                }
            }
        }
        if checksFinite {
            for (vector, values) in [(Vector.x, x), (.xhat, predictions)] {
                if let problem = LossInput.finiteProblem(vector, values, in: range) {
                    state = .failed(problem)
                    return
                }
            }
        }
        if let problem = LossInput.domainProblem(x: x, xhat: predictions, in: range, losses: checkedLosses, logits: logits) {
            state = .failed(problem)
            return
        }
        if !computing.isEmpty {
            x.withUnsafeBufferPointer { x in
                predictions.withUnsafeBufferPointer { predictions in
                    for k in computing {
                        sums[k].compute(blocks: (done / block)..<ElementLossSums.blocks(end), spec: spec(losses[k]),
                                        x: x, predictions: predictions)
                    }
                }
            }
        }
        done = end
        guard done == count else { return }
        let evaluation = IncrementalEvaluation(x: x, predictions: predictions, losses: losses, convention: convention,
                                               reduction: reduction, precision: precision, logits: logits, sums: sums)
        if case let .descent(descent)? = pass, !evaluation.value(descent.spec.loss).isFinite {
            state = .diverged
            return
        }
        state = .finished(evaluation)
    }

    /// An array of `count` doubles whose memory is not written yet, so its pages are touched slice by
    /// slice as a pass writes them, not all at once; elements are read only once written.
    private static func unwritten(_ count: Int) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }

    /// The job run to its end at once.
    public func finished() -> State {
        var job = self
        job.advance(by: count)
        return job.state
    }

    /// The evaluation of a job that checks nothing, run to its end at once.
    func finishedEvaluation() -> IncrementalEvaluation {
        guard case let .finished(evaluation) = finished() else { preconditionFailure("a job without checks cannot fail") }
        return evaluation
    }

    private func spec(_ loss: Loss) -> LossSpec {
        LossSpec(loss: loss, convention: convention, reduction: reduction, precision: precision, logits: logits)
    }
}
