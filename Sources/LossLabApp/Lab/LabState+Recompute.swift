import LossKit

extension LabState {
    /// Whether work on every element is under way (the app then sends ticks to advance it).
    public var isRecomputing: Bool { recomputation != nil }

    /// The losses asked for last: those of the recomputation under way, else those shown.
    var targetLosses: [Loss] { recomputation?.job.losses ?? losses }

    /// The convention asked for last.
    var targetConvention: Convention { recomputation?.job.convention ?? convention }

    /// Whether `command` must wait for the recomputation under way rather than act now.
    ///
    /// What a learner expects: keys that only look (choosing an element, paging, step mode, the
    /// gradient chart) act at once on the values shown; another loss or convention replaces a job that
    /// sums the values shown with one for the latest choice; every other key that changes values or
    /// settings (nudges, descent, z, d, η) waits and runs, in order, once the new values are there.
    /// Once a key waits, the keys after it wait too, so they keep their order. Editing a field never
    /// waits: the lists typed replace the job when the field is left, and the waiting keys follow them.
    func waits(_ command: Command) -> Bool {
        guard let recomputation, command != .edit else { return false }
        if !recomputation.waiting.isEmpty { return true }
        switch command {
        case .edit, .toggleGradient, .nextStep, .previousStep, .revealOrRestart, .moveElement, .jump: return false
        case .chooseLoss, .cycleConvention: return recomputation.readsFields
        case .toggleLogits, .toggleReduction, .nudge, .descend, .togglePlay, .changeRate, .cycleDriver, .undoDescent: return true
        }
    }

    /// Starts `job` in place of any under way (whose waiting keys it takes over) and does its first
    /// slice at once, so a short vector is done before the key that asked for it returns.
    mutating func start(_ job: EvaluationJob, readsFields: Bool, shape: ImageShape? = nil) {
        descent.playing = false
        recomputation = Recomputation(job: job, readsFields: readsFields, shape: shape, waiting: recomputation?.waiting ?? [])
        advanceRecomputation()
    }

    /// Does the next slice of the recomputation; when it ends, shows its values (or its error) and
    /// then applies the keys that waited for it.
    mutating func advanceRecomputation() {
        guard var recomputation else { return }
        recomputation.job.advance(by: Recomputation.sliceElements)
        switch recomputation.job.state {
        case .running:
            self.recomputation = recomputation
            return
        case let .finished(evaluation):
            self.recomputation = nil
            adopt(evaluation, readFromFields: recomputation.readsFields, shape: recomputation.shape)
        case let .failed(error):
            self.recomputation = nil
            inputError = error
        }
        for waiting in recomputation.waiting { _ = handle(waiting.key, tableRows: waiting.tableRows) }
    }

    /// Runs the recomputation under way to its end at once.
    mutating func finishRecomputation() {
        while recomputation != nil { advanceRecomputation() }
    }

    /// Shows `evaluation`: lists read from the fields clear the error and bring their image shape.
    private mutating func adopt(_ evaluation: IncrementalEvaluation, readFromFields: Bool, shape: ImageShape?) {
        data = evaluation
        if readFromFields {
            if let shape { self.shape = shape }
            inputError = nil
        }
        selected = min(selected, data.count - 1)
        scroll = min(scroll, selected)
        if let r = revealed { revealed = min(r, stepCount) }
        descent.forget()
    }
}
