import LossKit

extension LabState {
    /// The loss whose gradient drives the descent: the one chosen with `w` while it is shown, else
    /// the first shown loss.
    var driver: Loss {
        descent.driver.flatMap { losses.contains($0) ? $0 : nil } ?? losses[0]
    }

    /// The learning rate η.
    public var learningRate: Double { descent.rate }

    /// The steps of gradient descent taken since the start (or since the values last changed otherwise).
    public var descentSteps: Int { descent.steps }

    /// Whether the descent plays, a step at every tick.
    public var isPlaying: Bool { descent.playing }

    /// Takes one step of gradient descent on every prediction, driven by `driver` at rate η (see
    /// `IncrementalEvaluation.descend`), in slices on long vectors (see `finishStep`).
    mutating func descend() {
        useValidNumbers()
        if descent.start == nil {
            descent.start = data.predictions
            descent.history = losses.map { [data.value($0)] }
        }
        let loss = driver
        start(data.descending(by: loss, rate: descent.rate), for: .descent(loss: loss, before: data.value(loss)))
    }

    /// Shows the values after a step and records every shown loss; stops a play when the driving loss
    /// no longer changes (a step that would overflow ends the job as diverged and is not taken).
    mutating func finishStep(_ evaluation: IncrementalEvaluation, step: DescentStep?, driver loss: Loss, before: Double) {
        data = evaluation
        for (k, shown) in losses.enumerated() { descent.history[k].append(data.value(shown)) }
        descent.clamped = step.flatMap { $0.clamped > 0 ? $0 : nil }
        descent.stop = nil
        xhatFieldIsStale = true
        if Descent.settled(from: before, to: data.value(loss)) {
            descent.stop = .settled
            descent.playing = false
        }
    }

    /// `s`: pauses a play and takes one step.
    mutating func stepOnce() {
        descent.playing = false
        descent.played = 0
        descend()
    }

    /// `p`: starts a play (of at most `Descent.cap` steps), or pauses it.
    mutating func togglePlay() {
        descent.playing.toggle()
        descent.played = 0
        if descent.playing { descent.stop = nil }
    }

    /// One tick of a play: a step, and a pause once the play has taken `Descent.cap` steps.
    mutating func tickDescent() {
        guard descent.playing else { return }
        descend()
        descent.played += 1
        if descent.playing && descent.played >= Descent.cap {
            descent.playing = false
            descent.stop = .cap
        }
    }

    /// `<` `>`: the next smaller or larger rate of `Descent.rates`; the steps so far stay.
    mutating func changeRate(_ direction: Int) {
        descent.rate = descent.nextRate(direction)
    }

    /// `w`: the next shown loss drives the descent.
    mutating func cycleDriver() {
        let k = losses.firstIndex(of: driver) ?? 0
        descent.driver = losses[(k + 1) % losses.count]
    }

    /// `u`: the predictions go back to where the steps started (summed over ticks when they are
    /// long); the rate and the driver stay.
    mutating func undoDescent() {
        guard let start = descent.start else { return }
        self.start(data.replacingPredictions(start), for: .undo)
    }

    /// Nudging and stepping work on the valid numbers on screen: after a typing error the fields go back to them.
    mutating func useValidNumbers() {
        guard inputError != nil else { return }
        write(data.x, to: .x)
        write(data.predictions, to: .xhat)
        inputError = nil
    }
}
