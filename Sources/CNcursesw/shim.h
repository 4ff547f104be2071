// Bridges ncursesw into Swift: wide-character API on, and the macros and C globals that Swift
// cannot import wrapped as plain functions (DESIGN.md §10).
#ifndef LOSSLAB_CNCURSESW_SHIM_H
#define LOSSLAB_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>

static inline WINDOW *losslab_stdscr(void) { return stdscr; }
static inline int losslab_lines(void) { return LINES; }
static inline int losslab_cols(void) { return COLS; }
static inline int losslab_key_resize(void) { return KEY_RESIZE; }
static inline attr_t losslab_a_bold(void) { return A_BOLD; }
static inline attr_t losslab_a_reverse(void) { return A_REVERSE; }
static inline attr_t losslab_a_underline(void) { return A_UNDERLINE; }
static inline attr_t losslab_a_dim(void) { return A_DIM; }
static inline attr_t losslab_a_normal(void) { return A_NORMAL; }
static inline int losslab_color_pair(int n) { return COLOR_PAIR(n); }
static inline int losslab_key_f(int n) { return KEY_F(n); }

#endif
