import LossKit

extension LabState {
    /// Whether work on every element is under way (the app then sends ticks to advance it).
    public var isRecomputing: Bool { recomputation != nil }

    /// The losses asked for last: those of the recomputation under way, else those shown.
    var targetLosses: [Loss] { recomputation?.losses ?? losses }

    /// The convention asked for last.
    var targetConvention: Convention { recomputation?.job?.convention ?? convention }

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
        case .chooseLoss, .cycleConvention: return recomputation.purpose != .settings
        case .toggleLogits, .toggleReduction, .nudge, .descend, .togglePlay, .changeRate, .cycleDriver, .undoDescent: return true
        }
    }

    /// Starts `job` in place of any under way (whose waiting keys it takes over) and does its first
    /// slice at once, so a short vector is done before the key that asked for it returns. Any job
    /// but a descent step pauses a playing descent.
    mutating func start(_ job: EvaluationJob, for purpose: Recomputation.Purpose) {
        start(Recomputation(job: job, purpose: purpose))
    }

    /// Starts reading the data file newly named in a field, as `start(_:for:)` starts a job.
    mutating func start(_ file: Recomputation.FieldFile) {
        start(Recomputation(file: file, purpose: .fields(nil)))
    }

    private mutating func start(_ work: Recomputation) {
        if case .descent = work.purpose {} else { descent.playing = false }
        var work = work
        work.waiting = recomputation?.waiting ?? []
        recomputation = work
        advanceRecomputation()
    }

    /// Does the next slice of the recomputation; when it ends, shows its values (or its error) and
    /// then applies the keys that waited for it. A data file read from a field goes on to the next
    /// field, and then to checking and summing the lists.
    mutating func advanceRecomputation() {
        // Taken out while it advances, so a descent's new predictions have one owner and are never copied.
        guard var recomputation else { return }
        self.recomputation = nil
        guard recomputation.job != nil else {
            recomputation.file?.reading.advance(bytes: Recomputation.sliceBytes)
            return followFile(recomputation)
        }
        recomputation.job!.advance(by: Recomputation.sliceElements)
        guard let job = recomputation.job else { return }
        switch (job.state, recomputation.purpose) {
        case (.running, _):
            self.recomputation = recomputation
            return
        case let (.finished(evaluation), .descent(loss, before)):
            finishStep(evaluation, step: job.step, driver: loss, before: before)
        case let (.finished(evaluation), .fields(shape)):
            adopt(evaluation)
            if let shape { self.shape = shape }
            inputError = nil
        case let (.finished(evaluation), .settings):
            adopt(evaluation)
        case let (.finished(evaluation), .logitConversion), let (.finished(evaluation), .undo):
            adopt(evaluation)
            // The fields show the numbers in use again, as after a nudge.
            write(data.predictions, to: .xhat)
            if inputError != nil { write(data.x, to: .x) }
            inputError = nil
        case let (.failed(error), _):
            inputError = error
        case (.diverged, _):
            descent.stop = .diverged
            descent.playing = false
        }
        applyWaitingKeys(of: recomputation)
    }

    /// After a slice of a field's data file (`recomputation` taken out of the state): once the file is
    /// read, the field stands for its values and the fields are read on, with the keys still waiting.
    private mutating func followFile(_ recomputation: Recomputation) {
        guard let file = recomputation.file else { return }
        switch file.reading.state {
        case .running:
            self.recomputation = recomputation
        case let .finished(read):
            let reading = FieldReading(text: file.text, values: read.values, shape: read.shape, normalisation: read.normalisation)
            if file.vector == .x {
                xReading = reading
            } else {
                xhatReading = reading
                xhatFieldIsStale = false
            }
            // Kept while the fields are read on, so the work that follows takes over the waiting keys.
            self.recomputation = recomputation
            guard recompute(losses: file.losses, logits: file.logits) else {
                self.recomputation = nil
                return applyWaitingKeys(of: recomputation)
            }
        case let .failed(error):
            inputError = .file(file.vector, error)
            applyWaitingKeys(of: recomputation)
        }
    }

    /// Applies, in order, the keys that waited for `recomputation`, which has ended.
    private mutating func applyWaitingKeys(of recomputation: Recomputation) {
        for waiting in recomputation.waiting { _ = handle(waiting.key, tableRows: waiting.tableRows) }
    }

    /// Runs the recomputation under way to its end at once.
    mutating func finishRecomputation() {
        while recomputation != nil { advanceRecomputation() }
    }

    /// Shows `evaluation`, new values or settings: the descent starts afresh.
    private mutating func adopt(_ evaluation: IncrementalEvaluation) {
        data = evaluation
        selected = min(selected, data.count - 1)
        scroll = min(scroll, selected)
        if let r = revealed { revealed = min(r, stepCount) }
        descent.forget()
    }
}
