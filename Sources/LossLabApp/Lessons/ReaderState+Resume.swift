import LessonKit
import ProgressKit

extension ReaderState {
    /// The reader of lesson `lesson` as the learner left it: at the saved position, each question's
    /// last answer shown again (judged afresh, so its feedback is in today's words).
    init(lesson: Int, resuming context: ScreenContext) {
        self.init(lesson: lesson)
        let record = context.course[lesson: context.lessons[lesson].slug]
        for (index, question) in context.lessons[lesson].questions {
            guard let typed = record.questions[QuestionProgress.key(prompt: question.prompt)]?.lastAnswer,
                  let answer = Answer(typed: typed, verdict: question.judge(typed, notation: context.options.notation)) else { continue }
            answers[index] = answer
        }
        guard let position = record.position else { return }
        let doc = document(context)
        let blocks = context.lessons[lesson].places.map { ($0.heading, $0.text) }
        guard let block = position.locate(in: blocks) else { return }
        let line = doc.text.firstLines[block]
        scroll = min(doc.rows[line], max(0, doc.height - viewHeight(context)))
    }

    /// The position to save: the first block that starts on screen (so reopening shows at least what
    /// was below it), else the block that fills the screen.
    func anchor(_ context: ScreenContext) -> ContentAnchor? {
        let lesson = context.lessons[self.lesson]
        guard !lesson.blocks.isEmpty else { return nil }
        let doc = document(context)
        let firsts = doc.text.firstLines
        let block = firsts.firstIndex { view(context).contains(doc.rows[$0]) } ?? firsts.lastIndex { doc.rows[$0] <= scroll } ?? 0
        let place = lesson.places[block]
        return ContentAnchor(block: block, heading: place.heading, text: place.text)
    }
}
