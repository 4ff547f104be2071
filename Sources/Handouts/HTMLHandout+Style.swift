extension HTMLHandout {
    /// The handout's rules on top of `HTMLPage.style`: formulas, computed values, charts, Lab
    /// references, speaker notes and the key; no chart, note or key entry is split across two pages.
    static let style = """
        pre.formula { background: none; border: none; font-size: 1.05em; padding-left: 2em; }
        .value { font-weight: bold; }
        figure.chart { margin: 1em 0; }
        figure.chart svg { width: 100%; max-width: 40em; height: auto; display: block; }
        figcaption { font-style: italic; font-size: 0.95em; }
        p.lab { border-left: 4px solid #888; padding-left: 0.8em; }
        section.key dt { font-weight: bold; margin-top: 0.6em; }
        section.key dd { margin-left: 2.5em; }
        aside.notes { border: 1px dashed #666; background: #fffbe6; padding: 0.3em 0.8em; margin: 0.5em 0; }
        @media print {
          figure.chart, aside.notes, section.key dd { break-inside: avoid; page-break-inside: avoid; }
          aside.notes { background: none; }
        }
        """
}
