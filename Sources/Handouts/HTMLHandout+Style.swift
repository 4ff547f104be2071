extension HTMLHandout {
    /// The handout's style sheet: readable on screen, and on paper (A4 or Letter: the page size is left
    /// to the printer, with margins that fit both) each lesson starts a page and no chart, table or
    /// question is split across two.
    static let style = """
        body { font-family: "DejaVu Serif", Georgia, serif; font-size: 11pt; line-height: 1.45; color: #000;
               background: #fff; max-width: 42em; margin: 2em auto; padding: 0 1em; }
        h1 { font-size: 1.6em; border-bottom: 2px solid #000; padding-bottom: 0.2em; }
        h2 { font-size: 1.25em; margin-top: 1.4em; }
        code, pre { font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: 0.92em; }
        pre { background: #f4f4f4; border: 1px solid #ccc; padding: 0.5em 0.8em; white-space: pre-wrap; }
        pre.formula { background: none; border: none; font-size: 1.05em; padding-left: 2em; }
        .value { font-weight: bold; }
        table { border-collapse: collapse; margin: 0.8em 0; }
        th, td { border: 1px solid #888; padding: 0.2em 0.7em; }
        th { background: #eee; }
        figure.chart { margin: 1em 0; }
        figure.chart svg { width: 100%; max-width: 40em; height: auto; display: block; }
        figcaption { font-style: italic; font-size: 0.95em; }
        p.lab { border-left: 4px solid #888; padding-left: 0.8em; }
        div.question { border: 1px solid #000; padding: 0.3em 0.9em 0.6em; margin: 1.2em 0; }
        div.answer-space { height: 4.5em; border-bottom: 1px dotted #000; color: #555; }
        aside.notes { border: 1px dashed #666; background: #fffbe6; padding: 0.3em 0.8em; margin: 0.5em 0; }
        section.key dt { font-weight: bold; margin-top: 0.6em; }
        section.key dd { margin-left: 2.5em; }
        @page { margin: 18mm 16mm; }
        @media print {
          body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
          section + section { break-before: page; page-break-before: always; }
          figure.chart, table, div.question, pre, aside.notes { break-inside: avoid; page-break-inside: avoid; }
          h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
          pre, aside.notes { background: none; }
        }
        """
}
