import ProgressKit

/// The progress file on disk: loaded once, changed by small updates that each re-read the file under
/// a lock and write it back atomically, so two instances at once never lose each other's work.
///
/// Nothing here crashes or loses a file: a file that cannot be read (corrupt, from a newer LossLab,
/// huge, a symbolic link, a folder) is set aside under a new name with a message and LossLab starts
/// afresh; where nothing can be written (a read-only home) it runs without saving and says so once.
public final class ProgressStore {
    /// A state file larger than this is no progress file: 8 MiB, thousands of times a full course.
    public static let sizeLimit = 8 << 20

    /// Where the file lives; nil for `--no-save`, which neither reads nor writes.
    public let location: StateLocation?
    /// Whether changes are written to disk.
    public private(set) var isSaving: Bool
    /// The progress as last read or written.
    public private(set) var current = CourseProgress()
    /// Messages for the learner not yet shown (see `takeNotices`).
    private var notices: [String] = []

    /// A store at `location`, or one that never saves when it is nil (`--no-save`).
    public init(location: StateLocation?) {
        self.location = location
        self.isSaving = location != nil
    }

    /// The messages gathered since the last call: files set aside, saving turned off. Each is said once.
    public func takeNotices() -> [String] {
        defer { notices = [] }
        return notices
    }

    /// Reads the file (setting aside one that cannot be read) and returns the progress.
    @discardableResult
    public func load() -> CourseProgress {
        guard let location else { return current }
        if isSaving { prepareDirectory(location) }
        withLock(location) { locked in
            if case let .loaded(progress) = readFile(location, mayRename: locked) { current = progress }
        }
        return current
    }

    /// Applies `change` to the progress as it is on disk now, under the lock, and writes the result;
    /// without saving, applies it in memory. Returns the new progress.
    @discardableResult
    public func update(_ change: (inout CourseProgress) -> Void) -> CourseProgress {
        guard let location, isSaving else {
            change(&current)
            return current
        }
        prepareDirectory(location)
        let wrote = withLock(location) { locked -> Bool in
            guard locked else { return false }
            var latest: CourseProgress
            switch readFile(location, mayRename: true) {
            case .missing: latest = CourseProgress()
            case let .loaded(progress): latest = progress
            case .setAside, .unreadable: latest = current
            }
            change(&latest)
            if let failure = POSIXFile.writeAtomically(latest.encoded(), to: location.progressFile, directory: location.directory) {
                stopSaving("cannot write \(location.progressFile) (\(failure))")
                change(&current)
                return true
            }
            current = latest
            return true
        }
        if !wrote { change(&current) }
        return current
    }

    /// Removes the progress of one lesson, or of everything when `lesson` is nil.
    @discardableResult
    public func reset(lesson: String?) -> CourseProgress {
        update { progress in
            if let lesson { progress.lessons[lesson] = nil } else { progress = CourseProgress() }
        }
    }

    // MARK: - Steps

    /// What reading the file found.
    private enum ReadOutcome {
        case missing
        case loaded(CourseProgress)
        /// Unreadable and moved aside.
        case setAside
        /// Unreadable and left where it is (it could not be moved).
        case unreadable
    }

    /// Reads the file; one that cannot be read is renamed aside when `mayRename`, else left alone.
    private func readFile(_ location: StateLocation, mayRename: Bool) -> ReadOutcome {
        let path = location.progressFile
        let problem: String
        switch POSIXFile.entry(path) {
        case .success(.missing): return .missing
        case let .failure(failure): problem = "it cannot be examined (\(failure))"
        case .success(.symbolicLink): problem = "it is a symbolic link, and LossLab does not follow one to write elsewhere"
        case .success(.directory): problem = "it is a folder"
        case .success(.other): problem = "it is not a regular file"
        case let .success(.regular(size)) where size > Self.sizeLimit:
            problem = "it holds \(size / (1 << 20)) MiB, far more than a progress file"
        case .success(.regular):
            switch POSIXFile.contents(of: path, limit: Self.sizeLimit) {
            case let .failure(failure): problem = "it cannot be read (\(failure))"
            case let .success(bytes):
                do throws(CourseProgress.DecodingProblem) {
                    return .loaded(try CourseProgress.decode(bytes))
                } catch {
                    problem = error.description
                }
            }
        }
        guard mayRename else {
            stopSaving("\(path) cannot be used: \(problem)")
            return .unreadable
        }
        switch POSIXFile.setAside(path) {
        case let .success(newPath):
            notices.append("The progress file \(path) was set aside as \(newPath): \(problem). LossLab starts afresh.")
            return .setAside
        case let .failure(failure):
            stopSaving("\(path) cannot be used (\(problem)) nor moved aside (\(failure)); it is left as it is")
            return .unreadable
        }
    }

    /// Creates the folder if needed; if that fails, turns saving off.
    private func prepareDirectory(_ location: StateLocation) {
        guard isSaving else { return }
        if let failure = POSIXFile.makeDirectories(location.directory) {
            stopSaving("cannot create \(location.directory) (\(failure))")
        }
    }

    /// Runs `body` holding the lock (`true`), or without it (`false`) when not saving or it cannot be taken.
    @discardableResult
    private func withLock<T>(_ location: StateLocation, _ body: (Bool) -> T) -> T {
        guard isSaving else { return body(false) }
        switch POSIXFile.lock(location.lockFile) {
        case let .success(fd):
            defer { POSIXFile.release(fd) }
            return body(true)
        case let .failure(failure):
            stopSaving("cannot lock \(location.lockFile) (\(failure))")
            return body(false)
        }
    }

    /// Turns saving off for the rest of the run and says why, once.
    private func stopSaving(_ reason: String) {
        guard isSaving else { return }
        isSaving = false
        notices.append("Progress will not be saved this time: \(reason).")
    }
}
