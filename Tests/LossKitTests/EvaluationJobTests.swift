import Testing
@testable import LossKit

/// The sliced evaluation: the same bits as summing at once, progress that only grows, the checks of `LossInput`.
@Suite struct EvaluationJobTests {
    /// Targets of 0 and 1 and predictions inside (0, 1), `n` of each.
    func vectors(_ n: Int, seed: UInt64 = 5) -> (x: [Double], xhat: [Double]) {
        var random = SplitMix64(seed: seed)
        return ((0..<n).map { _ in random.unit() < 0.5 ? 0 : 1 }, (0..<n).map { _ in 0.01 + 0.98 * random.unit() })
    }

    /// Runs `job` in slices of `slice` elements, checking that its progress grows; returns its end and the number of slices.
    func run(_ job: EvaluationJob, slice: Int) -> (state: EvaluationJob.State, slices: Int) {
        var job = job
        var slices = 0
        var progress = job.progress
        while job.state == .running {
            job.advance(by: slice)
            slices += 1
            #expect(job.progress > progress || job.state != .running)
            progress = job.progress
        }
        #expect(job.progress == 1)
        return (job.state, slices)
    }

    @Test func slicesGiveTheBitsOfATreeOverEveryElement() {
        let (x, xhat) = vectors(10_037)
        for convention in Convention.allCases {
            let job = EvaluationJob(x: x, xhat: xhat, losses: Loss.all, convention: convention)
            guard case let .finished(whole) = job.finished() else { Issue.record("the job failed"); return }
            for slice in [1, 64, 1000, 4097, 20_000] {
                let (state, slices) = run(job, slice: slice)
                #expect(state == .finished(whole), "\(slice)")
                let step = max(1, (slice + 63) / 64) * 64
                #expect(slices == (10_037 + step - 1) / step, "\(slice): \(slices)")
            }
            for loss in Loss.all {
                let spec = whole.spec(loss)
                let tree = PairwiseSumTree((0..<x.count).map { spec.elementLoss(x: x[$0], prediction: xhat[$0]) })
                #expect(whole.sum(loss).bitPattern == tree.total.bitPattern, "\(loss) \(convention)")
            }
        }
    }

    @Test func aLongerSliceIsRoundedUpToWholeBlocks() {
        let (x, xhat) = vectors(1000)
        var job = EvaluationJob(x: x, xhat: xhat, losses: [.bce])
        job.advance(by: 100)
        #expect(job.done == 128)
        #expect(job.progress == 0.128)
        job.advance(by: 10_000)
        #expect(job.done == 1000)
        #expect(job.progress == 1)
    }

    @Test func theFirstProblemEndsTheJobWithLossInputsError() {
        var (x, xhat) = vectors(5000)
        xhat[3210] = 1.5
        var job = EvaluationJob(x: x, xhat: xhat, losses: [.mse, .bce])
        job.advance(by: 3000)
        #expect(job.state == .running)
        job.advance(by: 3000)
        var expected: InputError?
        do { _ = try LossInput(x: x, xhat: xhat, losses: [.mse, .bce]) } catch { expected = error }
        #expect(job.state == .failed(expected!))
        #expect(job.progress == 1)
        // Unequal lengths fail before any slice, as LossInput says.
        #expect(EvaluationJob(x: [1, 0], xhat: [0.5], losses: [.mse]).state == .failed(.lengthMismatch(x: 2, xhat: 1)))
    }

    @Test func rebuildingKeepsTheSumsThatStayAndEqualsAFreshEvaluation() throws {
        let (x, xhat) = vectors(3000)
        let input = try LossInput(x: x, xhat: xhat, losses: Loss.all)
        let mse = IncrementalEvaluation(input, losses: [.mse])
        let both = mse.rebuilding(losses: [.mse, .bce], convention: .keras)
        #expect(run(both, slice: 500).state == .finished(IncrementalEvaluation(input, losses: [.mse, .bce], convention: .keras)))
        var switched = mse
        switched.setConvention(.pytorch)
        #expect(switched == IncrementalEvaluation(input, losses: [.mse], convention: .pytorch))
        // A job for a loss the values do not suit fails: x̂ = 2 is fine for MSE, not for BCE.
        let wide = IncrementalEvaluation(try LossInput(x: [0, 1], xhat: [0.5, 2], losses: [.mse]), losses: [.mse])
        #expect(wide.rebuilding(losses: [.bce], convention: .exact).finished() ==
            .failed(.outsideDomain(.xhat, index: 2, value: 2, loss: .bce, looksLikePixels: false)))
    }

    @Test func aJobDroppedHalfwayLeavesTheEvaluationAndANewOneStartsAfresh() throws {
        let (x, xhat) = vectors(2000)
        let input = try LossInput(x: x, xhat: xhat, losses: Loss.all)
        let shown = IncrementalEvaluation(input, losses: [.mse])
        var abandoned = shown.rebuilding(losses: [.bce], convention: .exact)
        abandoned.advance(by: 640)
        #expect(abandoned.state == .running && abandoned.done == 640)
        #expect(shown == IncrementalEvaluation(input, losses: [.mse]))
        #expect(run(shown.rebuilding(losses: [.mae], convention: .exact), slice: 300).state == .finished(IncrementalEvaluation(input, losses: [.mae])))
    }

    @Test func aDescentStepInSlicesEqualsTheStepAtOnce() throws {
        var (x, xhat) = vectors(3000)
        xhat[17] = 1e-7
        let before = IncrementalEvaluation(try LossInput(x: x, xhat: xhat, losses: Loss.all), losses: [.bce, .mse])
        var once = before
        let step = once.descend(by: .bce, rate: 50)
        #expect(step != nil && step!.clamped > 0)
        var job = before.descending(by: .bce, rate: 50)
        job.advance(by: 1000)
        #expect(job.state == .running && job.step == DescentStep(clamped: job.step!.clamped, bounds: before.descentBounds))
        #expect(run(job, slice: 700).state == .finished(once))
        var sliced = job
        while sliced.state == .running { sliced.advance(by: 64) }
        #expect(sliced.step == step)
        // A rate that overflows ends the job as diverged, as `descend` returns nil.
        let wide = IncrementalEvaluation(try LossInput(x: x, xhat: xhat.map { $0 * 1e300 }, losses: [.mse]), losses: [.mse])
        #expect(run(wide.descending(by: .mse, rate: 1e10), slice: 500).state == .diverged)
    }

    @Test func oneChangedPredictionMatchesSummingAgain() throws {
        let (x, xhat) = vectors(1500)
        var data = IncrementalEvaluation(try LossInput(x: x, xhat: xhat, losses: Loss.all), losses: Loss.all)
        var changed = xhat
        for k in stride(from: 3, to: 1500, by: 97) {
            changed[k] = 0.5
            data.setPrediction(0.5, at: k)
        }
        #expect(data == IncrementalEvaluation(try LossInput(x: x, xhat: changed, losses: Loss.all), losses: Loss.all))
    }

    @Test func rangeSumsAgreeWithACompensatedSumOfTheElements() throws {
        let (x, xhat) = vectors(700)
        let data = IncrementalEvaluation(try LossInput(x: x, xhat: xhat, losses: Loss.all), losses: Loss.all)
        for loss in Loss.all {
            for range in [0..<0, 0..<1, 5..<70, 63..<65, 64..<128, 10..<690, 0..<700, 699..<700, 650..<900] {
                var expected = CompensatedSum()
                for i in range.clamped(to: 0..<700) { expected.add(data.elementLoss(loss, at: i)) }
                let sum = data.sum(loss, in: range)
                #expect(abs(sum - expected.value) <= 1e-14 * abs(expected.value), "\(loss) \(range)")
            }
            #expect(data.runningSum(loss, count: 700) == data.sum(loss))
        }
    }
}
